import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { Tier } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const deployArt = () => viem.deployContract("StakePositionArt");

type TierValue = (typeof Tier)[keyof typeof Tier];

interface Card {
  tokenId: bigint;
  tier: TierValue;
  principal: bigint;
  apyBps: bigint;
  bonusPercent: bigint;
  lockDays: bigint;
  unlock: bigint;
  votingUnits: bigint;
}

const card = (overrides: Partial<Card> = {}): Card => ({
  tokenId: 7n,
  tier: Tier.Bronze,
  principal: 1_000_0000n,
  apyBps: 800n,
  bonusPercent: 0n,
  lockDays: 30n,
  unlock: 1_800_000_000n,
  votingUnits: 1_000_0000n,
  ...overrides,
});

const decode = (uri: string, prefix: string): string => {
  assert.ok(uri.startsWith(prefix), `expected ${prefix}…, got ${uri.slice(0, 40)}`);
  return Buffer.from(uri.slice(prefix.length), "base64").toString("utf8");
};

/** The card's text lines, in the order the SVG shows them. */
const textsOf = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("StakePositionArt", () => {
  it("names and colours every tier", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const expected: [TierValue, string, string][] = [
      [Tier.Bronze, "Bronze", "#cd7f32"],
      [Tier.Silver, "Silver", "#c0c7d2"],
      [Tier.Gold, "Gold", "#ffcf40"],
      [Tier.Platinum, "Platinum", "#9fe3d8"],
      [Tier.Diamond, "Diamond", "#b9f2ff"],
    ];
    for (const [tier, name, colour] of expected) {
      const svg = await art.read.svg([card({ tier })]);
      assert.equal(textsOf(svg)[1], name);
      assert.ok(svg.includes(`stroke="${colour}"`) && svg.includes(`fill="${colour}">${name}<`), name);
    }
  });

  it("writes amounts with thousands separators and only the decimals that are not zero", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const cases: [bigint, string][] = [
      [0n, "0"],
      [5n, "0.0005"], // three leading zeros kept
      [1_000_0000n, "1,000"],
      [1_001_0050n, "1,001.005"], // group padded to "001", trailing zero dropped
      [100_0010n, "100.001"],
      [12_345_678_9012n, "12,345,678.9012"],
    ];
    for (const [principal, text] of cases) {
      const svg = await art.read.svg([card({ principal })]);
      assert.equal(textsOf(svg)[2], `Staked  ${text} DTA`, `${principal} base units`);
    }
  });

  it("keeps the zeros of a middle thousands group (1,000,000 DTA and more)", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const cases: [bigint, string][] = [
      [1_000_000_0000n, "1,000,000"],
      [1_010_000_0000n, "1,010,000"],
      [2_005_000_5000n, "2,005,000.5"],
      [1_000_000_000_0000n, "1,000,000,000"],
    ];
    for (const [principal, text] of cases) {
      const svg = await art.read.svg([card({ principal })]);
      assert.equal(textsOf(svg)[2], `Staked  ${text} DTA`, `${principal} base units`);
    }
  });

  it("writes APYs as percent with up to two decimals", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const cases: [bigint, string][] = [
      [800n, "8%"],
      [1050n, "10.5%"],
      [1207n, "12.07%"],
      [2875n, "28.75%"],
      [5n, "0.05%"],
    ];
    for (const [apyBps, text] of cases) {
      assert.equal(textsOf(await art.read.svg([card({ apyBps })]))[3], `APY     ${text}`, `${apyBps} bps`);
    }
  });

  it("writes the unlock time as a UTC date, leap days and century years included", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const dates = [
      "1970-01-01T00:00:00Z",
      "2000-02-29T09:05:00Z", // leap day of a year divisible by 400
      "2026-05-01T12:34:56Z",
      "2028-02-29T23:59:59Z",
      "2028-03-01T00:00:00Z",
      "2100-02-28T07:08:00Z", // 2100 is not a leap year: the next day is March 1st
      "2100-03-01T10:00:00Z",
      "2399-12-31T23:59:00Z",
    ];
    for (const date of dates) {
      const unlock = BigInt(Date.parse(date) / 1000);
      const svg = await art.read.svg([card({ unlock })]);
      assert.equal(textsOf(svg)[5], `Unlocks ${date.slice(0, 10)} ${date.slice(11, 16)} UTC`, date);
    }
  });

  it("wraps the card and every attribute in a Base64 JSON tokenURI", async () => {
    const art = await networkHelpers.loadFixture(deployArt);
    const c = card({
      tokenId: 42n,
      tier: Tier.Platinum,
      principal: 123_456_7890n,
      apyBps: 2035n,
      bonusPercent: 35n,
      lockDays: 180n,
      unlock: BigInt(Date.parse("2027-01-02T03:04:00Z") / 1000),
      votingUnits: 185_185_1835n,
    });
    const json = JSON.parse(decode(await art.read.tokenURI([c]), "data:application/json;base64,")) as {
      name: string;
      description: string;
      image: string;
      attributes: { trait_type: string; display_type?: string; value: string | number }[];
    };
    assert.equal(json.name, "DTA Stake Position #42");
    assert.equal(
      json.description,
      "Receipt for 123,456.789 DTA staked in the Platinum tier for 180 days at 20.35% APY, unlocking " +
        "2027-01-02 03:04 UTC. Whoever holds this NFT owns the position, its rewards and its voting power.",
    );
    assert.equal(decode(json.image, "data:image/svg+xml;base64,"), await art.read.svg([c]));
    assert.deepEqual(json.attributes, [
      { trait_type: "Tier", value: "Platinum" },
      { trait_type: "Staked (DTA)", value: "123,456.789" },
      { trait_type: "APY", value: "20.35%" },
      { trait_type: "Ecosystem bonus (%)", display_type: "number", value: 35 },
      { trait_type: "Lock (days)", display_type: "number", value: 180 },
      { trait_type: "Unlock", display_type: "date", value: Number(c.unlock) },
      { trait_type: "Voting units", display_type: "number", value: 1_851_851_835 },
    ]);
  });
});
