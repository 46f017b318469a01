import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StringCipher } from './audit-key';
import { isAllowedRequest } from './security';
import { protectWith, syncServerFile, unprotectWith } from './sync-server';

function fakeSafeStorage(account: string): StringCipher {
  const prefix = `dpapi:${account}:`;
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(prefix + Buffer.from(text).toString('hex')),
    decryptString(encrypted) {
      const text = encrypted.toString();
      if (!text.startsWith(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      return Buffer.from(text.slice(prefix.length), 'hex').toString();
    },
  };
}

describe('the office server main lets the page reach', () => {
  it('is none until an administrator sets one, then the same after a restart, and only its requests pass', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-userdata-')), 'sync-server.json');
    const first = syncServerFile(file);
    expect(first.origin()).toBeNull();
    expect(isAllowedRequest('http://192.168.1.10:5984/_session', first.origin())).toBe(false);
    await first.set('http://192.168.1.10:5984');
    const afterRestart = syncServerFile(file);
    expect(afterRestart.origin()).toBe('http://192.168.1.10:5984');
    expect(isAllowedRequest('http://192.168.1.10:5984/_session', afterRestart.origin())).toBe(true);
    expect(isAllowedRequest('http://192.168.1.11:5984/_session', afterRestart.origin())).toBe(false);
    await afterRestart.set(null);
    expect(syncServerFile(file).origin()).toBeNull();
  });
});

describe('the sync password main keeps for the page', () => {
  it('is stored only encrypted with the Windows account and opens for that account alone', async () => {
    const sealed = protectWith(fakeSafeStorage('clerk'), 'correct horse');
    expect(Buffer.from(sealed, 'base64').toString()).not.toContain('correct horse');
    expect(unprotectWith(fakeSafeStorage('clerk'), sealed)).toBe('correct horse');
    expect(unprotectWith(fakeSafeStorage('someone-else'), sealed)).toBeNull();
  });
});
