/** Vesting releases (OpenZeppelin VestingWallet's ERC20Released): a row for the wallet's beneficiary. */
import { ponder } from "ponder:registry";
import { recordActivity } from "./activity";

ponder.on("Vesting:ERC20Released", async ({ event, context }) => {
  // The event names the token, not the beneficiary: the beneficiary is the wallet's owner at that block.
  const beneficiary = await context.client.readContract({
    abi: context.contracts.Vesting.abi,
    address: event.log.address,
    functionName: "owner",
    blockNumber: event.block.number,
  });
  await recordActivity(context.db, event, {
    account: beneficiary,
    kind: "vestingReleased",
    amount: event.args.amount,
    counterparty: event.log.address,
  });
});
