// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDTAGovernor} from "./IDTAGovernor.sol";

/// @title Proposal action lists: options flattened for OZ's Governor, and the winning option's slice
/// @notice A linked library (its external functions live in their own contract), so the governor stays under
///         the 24 KB code size limit. Queue and execution are rare; the copy across the call is cheap by
///         comparison.
library ProposalActions {
    /// @notice Concatenates the options' actions; `ends[i]` is the exclusive end of option i.
    function flatten(
        IDTAGovernor.Option[] calldata options
    ) external pure returns (address[] memory t, uint256[] memory v, bytes[] memory c, uint16[] memory ends) {
        uint256 total;
        ends = new uint16[](options.length);
        for (uint256 i = 0; i < options.length; ++i) {
            IDTAGovernor.Option calldata o = options[i];
            if (o.targets.length != o.values.length || o.targets.length != o.calldatas.length) {
                revert IDTAGovernor.InvalidOptionLength(
                    i,
                    o.targets.length,
                    o.values.length,
                    o.calldatas.length
                );
            }
            total += o.targets.length;
            ends[i] = uint16(total);
        }
        if (total == 0) revert IDTAGovernor.EmptyProposal();
        t = new address[](total);
        v = new uint256[](total);
        c = new bytes[](total);
        uint256 k;
        for (uint256 i = 0; i < options.length; ++i) {
            IDTAGovernor.Option calldata o = options[i];
            for (uint256 j = 0; j < o.targets.length; ++j) {
                (t[k], v[k], c[k]) = (o.targets[j], o.values[j], o.calldatas[j]);
                ++k;
            }
        }
    }

    /// @notice Bit i set when option i's actions include a call whose selector is upgrade-class.
    function upgradeMask(
        mapping(bytes4 => bool) storage upgradeSelectors,
        bytes[] calldata calldatas,
        uint16[] calldata optionEnds
    ) external view returns (uint16 mask) {
        uint256 start;
        for (uint256 o = 0; o < optionEnds.length; ++o) {
            for (uint256 i = start; i < optionEnds[o]; ++i) {
                if (calldatas[i].length > 3 && upgradeSelectors[bytes4(calldatas[i][:4])]) {
                    mask |= uint16(1 << o);
                    break;
                }
            }
            start = optionEnds[o];
        }
    }

    /// @notice Actions [start, end) of the flattened list, led by `gate` (a call from the timelock to the
    ///         governor that reverts until the upgrade is approved) when `gate` is not empty.
    /// @dev Runs by delegatecall, so `address(this)` is the governor. Memory parameters: calldata ones would
    ///      not fit the stack.
    // solhint-disable-next-line gas-calldata-parameters
    function slice(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        uint256 start,
        uint256 end,
        bytes memory gate
    ) external view returns (address[] memory t, uint256[] memory v, bytes[] memory c) {
        uint256 extra = gate.length == 0 ? 0 : 1;
        uint256 len = end - start + extra;
        t = new address[](len);
        v = new uint256[](len);
        c = new bytes[](len);
        if (extra == 1) (t[0], c[0]) = (address(this), gate);
        for (uint256 i = start; i < end; ++i) {
            uint256 j = i - start + extra;
            (t[j], v[j], c[j]) = (targets[i], values[i], calldatas[i]);
        }
    }
}
