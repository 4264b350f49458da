// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// The SVG and JSON markup is full of double quotes, so its literals are single-quoted and long.
// solhint-disable quotes, gas-small-strings, gas-strict-inequalities

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IDTAStaking} from "../interfaces/IDTAStaking.sol";

/// @title On-chain metadata for a DTA stake position
/// @notice Builds the receipt's tokenURI: Base64 JSON (name, description, attributes) whose image is an SVG
///         card showing the tier, amount staked, APY and unlock date.
/// @dev A contract of its own (deployed by DTAStaking's constructor) so that the staking contract stays under
///      the 24 KiB code-size limit.
contract StakePositionArt {
    using Strings for uint256;

    /// @notice What the card shows.
    struct Card {
        uint256 tokenId;
        IDTAStaking.Tier tier;
        uint256 principal;
        uint256 apyBps;
        uint256 bonusPercent;
        uint256 lockDays;
        uint256 unlock;
        uint256 votingUnits;
    }

    /// @notice The data: URI of a position's metadata JSON (Base64), with the SVG card as its image.
    /// @param c What the card shows.
    function tokenURI(Card calldata c) external pure returns (string memory) {
        string memory json = string.concat(
            '{"name":"DTA Stake Position #',
            c.tokenId.toString(),
            '","description":"',
            _description(c),
            '","image":"data:image/svg+xml;base64,',
            Base64.encode(bytes(svg(c))),
            '","attributes":',
            _attributes(c),
            "}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(bytes(json)));
    }

    /// @notice The SVG card alone.
    /// @param c What the card shows.
    function svg(Card memory c) public pure returns (string memory) {
        string memory color = _tierColor(c.tier);
        string memory head = string.concat(
            '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">',
            '<rect width="400" height="400" rx="24" fill="#0b1020"/>',
            '<rect x="14" y="14" width="372" height="372" rx="18" fill="none" stroke="',
            color,
            '" stroke-width="4"/><g font-family="monospace" fill="#e8ecf8">',
            '<text x="34" y="62" font-size="18">DTA Stake Position #',
            c.tokenId.toString(),
            '</text><text x="34" y="130" font-size="44" font-weight="bold" fill="',
            color,
            '">',
            _tierName(c.tier),
            "</text>"
        );
        string memory body = string.concat(
            '<text x="34" y="200" font-size="20">Staked  ',
            _formatDta(c.principal),
            ' DTA</text><text x="34" y="240" font-size="20">APY     ',
            _formatPercent(c.apyBps),
            '</text><text x="34" y="280" font-size="20">Lock    ',
            c.lockDays.toString(),
            ' days</text><text x="34" y="320" font-size="20">Unlocks ',
            _formatDate(c.unlock),
            "</text></g></svg>"
        );
        return string.concat(head, body);
    }

    /// @dev Base units (4 decimals) → "12,345.5" (thousands separators, trailing zero decimals dropped).
    function _formatDta(uint256 amount) private pure returns (string memory text) {
        uint256 whole = amount / 10_000;
        uint256 fraction = amount % 10_000;
        // Groups below the leading one are written with their zeros ("1,005,000"), lowest first.
        for (; whole >= 1000; whole /= 1000) {
            text = string.concat(",", _pad3((whole % 1000).toString()), text);
        }
        text = string.concat(whole.toString(), text);
        if (fraction == 0) return text;
        uint256 digits = 4;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        string memory decimals = fraction.toString();
        while (bytes(decimals).length < digits) decimals = string.concat("0", decimals);
        return string.concat(text, ".", decimals);
    }

    /// @dev Basis points → "12.5%".
    function _formatPercent(uint256 bps) private pure returns (string memory) {
        uint256 hundredths = bps % 100;
        string memory whole = (bps / 100).toString();
        if (hundredths == 0) return string.concat(whole, "%");
        if (hundredths % 10 == 0) return string.concat(whole, ".", (hundredths / 10).toString(), "%");
        return string.concat(whole, hundredths < 10 ? ".0" : ".", hundredths.toString(), "%");
    }

    /// @dev Unix time → "2026-05-01 12:00 UTC" (civil-from-days, proleptic Gregorian calendar).
    function _formatDate(uint256 timestamp) private pure returns (string memory) {
        uint256 z = timestamp / 1 days + 719_468;
        uint256 era = z / 146_097;
        uint256 doe = z - era * 146_097;
        uint256 yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        uint256 mp = (5 * doy + 2) / 153;
        uint256 day = doy - (153 * mp + 2) / 5 + 1;
        uint256 month = mp < 10 ? mp + 3 : mp - 9;
        uint256 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        uint256 secondsOfDay = timestamp % 1 days;
        return
            string.concat(
                year.toString(),
                "-",
                _pad2(month),
                "-",
                _pad2(day),
                " ",
                _pad2(secondsOfDay / 3600),
                ":",
                _pad2((secondsOfDay % 3600) / 60),
                " UTC"
            );
    }

    function _description(Card memory c) private pure returns (string memory) {
        return
            string.concat(
                "Receipt for ",
                _formatDta(c.principal),
                " DTA staked in the ",
                _tierName(c.tier),
                " tier for ",
                c.lockDays.toString(),
                " days at ",
                _formatPercent(c.apyBps),
                " APY, unlocking ",
                _formatDate(c.unlock),
                ". Whoever holds this NFT owns the position, its rewards and its voting power."
            );
    }

    function _attributes(Card memory c) private pure returns (string memory) {
        string memory first = string.concat(
            '[{"trait_type":"Tier","value":"',
            _tierName(c.tier),
            '"},{"trait_type":"Staked (DTA)","value":"',
            _formatDta(c.principal),
            '"},{"trait_type":"APY","value":"',
            _formatPercent(c.apyBps),
            '"},{"trait_type":"Ecosystem bonus (%)","display_type":"number","value":',
            c.bonusPercent.toString()
        );
        return
            string.concat(
                first,
                '},{"trait_type":"Lock (days)","display_type":"number","value":',
                c.lockDays.toString(),
                '},{"trait_type":"Unlock","display_type":"date","value":',
                c.unlock.toString(),
                '},{"trait_type":"Voting units","display_type":"number","value":',
                c.votingUnits.toString(),
                "}]"
            );
    }

    function _tierName(IDTAStaking.Tier tier) private pure returns (string memory) {
        if (tier == IDTAStaking.Tier.Bronze) return "Bronze";
        if (tier == IDTAStaking.Tier.Silver) return "Silver";
        if (tier == IDTAStaking.Tier.Gold) return "Gold";
        if (tier == IDTAStaking.Tier.Platinum) return "Platinum";
        return "Diamond";
    }

    function _tierColor(IDTAStaking.Tier tier) private pure returns (string memory) {
        if (tier == IDTAStaking.Tier.Bronze) return "#cd7f32";
        if (tier == IDTAStaking.Tier.Silver) return "#c0c7d2";
        if (tier == IDTAStaking.Tier.Gold) return "#ffcf40";
        if (tier == IDTAStaking.Tier.Platinum) return "#9fe3d8";
        return "#b9f2ff";
    }

    function _pad2(uint256 value) private pure returns (string memory) {
        return value < 10 ? string.concat("0", value.toString()) : value.toString();
    }

    function _pad3(string memory digits) private pure returns (string memory) {
        uint256 length = bytes(digits).length;
        if (length >= 3) return digits;
        return length == 2 ? string.concat("0", digits) : string.concat("00", digits);
    }
}
