import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcContract } from '../shared/ipc/contract';
import { auditKeyFile, AuditKeyUnavailableError, type StringCipher } from './audit-key';
import { registerIpcHandlers, type IpcHandlers, type IpcMainLike } from './ipc-router';

/** safeStorage as the Windows account's DPAPI would be: reversible only by the same "account". */
function fakeSafeStorage(account = 'clerk', available = true): StringCipher {
  const prefix = `dpapi:${account}:`;
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(prefix + Buffer.from(text).toString('hex')),
    decryptString(encrypted) {
      const text = encrypted.toString();
      if (!text.startsWith(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      return Buffer.from(text.slice(prefix.length), 'hex').toString();
    },
  };
}

async function keyFile(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-userdata-')), 'audit-key.bin');
}

describe('the audit key main keeps', () => {
  it('is 32 random bytes, made once and stored only as safeStorage encrypts them', async () => {
    const file = await keyFile();
    const key = await auditKeyFile(file, fakeSafeStorage()).load();
    expect(key).toHaveLength(32);
    expect(key.some((byte) => byte !== 0)).toBe(true);
    const stored = await readFile(file);
    expect(stored.toString()).toMatch(/^dpapi:clerk:/);
    expect(stored.includes(Buffer.from(key))).toBe(false);
    expect(stored.toString()).not.toContain(Buffer.from(key).toString('base64'));
  });

  it('is the same key at every later start', async () => {
    const file = await keyFile();
    const first = await auditKeyFile(file, fakeSafeStorage()).load();
    expect(await auditKeyFile(file, fakeSafeStorage()).load()).toEqual(first);
    const another = await auditKeyFile(await keyFile(), fakeSafeStorage()).load();
    expect(another).not.toEqual(first);
  });

  it('is made once even when asked for twice at once', async () => {
    const store = auditKeyFile(await keyFile(), fakeSafeStorage());
    const [one, two] = await Promise.all([store.load(), store.load()]);
    expect(one).toEqual(two);
  });

  it('is never replaced when its file does not decrypt, so the entries it linked stay checkable when it comes back', async () => {
    const file = await keyFile();
    await auditKeyFile(file, fakeSafeStorage('clerk')).load();
    const before = await readFile(file);
    await expect(auditKeyFile(file, fakeSafeStorage('someone-else')).load()).rejects.toBeInstanceOf(
      AuditKeyUnavailableError,
    );
    expect(await readFile(file)).toEqual(before);
    // A file that decrypts to something other than a 32-byte key.
    await writeFile(file, 'dpapi:clerk:00');
    await expect(auditKeyFile(file, fakeSafeStorage('clerk')).load()).rejects.toBeInstanceOf(AuditKeyUnavailableError);
    expect((await readFile(file)).toString()).toBe('dpapi:clerk:00');
  });

  it('is not made, nor written in clear, where safeStorage cannot encrypt', async () => {
    const file = await keyFile();
    await expect(auditKeyFile(file, fakeSafeStorage('clerk', false)).load()).rejects.toBeInstanceOf(
      AuditKeyUnavailableError,
    );
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reaches our page over the typed contract, and nothing but a 32-byte key goes back', async () => {
    const store = auditKeyFile(await keyFile(), fakeSafeStorage());
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    const handlers = { auditKey: async () => ({ key: await store.load() }) } as Partial<IpcHandlers> as IpcHandlers;
    registerIpcHandlers(ipcMain, handlers, (url) => url.startsWith('app://kelisim/'));
    const listener = listeners.get(ipcContract.auditKey.channel);
    if (!listener) throw new Error('no audit key channel');

    const answer = (await listener({ senderFrame: { url: 'app://kelisim/index.html' } }, {})) as { key: Uint8Array };
    expect(answer.key).toEqual(await store.load());
    await expect(listener({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, {})).rejects.toThrow(/untrusted sender/);
    await expect(listener({ senderFrame: { url: 'app://kelisim/index.html' } }, { rotate: true })).rejects.toThrow(
      /invalid-payload/,
    );
    expect(ipcContract.auditKey.response.safeParse({ key: new Uint8Array(16) }).success).toBe(false);
  });
});
