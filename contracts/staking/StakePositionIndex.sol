// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @title Per-owner index of stake position receipts
/// @notice Lists the receipt ids each owner holds, so the UI can find an account's positions without an indexer.
/// @dev A packed list per owner, eight uint32 token ids per storage slot, kept in step with the ERC-721
///      balances by the inheriting contract's `_update`: append on receive, swap-and-pop on send. The position
///      of each id in its owner's list lives with the position itself, so the inheriting contract stores it
///      (`_appendOwnedId` returns it, `_setOwnedIndex` is told when a swap-and-pop moves an id).
abstract contract StakePositionIndex is ERC721 {
    /// @dev Owner → packed list of its token ids, eight uint32 ids per slot.
    mapping(address owner => mapping(uint256 slot => uint256 ids)) private _ownedIds;

    /// @notice The receipt ids owned by `owner`, in no particular order (a view for the UI; not for use
    ///         in transactions, its cost grows with the owner's position count).
    /// @param owner The account whose positions to list.
    /// @return tokenIds The receipt ids `owner` holds.
    function positionsOf(address owner) external view returns (uint256[] memory tokenIds) {
        uint256 count = balanceOf(owner);
        tokenIds = new uint256[](count);
        for (uint256 i = 0; i < count; ++i) tokenIds[i] = _ownedIdAt(owner, i);
    }

    /// @dev Records that `tokenId` now sits at `index` in its owner's list (after a swap-and-pop moved it).
    function _setOwnedIndex(uint256 tokenId, uint256 index) internal virtual;

    /// @dev Appends `tokenId` to `to`'s list; `balanceOf(to)` already counts it, so it goes last.
    /// @return index Where `tokenId` now sits in `to`'s list.
    function _appendOwnedId(address to, uint256 tokenId) internal returns (uint256 index) {
        index = balanceOf(to) - 1;
        _setOwnedId(to, index, tokenId);
    }

    /// @dev Swap-and-pop; `balanceOf(from)` has already been decremented, so it is the last index.
    function _removeOwnedId(address from, uint256 index) internal {
        uint256 last = balanceOf(from);
        if (index != last) {
            uint256 movedId = _ownedIdAt(from, last);
            _setOwnedId(from, index, movedId);
            _setOwnedIndex(movedId, index);
        }
        _setOwnedId(from, last, 0);
    }

    function _ownedIdAt(address owner, uint256 index) internal view returns (uint256) {
        return uint32(_ownedIds[owner][index >> 3] >> ((index & 7) * 32));
    }

    function _setOwnedId(address owner, uint256 index, uint256 tokenId) private {
        uint256 shift = (index & 7) * 32;
        uint256 word = _ownedIds[owner][index >> 3];
        _ownedIds[owner][index >> 3] = (word & ~(uint256(type(uint32).max) << shift)) | (tokenId << shift);
    }
}
