import { describe, expect, it } from 'vitest';
import {
  decryptBytes,
  encryptBytes,
  generateDataKey,
  hashPassword,
  newRecoveryKey,
  normalizeRecoveryKey,
  PBKDF2_ITERATIONS,
  unwrapDataKey,
  verifyPassword,
  wrapDataKey,
  WrongKeyError,
} from './crypto';

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
  it('round-trips bytes with the data key and refuses another key or a changed byte', async () => {
    const key = await generateDataKey();
    const plain = new TextEncoder().encode('Дін мәселесі бойынша қабылдау: оңалту жұмысы');
    const sealed = await encryptBytes(key, plain);
    expect(new TextDecoder().decode(sealed)).not.toContain('Дін');
    expect(await decryptBytes(key, sealed)).toEqual(plain);
    await expect(decryptBytes(await generateDataKey(), sealed)).rejects.toThrow();
    const tampered = sealed.slice();
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    await expect(decryptBytes(key, tampered)).rejects.toThrow();
  });

  it('wraps the data key with a password or recovery key, and a wrong one is refused', async () => {
    const key = await generateDataKey();
    const recovery = newRecoveryKey();
    expect(recovery).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
    const wrapped = await wrapDataKey(key, recovery, FAST);
    const unwrapped = await unwrapDataKey(wrapped, normalizeRecoveryKey(recovery.toLowerCase().replace(/-/g, ' ')));
    const sample = new TextEncoder().encode('проверка');
    expect(await decryptBytes(unwrapped, await encryptBytes(key, sample))).toEqual(sample);
    await expect(unwrapDataKey(wrapped, newRecoveryKey())).rejects.toBeInstanceOf(WrongKeyError);
  });
});
