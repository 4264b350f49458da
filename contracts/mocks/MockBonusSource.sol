// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEcosystemBonusSource} from "../interfaces/IEcosystemBonusSource.sol";

/// @title Test double for an ecosystem bonus source (twin registry, data rewards, governor, marketplace)
/// @notice Eligibility is set per account by the test; `mode` makes it misbehave to prove a broken source
///         can never block staking.
contract MockBonusSource is IEcosystemBonusSource {
    /// @notice How `hasStakingBonus` answers.
    enum Mode {
        Honest,
        Revert,
        BurnGas,
        ShortReturn,
        HugeReturn
    }

    /// @notice Accounts the source reports as eligible.
    mapping(address account => bool) public eligible;
    /// @notice Current behaviour.
    Mode public mode;

    /// @notice The source was told to revert.
    error SourceBroken();

    /// @notice Marks `account` as eligible or not.
    function setEligible(address account, bool value) external {
        eligible[account] = value;
    }

    /// @notice Switches the behaviour of `hasStakingBonus`.
    function setMode(Mode value) external {
        mode = value;
    }

    /// @inheritdoc IEcosystemBonusSource
    function hasStakingBonus(address account) external view returns (bool) {
        Mode m = mode;
        if (m == Mode.Revert) revert SourceBroken();
        if (m == Mode.BurnGas) {
            uint256 x;
            while (gasleft() > 0) x = uint256(keccak256(abi.encode(x)));
        }
        // solhint-disable no-inline-assembly
        if (m == Mode.ShortReturn) {
            assembly {
                mstore(0, 1)
                return(0, 1)
            }
        }
        if (m == Mode.HugeReturn) {
            assembly {
                mstore(0, 1)
                return(0, 100000)
            }
        }
        // solhint-enable no-inline-assembly
        return eligible[account];
    }
}
