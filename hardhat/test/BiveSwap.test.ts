import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, parseEventLogs, parseSignature, parseUnits, type Address, type Hex } from "viem";

const { viem, networkHelpers } = await network.create();

const DAY = 86_400n;
const BONUS_WINDOW = 90n * DAY;
/** BIVE has 18 decimals, DTA 4: one DTA base unit is 1e14 BIVE base units. */
const BIVE_PER_DTA_UNIT = 10n ** 14n;
const bive = (amount: string): bigint => parseUnits(amount, 18);
const dta = (amount: string): bigint => parseUnits(amount, 4);

const SWAP_POOL = dta("110000000");
const BONUS_POOL = dta("20000000");
const ALICE_BIVE = bive("1000");
const BOB_BIVE = bive("1000");
const CAROL_BIVE = bive("500");

async function getWallets() {
  const clients = await viem.getWalletClients();
  const at = (index: number) => {
    const client = clients[index];
    assert.ok(client, `missing wallet client ${index}`);
    return client;
  };
  return { admin: at(0), holder: at(1), alice: at(2), bob: at(3), carol: at(4), outsider: at(5) };
}

/** DTA, a seeded legacy BIVE, and a swap whose bonus window opens now, funded from the genesis holder. */
async function deploySwap(swapPool: bigint, bonusPool: bigint) {
  const wallets = await getWallets();
  const { admin, holder, alice, bob, carol } = wallets;
  const dtaToken = await viem.deployContract("DTAToken", [holder.account.address, admin.account.address]);
  const biveToken = await viem.deployContract("LegacyBIVE", [
    [alice.account.address, bob.account.address, carol.account.address],
    [ALICE_BIVE, BOB_BIVE, CAROL_BIVE],
  ]);
  const genesis = BigInt(await networkHelpers.time.latest());
  const swap = await viem.deployContract("BiveSwap", [
    biveToken.address,
    dtaToken.address,
    genesis,
    admin.account.address,
  ]);
  await dtaToken.write.approve([swap.address, swapPool + bonusPool], { account: holder.account });
  await swap.write.fundPools([swapPool, bonusPool], { account: holder.account });
  const publicClient = await viem.getPublicClient();
  return { ...wallets, dtaToken, biveToken, swap, genesis, publicClient };
}

const fullPools = async () => deploySwap(SWAP_POOL, BONUS_POOL);
/** Bonus pool of 0.15 DTA: one 1-BIVE swap takes 0.1, the next gets the 0.05 left, the third gets none. */
const tinyBonusPool = async () => deploySwap(SWAP_POOL, 1_500n);
/** Swap pool of 1.5 DTA: one 1-BIVE swap fits, a second does not. */
const tinySwapPool = async () => deploySwap(15_000n, BONUS_POOL);

type Fixture = Awaited<ReturnType<typeof fullPools>>;
type Wallet = Fixture["alice"];

async function approveAndSwap({ biveToken, swap }: Fixture, wallet: Wallet, amount: bigint): Promise<Hex> {
  await biveToken.write.approve([swap.address, amount], { account: wallet.account });
  return swap.write.swap([amount], { account: wallet.account });
}

const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** A real EIP-2612 signature over LegacyBIVE's EIP-712 domain ("BIVE (legacy)", version "1"). */
async function signBivePermit(
  { biveToken, publicClient }: Fixture,
  signer: Wallet,
  spender: Address,
  value: bigint,
  deadline: bigint,
): Promise<{ v: number; r: Hex; s: Hex }> {
  const owner = signer.account.address;
  const nonce = await biveToken.read.nonces([owner]);
  const signature = await signer.signTypedData({
    account: signer.account,
    domain: {
      name: "BIVE (legacy)",
      version: "1",
      chainId: await publicClient.getChainId(),
      verifyingContract: biveToken.address,
    },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: { owner, spender, value, nonce, deadline },
  });
  const { r, s, yParity } = parseSignature(signature);
  return { v: yParity + 27, r, s };
}

async function deadlineIn(seconds: number): Promise<bigint> {
  return BigInt((await networkHelpers.time.latest()) + seconds);
}

describe("BiveSwap", () => {
  describe("setup and funding", () => {
    it("derives the 18 → 4 decimal scaling and the constants", async () => {
      const { swap, biveToken, dtaToken, genesis } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await biveToken.read.decimals(), 18);
      assert.equal(await dtaToken.read.decimals(), 4);
      assert.equal(await swap.read.biveUnitsPerDtaUnit(), BIVE_PER_DTA_UNIT);
      assert.equal(await swap.read.dtaUnitsPerBiveUnit(), 1n);
      assert.equal(await swap.read.BONUS_WINDOW(), BONUS_WINDOW);
      assert.equal(await swap.read.BONUS_BPS(), 1_000n);
      assert.equal(await swap.read.genesisTimestamp(), genesis);
      assert.equal(await swap.read.bive(), getAddress(biveToken.address));
      assert.equal(await swap.read.dta(), getAddress(dtaToken.address));
    });

    it("fundPools pulls both pools and records them", async () => {
      const { swap, dtaToken, holder } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), 1_300_000_000_000n);
      assert.equal(await dtaToken.read.allowance([holder.account.address, swap.address]), 0n);

      await dtaToken.write.approve([swap.address, 30n], { account: holder.account });
      await viem.assertions.emitWithArgs(
        swap.write.fundPools([10n, 20n], { account: holder.account }),
        swap,
        "PoolsFunded",
        [getAddress(holder.account.address), 10n, 20n],
      );
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL + 10n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL + 20n);
    });

    it("the bonus window is open at genesis", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await swap.read.bonusActive(), true);
    });
  });

  describe("1:1 conversion", () => {
    it("quotes 1 BIVE as 1 DTA (10,000 base units) plus a 10% bonus in the window", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.deepEqual(await swap.read.quote([bive("1")]), [10_000n, 1_000n, bive("1")]);
      assert.deepEqual(await swap.read.quote([bive("123.4567")]), [1_234_567n, 123_456n, bive("123.4567")]);
      // One DTA base unit is the smallest swap; its 10% bonus rounds down to zero.
      assert.deepEqual(await swap.read.quote([BIVE_PER_DTA_UNIT]), [1n, 0n, BIVE_PER_DTA_UNIT]);
    });

    it("does not take dust below one DTA base unit (1e14 BIVE units)", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.deepEqual(await swap.read.quote([bive("1") + BIVE_PER_DTA_UNIT - 1n]), [
        10_000n,
        1_000n,
        bive("1"),
      ]);
      assert.deepEqual(await swap.read.quote([BIVE_PER_DTA_UNIT - 1n]), [0n, 0n, 0n]);
    });

    it("swap takes only the BIVE it uses and pays DTA + bonus, updating every total", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, alice } = fixture;
      const offered = bive("2.5") + 12_345n; // 2.5 BIVE plus dust below one DTA base unit
      await approveAndSwap(fixture, alice, offered);

      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE - bive("2.5"));
      assert.equal(await biveToken.read.allowance([alice.account.address, swap.address]), 12_345n);
      assert.equal(await biveToken.read.balanceOf([swap.address]), bive("2.5"));
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 25_000n + 2_500n);
      assert.equal(await swap.read.totalSwapped(), 25_000n);
      assert.equal(await swap.read.totalBonusPaid(), 2_500n);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL - 25_000n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL - 2_500n);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), SWAP_POOL + BONUS_POOL - 27_500n);
    });

    it("emits Swapped with the BIVE used, the DTA and the bonus", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, bob } = fixture;
      await biveToken.write.approve([swap.address, bive("10")], { account: bob.account });
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("7") + 1n], { account: bob.account }),
        swap,
        "Swapped",
        [getAddress(bob.account.address), bive("7"), 70_000n, 7_000n],
      );
    });

    it("returns the amounts paid from swap()", async () => {
      const { swap, biveToken, alice } = await networkHelpers.loadFixture(fullPools);
      await biveToken.write.approve([swap.address, bive("3")], { account: alice.account });
      const { result } = await swap.simulate.swap([bive("3")], { account: alice.account.address });
      assert.deepEqual(result, [30_000n, 3_000n]);
    });

    it("swaps a holder's whole balance in one go", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { biveToken, dtaToken, swap, alice } = fixture;
      await approveAndSwap(fixture, alice, ALICE_BIVE);
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), 0n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), dta("1100"));
      assert.equal(await swap.read.totalSwapped(), dta("1000"));
      assert.equal(await swap.read.totalBonusPaid(), dta("100"));
    });

    it("reverts ZeroAmount for 0 BIVE and for dust that converts to 0 DTA", async () => {
      const { swap, biveToken, alice } = await networkHelpers.loadFixture(fullPools);
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomError(
        swap.write.swap([0n], { account: alice.account }),
        swap,
        "ZeroAmount",
      );
      await viem.assertions.revertWithCustomError(
        swap.write.swap([BIVE_PER_DTA_UNIT - 1n], { account: alice.account }),
        swap,
        "ZeroAmount",
      );
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE);
      assert.equal(await swap.read.totalSwapped(), 0n);
    });
  });

  describe("early-holder bonus", () => {
    it("pays 10% just before day 90 and nothing from day 90 on", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, genesis, alice, bob } = fixture;
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await biveToken.write.approve([swap.address, bive("1")], { account: bob.account });

      // Mined at genesis + 90 days - 1 second: still inside the window.
      await networkHelpers.time.setNextBlockTimestamp(genesis + BONUS_WINDOW - 1n);
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("1")], { account: alice.account }),
        swap,
        "Swapped",
        [getAddress(alice.account.address), bive("1"), 10_000n, 1_000n],
      );
      assert.equal(BigInt(await networkHelpers.time.latest()), genesis + BONUS_WINDOW - 1n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);

      // Mined at exactly genesis + 90 days: the window has closed.
      await networkHelpers.time.setNextBlockTimestamp(genesis + BONUS_WINDOW);
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("1")], { account: bob.account }),
        swap,
        "Swapped",
        [getAddress(bob.account.address), bive("1"), 10_000n, 0n],
      );
      assert.equal(BigInt(await networkHelpers.time.latest()), genesis + BONUS_WINDOW);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 10_000n);
      assert.equal(await swap.read.totalBonusPaid(), 1_000n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL - 1_000n);
    });

    it("quotes no bonus and bonusActive is false after the window", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, dtaToken, genesis, carol } = fixture;
      await networkHelpers.time.increaseTo(genesis + 200n * DAY);
      assert.equal(await swap.read.bonusActive(), false);
      assert.deepEqual(await swap.read.quote([bive("5")]), [50_000n, 0n, bive("5")]);
      await approveAndSwap(fixture, carol, bive("5"));
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 50_000n);
      assert.equal(await swap.read.totalSwapped(), 50_000n);
      assert.equal(await swap.read.totalBonusPaid(), 0n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
    });

    it("caps the bonus at what remains in the pool, then pays none, and swaps keep working", async () => {
      const fixture = await networkHelpers.loadFixture(tinyBonusPool);
      const { swap, dtaToken, alice, bob, carol } = fixture;
      assert.equal(await swap.read.bonusPoolRemaining(), 1_500n);

      await viem.assertions.emitWithArgs(approveAndSwap(fixture, alice, bive("1")), swap, "Swapped", [
        getAddress(alice.account.address),
        bive("1"),
        10_000n,
        1_000n,
      ]);
      assert.equal(await swap.read.bonusPoolRemaining(), 500n);
      assert.deepEqual(await swap.read.quote([bive("1")]), [10_000n, 500n, bive("1")]);

      // Mid-swap exhaustion: a 10% bonus of 1,000 is capped at the 500 left.
      await viem.assertions.emitWithArgs(approveAndSwap(fixture, bob, bive("1")), swap, "Swapped", [
        getAddress(bob.account.address),
        bive("1"),
        10_000n,
        500n,
      ]);
      assert.equal(await swap.read.bonusPoolRemaining(), 0n);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 10_500n);

      await viem.assertions.emitWithArgs(approveAndSwap(fixture, carol, bive("1")), swap, "Swapped", [
        getAddress(carol.account.address),
        bive("1"),
        10_000n,
        0n,
      ]);
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 10_000n);
      assert.equal(await swap.read.totalSwapped(), 30_000n);
      assert.equal(await swap.read.totalBonusPaid(), 1_500n);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), SWAP_POOL - 30_000n);
    });
  });

  describe("swap pool exhaustion", () => {
    it("reverts SwapPoolExhausted(requested, available) once the pool cannot cover a swap", async () => {
      const fixture = await networkHelpers.loadFixture(tinySwapPool);
      const { swap, biveToken, dtaToken, alice, bob } = fixture;
      await approveAndSwap(fixture, alice, bive("1"));
      assert.equal(await swap.read.swapPoolRemaining(), 5_000n);

      await biveToken.write.approve([swap.address, bive("1")], { account: bob.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([bive("1")], { account: bob.account }),
        swap,
        "SwapPoolExhausted",
        [10_000n, 5_000n],
      );
      assert.equal(await biveToken.read.balanceOf([bob.account.address]), BOB_BIVE);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 0n);

      // Exactly what is left still goes through, leaving the pool empty.
      await swap.write.swap([bive("0.5")], { account: bob.account });
      assert.equal(await swap.read.swapPoolRemaining(), 0n);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 5_000n + 500n);
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([BIVE_PER_DTA_UNIT], { account: bob.account }),
        swap,
        "SwapPoolExhausted",
        [1n, 0n],
      );
      assert.equal(await swap.read.totalSwapped(), 15_000n);
    });
  });

  describe("BIVE is locked", () => {
    it("has no state-changing function besides swapping, funding, pausing and roles", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      const functions = swap.abi.filter((item) => item.type === "function");
      const readOnly = new Set<string>(["view", "pure"]);
      assert.ok(
        functions.some((item) => readOnly.has(item.stateMutability)),
        "the ABI lists view functions",
      );
      const mutating = functions
        .filter((item) => !readOnly.has(item.stateMutability))
        .map((item) => item.name)
        .sort();
      assert.deepEqual(mutating, [
        "fundPools",
        "grantRole",
        "pause",
        "renounceRole",
        "revokeRole",
        "swap",
        "swapWithPermit",
        "unpause",
      ]);
      const outflows = functions.filter((item) =>
        /withdraw|rescue|recover|sweep|skim|transfer|drain/i.test(item.name),
      );
      assert.deepEqual(outflows, []);
    });

    it("the swap contract's BIVE balance only grows, and the BIVE supply is unchanged", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, admin, alice, bob, carol } = fixture;
      const supply = await biveToken.read.totalSupply();
      const balances: bigint[] = [await biveToken.read.balanceOf([swap.address])];
      for (const [wallet, amount] of [
        [alice, bive("1")],
        [bob, bive("0.0001")],
        [carol, bive("499")],
        [alice, bive("42.4242")],
      ] as const) {
        await approveAndSwap(fixture, wallet, amount);
        balances.push(await biveToken.read.balanceOf([swap.address]));
      }
      await swap.write.pause({ account: admin.account });
      await swap.write.unpause({ account: admin.account });
      balances.push(await biveToken.read.balanceOf([swap.address]));

      assert.deepEqual(balances, [
        0n,
        bive("1"),
        bive("1.0001"),
        bive("500.0001"),
        bive("542.4243"),
        bive("542.4243"),
      ]);
      assert.equal(await biveToken.read.totalSupply(), supply);
      // Nobody holds an allowance over the locked BIVE.
      for (const { account } of [admin, alice, bob, carol]) {
        assert.equal(await biveToken.read.allowance([swap.address, account.address]), 0n);
      }
    });
  });

  describe("swapWithPermit", () => {
    it("swaps with one real EIP-712 permit signature and no prior approval", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, carol } = fixture;
      const amount = bive("12.3456");
      const deadline = await deadlineIn(3_600);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);

      await viem.assertions.emitWithArgs(
        swap.write.swapWithPermit([amount, deadline, v, r, s], { account: carol.account }),
        swap,
        "Swapped",
        [getAddress(carol.account.address), amount, 123_456n, 12_345n],
      );
      assert.equal(await biveToken.read.nonces([carol.account.address]), 1n);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
      assert.equal(await biveToken.read.balanceOf([carol.account.address]), CAROL_BIVE - amount);
      assert.equal(await biveToken.read.balanceOf([swap.address]), amount);
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 123_456n + 12_345n);
    });

    it("still swaps when the permit was front-run, using the allowance it already set", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, carol, outsider } = fixture;
      const amount = bive("2");
      const deadline = await deadlineIn(3_600);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);
      await biveToken.write.permit([carol.account.address, swap.address, amount, deadline, v, r, s], {
        account: outsider.account,
      });
      await swap.write.swapWithPermit([amount, deadline, v, r, s], { account: carol.account });
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 22_000n);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
    });

    it("fails without allowance when the signature is not the caller's", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, carol, bob } = fixture;
      const amount = bive("1");
      const deadline = await deadlineIn(3_600);
      // Carol signs, Bob submits: the permit names Bob as owner, so it fails and Bob has no allowance.
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swapWithPermit([amount, deadline, v, r, s], { account: bob.account }),
        biveToken,
        "ERC20InsufficientAllowance",
        [getAddress(swap.address), 0n, amount],
      );
      assert.equal(await biveToken.read.nonces([carol.account.address]), 0n);
      assert.equal(await swap.read.totalSwapped(), 0n);
    });
  });

  describe("pause", () => {
    it("the guardian pauses: swap and swapWithPermit revert EnforcedPause until unpaused", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, admin, alice, carol } = fixture;
      await viem.assertions.emitWithArgs(swap.write.pause({ account: admin.account }), swap, "Paused", [
        getAddress(admin.account.address),
      ]);
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomError(
        swap.write.swap([bive("1")], { account: alice.account }),
        swap,
        "EnforcedPause",
      );
      const deadline = await deadlineIn(3_600);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, bive("1"), deadline);
      await viem.assertions.revertWithCustomError(
        swap.write.swapWithPermit([bive("1"), deadline, v, r, s], { account: carol.account }),
        swap,
        "EnforcedPause",
      );

      await swap.write.unpause({ account: admin.account });
      await swap.write.swap([bive("1")], { account: alice.account });
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);
    });

    it("only the guardian may pause or unpause", async () => {
      const { swap, admin, outsider } = await networkHelpers.loadFixture(fullPools);
      const guardian = await swap.read.GUARDIAN_ROLE();
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.pause({ account: outsider.account }),
        swap,
        "AccessControlUnauthorizedAccount",
        [getAddress(outsider.account.address), guardian],
      );
      await swap.write.pause({ account: admin.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.unpause({ account: outsider.account }),
        swap,
        "AccessControlUnauthorizedAccount",
        [getAddress(outsider.account.address), guardian],
      );
      assert.equal(await swap.read.paused(), true);
    });
  });

  describe("blacklist", () => {
    it("a blacklisted account cannot receive DTA: the swap reverts AccountBlacklisted and nothing moves", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, admin, alice, publicClient } = fixture;
      const hash = await dtaToken.write.setBlacklisted([alice.account.address, true], {
        account: admin.account,
      });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      const [log] = parseEventLogs({ abi: dtaToken.abi, eventName: "BlacklistUpdated", logs: receipt.logs });
      assert.equal(log?.args.blacklisted, true);

      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([bive("1")], { account: alice.account }),
        dtaToken,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE);
      assert.equal(await biveToken.read.balanceOf([swap.address]), 0n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 0n);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
      assert.equal(await swap.read.totalSwapped(), 0n);

      await dtaToken.write.setBlacklisted([alice.account.address, false], { account: admin.account });
      await swap.write.swap([bive("1")], { account: alice.account });
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);
    });
  });
});
