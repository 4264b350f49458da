/** deploy.ts's parameters: the local chain's dev-account roles, and what a public chain must configure. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getAddress, type Address } from "viem";
import { LOCAL_ROLES, deployParameters } from "../scripts/deployParameters.ts";

const account = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, "0")}`);
const DEV_ACCOUNTS = Array.from({ length: 20 }, (_, i) => account(i + 1));
const GENESIS = 1_700_000_000n;

/** Everything a public chain needs, as README lists it. */
const PUBLIC_ENV = {
  TIMELOCK_PROPOSERS: `${account(101)}, ${account(102)}`,
  SECURITY_COUNCIL_OWNERS: [account(201), account(202), account(203)].join(","),
  VESTING_CORE_TEAM_BENEFICIARY: account(301),
  VESTING_ADVISORS_BENEFICIARY: account(302),
  VESTING_EARLY_CONTRIBUTORS_BENEFICIARY: account(303),
  BIVE_TOKEN_ADDRESS: account(500),
  TECHNICAL_COMMITTEE_OWNERS: [account(701), account(702), account(703)].join(","),
  ECONOMIC_COMMITTEE_OWNERS: [account(711), account(712), account(713)].join(","),
  PARTNERSHIP_COUNCIL_OWNERS: [account(721), account(722), account(723)].join(","),
};

describe("deployParameters", () => {
  it("locally: proposer #1, Security Council owners #2–#4, vesting beneficiaries #7–#9", () => {
    const params = deployParameters({}, true, GENESIS, DEV_ACCOUNTS);
    assert.deepEqual(params.timelockProposers, [DEV_ACCOUNTS[LOCAL_ROLES.proposer]]);
    assert.deepEqual(params.securityCouncilOwners, [DEV_ACCOUNTS[2], DEV_ACCOUNTS[3], DEV_ACCOUNTS[4]]);
    assert.equal(params.securityCouncilThreshold, undefined, "the module's default of 2 applies");
    assert.equal(params.VestingCoreTeamBeneficiary, DEV_ACCOUNTS[7]);
    assert.equal(params.VestingAdvisorsBeneficiary, DEV_ACCOUNTS[8]);
    assert.equal(params.VestingEarlyContributorsBeneficiary, DEV_ACCOUNTS[9]);
    assert.equal(params.twinQualityOracle, DEV_ACCOUNTS[LOCAL_ROLES.twinQualityOracle]);
    assert.equal(LOCAL_ROLES.twinQualityOracle, 6);
  });

  it("the twin quality oracle comes from TWIN_QUALITY_ORACLE, else (public chain) is left to the timelock", () => {
    assert.equal(deployParameters(PUBLIC_ENV, false, GENESIS, [account(1)]).twinQualityOracle, undefined);
    const env = { ...PUBLIC_ENV, TWIN_QUALITY_ORACLE: account(600) };
    assert.equal(deployParameters(env, false, GENESIS, [account(1)]).twinQualityOracle, account(600));
    const local = deployParameters({ TWIN_QUALITY_ORACLE: account(601) }, true, GENESIS, DEV_ACCOUNTS);
    assert.equal(local.twinQualityOracle, account(601));
  });

  it("the data validator comes from DATA_VALIDATOR, else dev #6 locally, else (public chain) the timelock", () => {
    assert.equal(deployParameters({}, true, GENESIS, DEV_ACCOUNTS).dataValidator, DEV_ACCOUNTS[6]);
    assert.equal(deployParameters(PUBLIC_ENV, false, GENESIS, [account(1)]).dataValidator, undefined);
    const env = { ...PUBLIC_ENV, DATA_VALIDATOR: account(700) };
    assert.equal(deployParameters(env, false, GENESIS, [account(1)]).dataValidator, account(700));
  });

  it("on a public chain takes every address from the environment", () => {
    const params = deployParameters({ ...PUBLIC_ENV, SECURITY_COUNCIL_THRESHOLD: "3" }, false, GENESIS, [
      account(1),
    ]);
    assert.deepEqual(params.timelockProposers, [account(101), account(102)]);
    assert.deepEqual(params.securityCouncilOwners, [account(201), account(202), account(203)]);
    assert.equal(params.securityCouncilThreshold, 3n);
    assert.equal(params.VestingAdvisorsBeneficiary, account(302));
  });

  for (const variable of Object.keys(PUBLIC_ENV) as (keyof typeof PUBLIC_ENV)[]) {
    it(`on a public chain refuses to start without ${variable}`, () => {
      const env: Record<string, string | undefined> = { ...PUBLIC_ENV, [variable]: undefined };
      assert.throws(() => deployParameters(env, false, GENESIS, [account(1)]), new RegExp(variable));
    });
  }

  it("locally: committee Safes of dev accounts no other role uses (#10–#12, #13–#15, #16–#18)", () => {
    const params = deployParameters({}, true, GENESIS, DEV_ACCOUNTS);
    assert.deepEqual(
      params.technicalCommitteeOwners,
      [10, 11, 12].map((i) => DEV_ACCOUNTS[i]),
    );
    assert.deepEqual(
      params.economicCommitteeOwners,
      [13, 14, 15].map((i) => DEV_ACCOUNTS[i]),
    );
    assert.deepEqual(
      params.partnershipCouncilOwners,
      [16, 17, 18].map((i) => DEV_ACCOUNTS[i]),
    );
    const used = [LOCAL_ROLES.proposer, ...LOCAL_ROLES.councilOwners, LOCAL_ROLES.twinQualityOracle, 7, 8, 9];
    const committees = [
      ...LOCAL_ROLES.technicalCommittee,
      ...LOCAL_ROLES.economicCommittee,
      ...LOCAL_ROLES.partnershipCouncil,
    ];
    assert.equal(new Set([...used, ...committees]).size, used.length + committees.length);
  });

  it("on a public chain committees come from <COMMITTEE>_OWNERS or an existing Safe, numbers from GOVERNOR_*", () => {
    const env = {
      ...PUBLIC_ENV,
      ECONOMIC_COMMITTEE_OWNERS: undefined,
      ECONOMIC_COMMITTEE_ADDRESS: account(800),
      TECHNICAL_COMMITTEE_THRESHOLD: "3",
      GOVERNOR_VOTING_PERIOD: "3600",
    };
    const params = deployParameters(env, false, GENESIS, [account(1)]);
    assert.deepEqual(params.technicalCommitteeOwners, [account(701), account(702), account(703)]);
    assert.equal(params.technicalCommitteeThreshold, 3n);
    assert.equal(params.economicCommitteeOwners, undefined);
    assert.equal(params.governorVotingPeriod, 3600n);
    assert.equal(params.governorVotingDelay, undefined, "SPEC's 2 days (the module default) applies");
  });

  it("on a public chain an existing Safe (SECURITY_COUNCIL_ADDRESS) replaces the owners", () => {
    const env = { ...PUBLIC_ENV, SECURITY_COUNCIL_OWNERS: undefined, SECURITY_COUNCIL_ADDRESS: account(400) };
    const params = deployParameters(env, false, GENESIS, [account(1)]);
    assert.equal(params.securityCouncilOwners, undefined);
  });
});
