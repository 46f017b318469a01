import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AuditKeyModule from './audit-key';
import type * as BackupLedgerModule from './backup-ledger';
import type * as BackupSettingsModule from './backup-settings';

/**
 * main.ts loaded against a stand-in Electron, to see the order it does things in: the profile
 * folder has to be chosen before main reads any path under userData, asks for the single-instance
 * lock or lets the app become ready.
 */
const electron = vi.hoisted(() => {
  const events: string[] = [];
  const paths = new Map<string, string>([['userData', '/home/clerk/.config/Kelisim']]);
  const app = {
    isPackaged: false,
    setPath: vi.fn((name: string, folder: string) => {
      events.push(`setPath ${name}`);
      paths.set(name, folder);
    }),
    getPath: vi.fn((name: string) => {
      events.push(`getPath ${name}`);
      return paths.get(name) ?? `/home/clerk/${name}`;
    }),
    requestSingleInstanceLock: vi.fn(() => {
      events.push('requestSingleInstanceLock');
      // Another instance holds it: main quits before the app would become ready.
      return false;
    }),
    quit: vi.fn(() => events.push('quit')),
    exit: vi.fn((code: number) => events.push(`exit ${code}`)),
    on: vi.fn(),
    whenReady: vi.fn(() => new Promise(() => undefined)),
    getAppPath: () => '/app',
    getVersion: () => '0.0.0',
  };
  const dialog = { showErrorBox: vi.fn((_title: string, _body: string) => events.push('showErrorBox')) };
  return { events, paths, app, dialog };
});

vi.mock('electron', () => ({
  app: electron.app,
  dialog: electron.dialog,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  BrowserWindow: vi.fn(),
  ipcMain: { handle: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  powerMonitor: { on: vi.fn() },
  safeStorage: { isEncryptionAvailable: () => false },
  screen: { getAllDisplays: () => [] },
  session: {},
  shell: { openPath: vi.fn(), openExternal: vi.fn() },
}));

const files = vi.hoisted(() => ({ auditKey: [] as string[], settings: [] as string[], ledger: [] as string[] }));
vi.mock('./audit-key', async (original) => {
  const actual = await original<typeof AuditKeyModule>();
  return { ...actual, auditKeyFile: vi.fn((file: string) => (files.auditKey.push(file), { load: vi.fn() })) };
});
vi.mock('./backup-settings', async (original) => {
  const actual = await original<typeof BackupSettingsModule>();
  return {
    ...actual,
    backupSettingsFile: vi.fn((file: string) => (files.settings.push(file), actual.backupSettingsFile(file))),
  };
});
vi.mock('./backup-ledger', async (original) => {
  const actual = await original<typeof BackupLedgerModule>();
  return { ...actual, fileLedger: vi.fn((file: string) => (files.ledger.push(file), actual.fileLedger(file))) };
});

const savedPortableDir = process.env.PORTABLE_EXECUTABLE_DIR;

async function startMain(portableDir: string | undefined): Promise<void> {
  if (portableDir === undefined) delete process.env.PORTABLE_EXECUTABLE_DIR;
  else process.env.PORTABLE_EXECUTABLE_DIR = portableDir;
  vi.resetModules();
  await import('./main');
}

beforeEach(() => {
  electron.events.length = 0;
  electron.paths.clear();
  electron.paths.set('userData', '/home/clerk/.config/Kelisim');
  vi.clearAllMocks();
  files.auditKey.length = 0;
  files.settings.length = 0;
  files.ledger.length = 0;
});

afterEach(() => {
  if (savedPortableDir === undefined) delete process.env.PORTABLE_EXECUTABLE_DIR;
  else process.env.PORTABLE_EXECUTABLE_DIR = savedPortableDir;
});

describe('main at start', () => {
  it('keeps the portable build’s profile, audit key and backup files in the data folder beside the .exe', async () => {
    const exeDir = await mkdtemp(path.join(os.tmpdir(), 'kelisim-flash-drive-'));
    const data = path.join(exeDir, 'data');
    await startMain(exeDir);

    const firstRead = electron.events.indexOf('getPath userData');
    expect(electron.events.slice(0, 2)).toEqual(['setPath userData', 'setPath sessionData']);
    expect(firstRead).toBeGreaterThan(1);
    expect(electron.events.indexOf('requestSingleInstanceLock')).toBeGreaterThan(1);
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', data);
    expect(electron.app.setPath).toHaveBeenCalledWith('sessionData', data);
    expect(files.auditKey).toEqual([path.join(data, 'audit-key.bin')]);
    expect(files.settings).toEqual([path.join(data, 'backup-settings.json')]);
    expect(files.ledger).toEqual([path.join(data, 'backups-written.json')]);
  });

  it('leaves the installed build in Electron’s default profile folder', async () => {
    await startMain(undefined);
    expect(electron.app.setPath).not.toHaveBeenCalled();
    expect(files.auditKey).toEqual([path.join('/home/clerk/.config/Kelisim', 'audit-key.bin')]);
    expect(electron.events).toContain('requestSingleInstanceLock');
  });

  it('stops with a message in both languages when the folder beside the .exe cannot be written', async () => {
    const exe = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-readonly-')), 'not-a-folder');
    await writeFile(exe, 'MZ');
    await startMain(exe);

    expect(electron.app.setPath).not.toHaveBeenCalled();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = electron.dialog.showErrorBox.mock.calls[0] ?? ['', ''];
    expect(title).toMatch(/Келісім не может хранить данные/);
    expect(body).toContain(path.join(exe, 'data'));
    expect(body).toMatch(/Переносная версия/);
    expect(body).toMatch(/Тасымалы нұсқа/);
    expect(electron.events.slice(-2)).toEqual(['showErrorBox', 'exit 1']);
    // It never takes the lock, so it never goes on to open a window over another folder.
    expect(electron.events).not.toContain('requestSingleInstanceLock');
  });
});
