import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackupName } from '../shared/backup/backup-names';
import { fileLedger } from './backup-ledger';
import { storeBackup, writeProblemOf, type BackupStore } from './backup-store';

/**
 * A disk that fills up: once `disk.free` bytes have been written under `disk.folder`, a write stores
 * what still fits and fails with ENOSPC, as Windows and Linux do.
 */
const disk = vi.hoisted(() => ({ folder: null as string | null, free: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const limited = (file: unknown) => disk.folder !== null && String(file).startsWith(disk.folder);
  const fits = (file: unknown, data: Uint8Array) => {
    if (!limited(file)) return data.length;
    const allowed = Math.min(data.length, disk.free);
    disk.free -= allowed;
    return allowed;
  };
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const bytesOf = (data: unknown) => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array));
  const writeFile = async (file: string, data: unknown) => {
    const bytes = bytesOf(data);
    const allowed = fits(file, bytes);
    await real.writeFile(file, bytes.subarray(0, allowed));
    if (allowed < bytes.length) throw noSpace();
  };
  return {
    ...real,
    default: real,
    writeFile,
    async copyFile(from: string, to: string) {
      await writeFile(to, await real.readFile(from));
    },
    async open(file: string, flags?: string) {
      const handle = await real.open(file, flags);
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'writeFile')
            return async (data: unknown) => {
              const bytes = bytesOf(data);
              const allowed = fits(file, bytes);
              await target.writeFile(bytes.subarray(0, allowed));
              if (allowed < bytes.length) throw noSpace();
            };
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
});

afterEach(() => {
  disk.folder = null;
});

async function thisPc(): Promise<BackupStore> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'kelisim-userdata-'));
  return {
    folder: path.join(home, 'backups'),
    installationId: 'aaaaaaaaaaaa',
    ledger: fileLedger(path.join(home, 'ledger.json')),
  };
}

const backup = new Uint8Array(64 * 1024).map((_, i) => i % 251);
const now = new Date('2026-11-21T09:30:00Z');

/** Every file under a backup's name must be a whole backup: nothing else may be restored from. */
async function expectOnlyWholeBackups(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!parseBackupName(name)) continue;
    expect(new Uint8Array(await readFile(path.join(folder, name))), name).toEqual(backup);
  }
}

describe('a backup written to a disk that fills up', () => {
  it('fails with "disk full" and leaves neither a backup nor a temporary file', async () => {
    const store = await thisPc();
    disk.folder = store.folder;
    disk.free = backup.length / 2;
    const problem = await storeBackup(store, 'auto', backup, now, null).then(() => 'saved', writeProblemOf);
    expect(problem).toBe('disk-full');
    expect(await readdir(store.folder)).toEqual([]);
  });

  it('never leaves half a backup under a backup name, whatever moment the disk fills up', async () => {
    for (const free of [0, 100, backup.length - 1, backup.length + 10, backup.length * 1.5, backup.length * 2 - 1]) {
      const store = await thisPc();
      disk.folder = store.folder;
      disk.free = free;
      await storeBackup(store, 'auto', backup, now, null).catch(() => undefined);
      await expectOnlyWholeBackups(store.folder);
    }
  });

  it('reports a full second folder and leaves no half backup on it', async () => {
    const store = await thisPc();
    const flashDrive = await mkdtemp(path.join(os.tmpdir(), 'kelisim-usb-'));
    disk.folder = flashDrive;
    disk.free = backup.length / 3;
    const result = await storeBackup(store, 'auto', backup, now, flashDrive);
    expect(result.secondFolder).toBe('disk-full');
    expect(await readdir(flashDrive)).toEqual([]);
    await expectOnlyWholeBackups(store.folder);
    expect(await readdir(store.folder)).toEqual([result.fileName]);
  });
});
