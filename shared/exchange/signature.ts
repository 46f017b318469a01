import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Package signatures (docs/exchange-format.md, "Signature"). The checksums prove that a package
 * was not changed after it was made, not who made it; the signature proves that it was made by
 * the district office holding the private key, whose public half the oblast registered. The
 * cryptography itself (WebCrypto Ed25519) is the renderer's: this module only says what is
 * signed and how a key is shown.
 */
export const SIGNATURE_ALGORITHM = 'Ed25519';

export interface PackageSignature {
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** The sending office's public key: the 32 bytes of RFC 8032, lowercase hex. */
  publicKey: string;
  /** The 64-byte Ed25519 signature of `signedMessage(digest)`, lowercase hex. */
  signature: string;
  /**
   * What was signed: the checksum of the metadata rows above the `signature` row, computed as
   * `metadata_sha256` is. Those rows hold every sheet's checksum and the public key, so the
   * digest covers the whole package. Computed by the reader from the file, not taken from it.
   */
  digest: string;
}

export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/;
export const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/;

/**
 * The bytes signed: a fixed label, then the digest in hex. The label keeps a package signature
 * from ever being taken for a signature over anything else made with the same key.
 */
export function signedMessage(digest: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(utf8ToBytes(`kelisim-exchange-signature:${digest}`));
}

/**
 * A public key as people compare it by phone: SHA-256 of its 32 bytes, the first ten bytes as
 * five groups of five digits (`04213 55870 00123 65535 12345`, 80 bits). Digits, because they
 * are read out the same way in Russian and Kazakh.
 */
export function keyFingerprint(publicKey: string): string {
  const hash = sha256(hexToBytes(publicKey));
  const groups: string[] = [];
  for (let index = 0; index < 10; index += 2)
    groups.push(String(((hash[index] ?? 0) << 8) | (hash[index + 1] ?? 0)).padStart(5, '0'));
  return groups.join(' ');
}

export const toHex = (bytes: Uint8Array): string => bytesToHex(bytes);
export const fromHex = (hex: string): Uint8Array<ArrayBuffer> => new Uint8Array(hexToBytes(hex));
