/**
 * The local dev wallet's accounts: the twenty accounts of Hardhat's public test mnemonic ("test test … junk")
 * that every local Hardhat node unlocks — #10–#18 are the governance committees' Safe owners (see
 * hardhat/scripts/deployParameters.ts LOCAL_ROLES), so they can veto and approve in the browser. Addresses only — the node holds the keys and
 * signs. The chosen account is remembered in localStorage so a reload keeps it.
 */
import type { Address } from "viem";

export const DEV_ACCOUNTS: readonly Address[] = [
  "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
  "0xBcd4042DE499D14e55001CcbB24a551F3b954096",
  "0x71bE63f3384f5fb98995898A86B02Fb2426c5788",
  "0xFABB0ac9d68B0B445fB7357272Ff202C5651694a",
  "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec",
  "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097",
  "0xcd3B766CCDd6AE721141F452C550Ca635964ce71",
  "0x2546BcD3c84621e976D8185a91A922aE77ECEc30",
  "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E",
  "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
];

const STORAGE_KEY = "dta.devWallet.account";
type Listener = (index: number) => void;
const listeners = new Set<Listener>();
let selected: number | undefined;

function readStored(): number {
  if (typeof window === "undefined") return 0;
  const stored = Number.parseInt(window.localStorage.getItem(STORAGE_KEY) ?? "0", 10);
  return Number.isInteger(stored) && stored >= 0 && stored < DEV_ACCOUNTS.length ? stored : 0;
}

/** Index of the dev account the wallet currently exposes. */
export function getDevAccountIndex(): number {
  selected ??= readStored();
  return selected;
}

export function getDevAccount(): Address {
  return DEV_ACCOUNTS[getDevAccountIndex()] ?? DEV_ACCOUNTS[0]!;
}

/** Switches the exposed account; the connector tells wagmi, like a wallet's account switch. */
export function selectDevAccount(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= DEV_ACCOUNTS.length) return;
  if (index === getDevAccountIndex()) return;
  selected = index;
  if (typeof window !== "undefined") window.localStorage.setItem(STORAGE_KEY, String(index));
  for (const listener of listeners) listener(index);
}

export function subscribeDevAccount(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
