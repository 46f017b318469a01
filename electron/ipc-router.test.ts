import { describe, expect, it } from 'vitest';
import { ipcContract, ipcMethods } from '../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlers, type IpcMainLike } from './ipc-router';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const invoke = async (channel: string, payload: unknown, url = 'app://kelisim/index.html') => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: { url } }, payload);
  };
  return { ipcMain, listeners, invoke };
}

const handlers: IpcHandlers = {
  saveFile: async (request) => ({ saved: true, fileName: request.suggestedName }),
  openFile: async () => null,
  printToPdf: async () => ({ saved: false }),
  openBackupsFolder: async () => ({ opened: true }),
  appInfo: async () => ({ version: '0.1.0', runtime: 'desktop', platform: 'win32' }),
  setLanguage: async () => ({ applied: true }),
  writeBackup: async (request) => ({
    saved: true,
    fileName: `kelisim-20261121-093000-0123456789ab-${request.reason}.klsbak`,
    secondFolder: 'not-set',
  }),
  listBackups: async () => [],
  readBackup: async () => null,
  readManifest: async () => ({ text: null }),
  writeManifest: async () => ({ saved: true }),
  secondFolder: async () => ({ folder: null }),
  chooseSecondFolder: async () => ({ outcome: 'cancelled', path: null }),
  confirmNetworkFolder: async () => ({ set: false, path: null }),
  clearSecondFolder: async () => ({ cleared: true }),
  openExternal: async () => ({ opened: false }),
  quitReady: async () => ({ quitting: true }),
  auditKey: async () => ({ key: new Uint8Array(32) }),
  setSyncServer: async () => ({ applied: true }),
  protectSecret: async ({ text }) => ({ sealed: `sealed:${text.length}` }),
  unprotectSecret: async () => ({ text: null }),
};

describe('IPC router in the main process', () => {
  it('registers exactly the contract channels', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerIpcHandlers(ipcMain, handlers, () => true);
    expect([...listeners.keys()].sort()).toEqual(ipcMethods.map((method) => ipcContract[method].channel).sort());
  });

  it('answers a valid call from our page', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, handlers, (url) => url.startsWith('app://kelisim/'));
    await expect(invoke(ipcContract.appInfo.channel, {})).resolves.toEqual({
      version: '0.1.0',
      runtime: 'desktop',
      platform: 'win32',
    });
  });

  it('refuses a call from any other page', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, handlers, (url) => url.startsWith('app://kelisim/'));
    await expect(invoke(ipcContract.appInfo.channel, {}, 'https://evil.example/')).rejects.toThrow('untrusted sender');
  });

  it('refuses a malformed payload before the handler runs', async () => {
    let ran = false;
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(
      ipcMain,
      { ...handlers, setLanguage: async () => ((ran = true), { applied: true }) },
      () => true,
    );
    await expect(invoke(ipcContract.setLanguage.channel, { language: 'de' })).rejects.toThrow('invalid-payload');
    expect(ran).toBe(false);
  });

  it('lets the page name only a bare server origin as the one it may reach', async () => {
    const set: (string | null)[] = [];
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(
      ipcMain,
      { ...handlers, setSyncServer: async ({ origin }) => (set.push(origin), { applied: true }) },
      () => true,
    );
    for (const origin of [
      'ftp://server',
      'https://server/path',
      'https://a.kz, https://b.kz',
      "https://a.kz 'unsafe-eval'",
      '*',
    ])
      await expect(invoke(ipcContract.setSyncServer.channel, { origin }), origin).rejects.toThrow('invalid-payload');
    await invoke(ipcContract.setSyncServer.channel, { origin: 'https://couch.akimat.kz:6984' });
    await invoke(ipcContract.setSyncServer.channel, { origin: null });
    expect(set).toEqual(['https://couch.akimat.kz:6984', null]);
  });

  it('lets the page name neither a folder nor a file for a backup: main chooses both', async () => {
    let ran = false;
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(
      ipcMain,
      { ...handlers, writeBackup: async (request) => ((ran = true), handlers.writeBackup(request)) },
      () => true,
    );
    const data = new Uint8Array([1, 2, 3]);
    for (const request of [
      { reason: 'auto', data, secondFolder: 'C:\\Windows\\System32' },
      { reason: 'auto', data, secondFolder: '\\\\attacker\\share' },
      { fileName: 'kelisim-20261121-093000-auto.klsbak', data },
      { reason: '..\\..\\evil', data },
    ])
      await expect(invoke(ipcContract.writeBackup.channel, request), JSON.stringify(request)).rejects.toThrow(
        'invalid-payload',
      );
    expect(ran).toBe(false);
    expect(ipcMethods).not.toContain('chooseFolder');
    await expect(
      invoke(ipcContract.confirmNetworkFolder.channel, { confirmed: true, path: '\\\\x\\y' }),
    ).rejects.toThrow('invalid-payload');
  });

  it('has no handler for a channel outside the contract', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcHandlers(ipcMain, handlers, () => true);
    await expect(invoke('kelisim:shell:exec', { command: 'cmd' })).rejects.toThrow('No handler');
  });

  it('checks what the handler answers too', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const broken = { ...handlers, openBackupsFolder: async () => ({ opened: 'yes' }) } as unknown as IpcHandlers;
    registerIpcHandlers(ipcMain, broken, () => true);
    await expect(invoke(ipcContract.openBackupsFolder.channel, {})).rejects.toThrow();
  });
});
