import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSettingsFile, type BackupSettings, type BackupSettingsStore } from './backup-settings';
import { classifyFolder } from './folder-path';
import { CONFIRM_WITHIN_MS, createSecondFolder } from './second-folder';

describe('what kind of folder a path names', () => {
  it.each([
    ['C:\\Users\\clerk\\Kelisim', 'win32', 'local'],
    ['E:\\', 'win32', 'local'],
    ['D:/Backups', 'win32', 'local'],
    ['/media/usb/Kelisim', 'linux', 'local'],
    ['\\\\fileserver\\kelisim', 'win32', 'network'],
    ['\\\\fileserver\\kelisim\\backups', 'linux', 'network'],
    ['//fileserver/kelisim', 'win32', 'network'],
    ['//fileserver/kelisim', 'linux', 'network'],
    ['\\/fileserver\\kelisim', 'win32', 'network'],
    ['\\\\?\\UNC\\fileserver\\kelisim', 'win32', 'network'],
    ['\\\\.\\UNC\\fileserver\\kelisim', 'win32', 'network'],
    ['//?/unc/fileserver/kelisim', 'win32', 'network'],
    ['\\\\fileserver', 'win32', 'refused'],
    ['\\\\.\\pipe\\kelisim', 'win32', 'refused'],
    ['\\\\?\\C:\\Backups', 'win32', 'refused'],
    ['\\\\?\\GLOBALROOT\\Device\\HarddiskVolume1', 'win32', 'refused'],
    ['Backups', 'win32', 'refused'],
    ['C:Backups', 'win32', 'refused'],
    ['\\Backups', 'win32', 'refused'],
    ['C:\\Backups\\..\\Windows', 'win32', 'refused'],
    ['backups', 'linux', 'refused'],
    ['', 'win32', 'refused'],
    ['C:\\Back\nups', 'win32', 'refused'],
  ] as const)('%s on %s is %s', (folder, platform, kind) => {
    expect(classifyFolder(folder, platform)).toBe(kind);
  });
});

function memorySettings(initial: BackupSettings = { installationId: 'aaaaaaaaaaaa', secondFolder: null }) {
  let settings = initial;
  const store: BackupSettingsStore = {
    load: async () => settings,
    save: async (next) => {
      settings = next;
    },
  };
  return { store, stored: () => settings };
}

function control(picked: string | null, options: { now?: () => number; initial?: BackupSettings } = {}) {
  const settings = memorySettings(options.initial);
  let next = picked;
  const folder = createSecondFolder({
    settings: settings.store,
    pickFolder: async () => next,
    platform: 'win32',
    ...(options.now ? { now: options.now } : {}),
  });
  return { folder, settings, pick: (path: string | null) => (next = path) };
}

describe('the second backup folder', () => {
  it('is set from main’s own dialog, and only from it', async () => {
    const { folder, settings } = control('E:\\Kelisim');
    expect(await folder.current()).toBeNull();
    expect(await folder.choose()).toEqual({ outcome: 'set', path: 'E:\\Kelisim' });
    expect(await folder.current()).toEqual({ path: 'E:\\Kelisim', network: false });
    expect(settings.stored().secondFolder).toEqual({ path: 'E:\\Kelisim', network: false });
  });

  it('holds a network folder until the administrator confirms that very folder', async () => {
    const { folder } = control('\\\\fileserver\\kelisim');
    expect(await folder.choose()).toEqual({ outcome: 'confirm-network', path: '\\\\fileserver\\kelisim' });
    expect(await folder.current()).toBeNull();
    expect(await folder.confirmNetwork(true)).toEqual({ set: true, path: '\\\\fileserver\\kelisim' });
    expect(await folder.current()).toEqual({ path: '\\\\fileserver\\kelisim', network: true });
  });

  it('takes a no, a yes with nothing shown, a second yes or a late yes as no', async () => {
    const { folder, pick } = control('//fileserver/kelisim');
    expect(await folder.confirmNetwork(true)).toEqual({ set: false, path: null });
    await folder.choose();
    expect(await folder.confirmNetwork(false)).toEqual({ set: false, path: null });
    expect(await folder.confirmNetwork(true)).toEqual({ set: false, path: null });
    expect(await folder.current()).toBeNull();

    let clock = 0;
    const late = control('\\\\?\\UNC\\fileserver\\kelisim', { now: () => clock });
    await late.folder.choose();
    clock = CONFIRM_WITHIN_MS + 1;
    expect(await late.folder.confirmNetwork(true)).toEqual({ set: false, path: null });

    // Choosing again forgets the network folder shown before.
    pick('\\\\fileserver\\kelisim');
    await folder.choose();
    pick(null);
    await folder.choose();
    expect(await folder.confirmNetwork(true)).toEqual({ set: false, path: null });
  });

  it('refuses device paths and does not keep them', async () => {
    const { folder } = control('\\\\.\\pipe\\kelisim');
    expect(await folder.choose()).toEqual({ outcome: 'refused', path: '\\\\.\\pipe\\kelisim' });
    expect(await folder.current()).toBeNull();
  });

  it('checks the stored folder again on every use', async () => {
    const edited = control(null, {
      initial: { installationId: 'aaaaaaaaaaaa', secondFolder: { path: '\\\\fileserver\\kelisim', network: false } },
    });
    expect(await edited.folder.current()).toBeNull();
    const device = control(null, {
      initial: { installationId: 'aaaaaaaaaaaa', secondFolder: { path: '\\\\.\\pipe\\x', network: true } },
    });
    expect(await device.folder.current()).toBeNull();
  });

  it('can be cleared', async () => {
    const { folder } = control('E:\\Kelisim');
    await folder.choose();
    await folder.clear();
    expect(await folder.current()).toBeNull();
  });
});

describe('backup settings file', () => {
  it('makes the installation id once and keeps it', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-userdata-')), 'backup-settings.json');
    const first = await backupSettingsFile(file).load();
    expect(first.installationId).toMatch(/^[0-9a-f]{12}$/);
    expect(first.secondFolder).toBeNull();
    expect((await backupSettingsFile(file).load()).installationId).toBe(first.installationId);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
  });
});
