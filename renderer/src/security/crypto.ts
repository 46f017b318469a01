import { fromBase64, randomBytes, toBase64 } from './encoding';

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256. On an office PC a login takes about half a second;
 * a stolen database costs an attacker that much per guess.
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  hash: string;
}

async function pbkdf2Bits(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await pbkdf2Bits(password, salt, iterations)),
  };
}

/** Compares in time that does not depend on where the bytes differ. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await pbkdf2Bits(password, fromBase64(stored.salt), stored.iterations);
  return equalBytes(derived, fromBase64(stored.hash));
}

/** AES-256-GCM; the 12-byte IV is written in front of the ciphertext. A wrong key or any change fails. */
export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  additionalData?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(12);
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, ...(additionalData ? { additionalData } : {}) }, key, plain),
  );
  const out = new Uint8Array(iv.length + cipher.length);
  out.set(iv);
  out.set(cipher, iv.length);
  return out;
}

export async function decryptBytes(
  key: CryptoKey,
  data: Uint8Array<ArrayBuffer>,
  additionalData?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: data.subarray(0, 12), ...(additionalData ? { additionalData } : {}) },
      key,
      data.subarray(12),
    ),
  );
}

/** An AES-256-GCM key for this session only: it can encrypt and decrypt, never be exported. */
export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Secret bytes encrypted under a key derived from a password or a recovery key. */
export interface WrappedKey {
  salt: string;
  iterations: number;
  /** The secret encrypted under a key derived from a password or recovery key. */
  data: string;
}

async function wrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const bits = await pbkdf2Bits(secret, salt, iterations);
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function wrapSecret(
  bytes: Uint8Array<ArrayBuffer>,
  secret: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const data = await encryptBytes(await wrappingKey(secret, salt, iterations), bytes);
  return { salt: toBase64(salt), iterations, data: toBase64(data) };
}

export class WrongKeyError extends Error {
  constructor() {
    super('wrong password or recovery key');
    this.name = 'WrongKeyError';
  }
}

/** The bytes a password or recovery key wrapped; a wrong one is refused with WrongKeyError. */
export async function unwrapSecret(wrapped: WrappedKey, secret: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await decryptBytes(
      await wrappingKey(secret, fromBase64(wrapped.salt), wrapped.iterations),
      fromBase64(wrapped.data),
    );
  } catch {
    throw new WrongKeyError();
  }
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Five groups of five letters and digits (no 0/O, 1/I): about 125 bits, readable over the phone. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]);
  return [0, 5, 10, 15, 20].map((start) => chars.slice(start, start + 5).join('')).join('-');
}

export function normalizeRecoveryKey(text: string): string {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return [0, 5, 10, 15, 20].map((start) => compact.slice(start, start + 5)).join('-');
}
