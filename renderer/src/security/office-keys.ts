import { decryptBytes, encryptBytes, importAesKey, unwrapSecret, wrapSecret, type WrappedKey } from './crypto';
import type { SealedValue } from '@shared/model/records';
import { fromBase64, randomBytes, toBase64 } from './encoding';

/**
 * The keys behind confidential records. The office has field keys (AES-256-GCM, one per
 * version, so they can be rotated); each is given to a recipient — an operator with the right to
 * confidential records, or the recovery key — by sealing it to the recipient's public key (ECDH
 * P-256, an ephemeral key per seal). A recipient's private key is kept wrapped by their password
 * (or the recovery key). So an administrator can give the keys to a colleague, or take them away,
 * without knowing anyone's password, and the keys themselves are never stored in clear.
 */

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const encoder = new TextEncoder();

/** A recipient's key pair as stored: the public half in clear, the private half wrapped by a secret. */
export interface RecipientKeys {
  /** SPKI of an ECDH P-256 public key, base64. */
  publicKey: string;
  /** PKCS#8 of the private key under a key derived from the password or recovery key. */
  privateKey: WrappedKey;
}

/** A new key pair whose private half only `secret` opens; the private key comes back for use now. */
export async function newRecipientKeys(
  secret: string,
  iterations?: number,
): Promise<{ keys: RecipientKeys; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const keys = { publicKey: toBase64(spki), privateKey: await wrapSecret(pkcs8, secret, iterations) };
  const privateKey = await importPrivateKey(pkcs8);
  pkcs8.fill(0);
  return { keys, privateKey };
}

function importPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pkcs8, ECDH, false, ['deriveBits']);
}

/** The private key, for this session and never exportable; a wrong secret throws WrongKeyError. */
export async function openPrivateKey(keys: RecipientKeys, secret: string): Promise<CryptoKey> {
  const pkcs8 = await unwrapSecret(keys.privateKey, secret);
  try {
    return await importPrivateKey(pkcs8);
  } finally {
    pkcs8.fill(0);
  }
}

/** The same private key wrapped by a new secret (a password changed by its owner, who typed the old one). */
export async function rewrapPrivateKey(
  keys: RecipientKeys,
  oldSecret: string,
  newSecret: string,
  iterations?: number,
): Promise<RecipientKeys> {
  const pkcs8 = await unwrapSecret(keys.privateKey, oldSecret);
  try {
    return { publicKey: keys.publicKey, privateKey: await wrapSecret(pkcs8, newSecret, iterations) };
  } finally {
    pkcs8.fill(0);
  }
}

async function agreedKey(privateKey: CryptoKey, publicKey: CryptoKey): Promise<CryptoKey> {
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256));
  const hkdf = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  bits.fill(0);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode('kelisim-seal-v1') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Secret bytes sealed to a public key: readable only with the matching private key. */
export async function seal(secret: Uint8Array<ArrayBuffer>, recipientPublicKey: string): Promise<string> {
  const recipient = await crypto.subtle.importKey('spki', fromBase64(recipientPublicKey), ECDH, false, []);
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const key = await agreedKey(ephemeral.privateKey, recipient);
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const data = await encryptBytes(key, secret);
  const out = new Uint8Array(epk.length + data.length);
  out.set(epk);
  out.set(data, epk.length);
  return toBase64(out);
}

/** The secret bytes sealed to this private key's public half; anything else throws. */
export async function unseal(sealed: string, privateKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = fromBase64(sealed);
  const epk = await crypto.subtle.importKey('raw', bytes.slice(0, 65), ECDH, false, []);
  return decryptBytes(await agreedKey(privateKey, epk), bytes.slice(65));
}

/** One version of the office field key, ready to use: content encryption and the blind tag. */
export interface FieldKey {
  id: string;
  aes: CryptoKey;
  tag: CryptoKey;
}

/** Fresh key material for a new field-key version (32 bytes of AES-256 key). */
export function newFieldKeyMaterial(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}

/**
 * The blind-tag key of a version is kept encrypted under that version's AES key, so whoever holds
 * one holds the other, and nobody else has either.
 */
export async function newTagKeyFor(aes: CryptoKey): Promise<string> {
  const raw = randomBytes(32);
  try {
    return toBase64(await encryptBytes(aes, raw, encoder.encode('kelisim-tag-key')));
  } finally {
    raw.fill(0);
  }
}

/** The usable key of a version from its material and its sealed tag key; the material is wiped. */
export async function fieldKeyFrom(id: string, material: Uint8Array<ArrayBuffer>, tagKey: string): Promise<FieldKey> {
  try {
    const aes = await importAesKey(material);
    const tagRaw = await decryptBytes(aes, fromBase64(tagKey), encoder.encode('kelisim-tag-key'));
    const tag = await crypto.subtle.importKey('raw', tagRaw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    tagRaw.fill(0);
    return { id, aes, tag };
  } finally {
    material.fill(0);
  }
}

/**
 * A value that stands for an id without showing it: the same id always gives the same tag under
 * the same key, so an index can find records by it, and without the key it says nothing.
 */
export async function blindTag(key: FieldKey, value: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key.tag, encoder.encode(value)));
  return `${key.id}.${toBase64(mac.subarray(0, 16)).replace(/=+$/, '')}`;
}

/**
 * Encrypts a record's confidential fields as one value with a fresh nonce. `binding` (the table and
 * the record's id) is authenticated with it, so a sealed value moved to another record fails to open.
 */
export async function sealValue(key: FieldKey, content: unknown, binding: string): Promise<SealedValue> {
  const data = await encryptBytes(key.aes, encoder.encode(JSON.stringify(content)), encoder.encode(binding));
  return { v: 1, key: key.id, data: toBase64(data) };
}

export async function openValue(key: FieldKey, sealed: SealedValue, binding: string): Promise<unknown> {
  const plain = await decryptBytes(key.aes, fromBase64(sealed.data), encoder.encode(binding));
  return JSON.parse(new TextDecoder().decode(plain));
}
