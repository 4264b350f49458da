/**
 * The data hash of a contribution, computed in the browser: only this 32-byte fingerprint goes on-chain, never
 * the data. DataContributions accepts any non-zero bytes32 once (EmptyDataHash, DuplicateDataHash), so the app
 * uses SHA-256 through the platform's SubtleCrypto — the digest every file tool prints (`sha256sum`), so a buyer
 * can check a file they receive against the public hash without this app.
 */
import { bytesToHex, type Hex } from "viem";

/** SHA-256 of the bytes, as 0x and 64 hex digits. */
export async function dataHashOf(bytes: ArrayBuffer | Uint8Array): Promise<Hex> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", copy);
  return bytesToHex(new Uint8Array(digest));
}
