import { describe, expect, it } from 'vitest';
import {
  decryptBytes,
  encryptBytes,
  hashPassword,
  importAesKey,
  newRecoveryKey,
  normalizeRecoveryKey,
  PBKDF2_ITERATIONS,
  unwrapSecret,
  verifyPassword,
  wrapSecret,
  WrongKeyError,
} from './crypto';
import { randomBytes } from './encoding';

const newKey = () => importAesKey(randomBytes(32));

const FAST = 1_000;

describe('passwords', () => {
  it('are hashed with PBKDF2-SHA256 at the current recommended iteration count and a random salt', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const first = await hashPassword('Келісім-2026', FAST);
    const second = await hashPassword('Келісім-2026', FAST);
    expect(first).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: FAST });
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(first.hash).not.toContain('Келісім');
  });

  it('are verified, and a wrong one is refused', async () => {
    const stored = await hashPassword('Келісім-2026', FAST);
    expect(await verifyPassword('Келісім-2026', stored)).toBe(true);
    expect(await verifyPassword('келісім-2026', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });
});

describe('encryption', () => {
  it('round-trips bytes with a key and refuses another key, a changed byte or other bound data', async () => {
    const key = await newKey();
    const plain = new TextEncoder().encode('Дін мәселесі бойынша қабылдау: оңалту жұмысы');
    const sealed = await encryptBytes(key, plain);
    expect(new TextDecoder().decode(sealed)).not.toContain('Дін');
    expect(await decryptBytes(key, sealed)).toEqual(plain);
    await expect(decryptBytes(await newKey(), sealed)).rejects.toThrow();
    const bound = await encryptBytes(key, plain, new TextEncoder().encode('receptions:r1'));
    await expect(decryptBytes(key, bound, new TextEncoder().encode('receptions:r2'))).rejects.toThrow();
    const tampered = sealed.slice();
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    await expect(decryptBytes(key, tampered)).rejects.toThrow();
  });

  it('wraps secret bytes with a password or recovery key, and a wrong one is refused', async () => {
    const secret = randomBytes(32);
    const recovery = newRecoveryKey();
    expect(recovery).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
    const wrapped = await wrapSecret(secret.slice(), recovery, FAST);
    const unwrapped = await unwrapSecret(wrapped, normalizeRecoveryKey(recovery.toLowerCase().replace(/-/g, ' ')));
    expect(unwrapped).toEqual(secret);
    await expect(unwrapSecret(wrapped, newRecoveryKey())).rejects.toBeInstanceOf(WrongKeyError);
  });
});
