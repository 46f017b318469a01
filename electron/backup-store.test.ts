import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTime, listBackups, readBackup, storeBackup } from './backup-store';

const name = (iso: string, reason = 'auto') =>
  `kelisim-${iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${reason}.klsbak`;

describe('backup folder', () => {
  it('reads the time a backup was made from its name and ignores other files', async () => {
    expect(backupTime('kelisim-20261121-093000-auto.klsbak')).toBe('2026-11-21T09:30:00.000Z');
    expect(backupTime('notes.txt')).toBeNull();
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kelisim-backups-'));
    await writeFile(path.join(folder, 'notes.txt'), 'x');
    await storeBackup(folder, name('2026-11-21T09:30:00'), new Uint8Array([1, 2, 3]), new Date('2026-11-21T09:30:00Z'));
    expect((await listBackups(folder)).map((backup) => backup.name)).toEqual(['kelisim-20261121-093000-auto.klsbak']);
    expect(await readBackup(folder, 'kelisim-20261121-093000-auto.klsbak')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readBackup(folder, '../../etc/passwd')).toBeNull();
  });

  it('keeps three of today and one a day, and copies to a second folder', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kelisim-backups-'));
    const second = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-usb-')), 'Kelisim');
    const now = new Date('2026-11-21T12:00:00Z');
    for (const time of [
      '2026-11-19T05:00:00',
      '2026-11-19T06:00:00',
      '2026-11-20T05:00:00',
      '2026-11-21T05:00:00',
      '2026-11-21T06:00:00',
      '2026-11-21T07:00:00',
    ])
      await storeBackup(folder, name(time), new Uint8Array([1]), now);
    const result = await storeBackup(
      folder,
      name('2026-11-21T11:00:00', 'before-import'),
      new Uint8Array([2]),
      now,
      second,
    );
    expect(result.copiedToSecondFolder).toBe(true);
    expect((await readdir(folder)).sort()).toEqual([
      'kelisim-20261119-060000-auto.klsbak',
      'kelisim-20261120-050000-auto.klsbak',
      'kelisim-20261121-060000-auto.klsbak',
      'kelisim-20261121-070000-auto.klsbak',
      'kelisim-20261121-110000-before-import.klsbak',
    ]);
    expect(await readdir(second)).toEqual(['kelisim-20261121-110000-before-import.klsbak']);
  });

  it('refuses a name it did not make', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kelisim-backups-'));
    await expect(storeBackup(folder, '..\\evil.exe', new Uint8Array([1]), new Date())).rejects.toThrow();
  });

  it('reports when the second folder cannot be written and still keeps the backup', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kelisim-backups-'));
    const blocker = path.join(folder, 'file');
    await writeFile(blocker, 'x');
    const result = await storeBackup(
      folder,
      name('2026-11-21T05:00:00'),
      new Uint8Array([1]),
      new Date('2026-11-21T06:00:00Z'),
      path.join(blocker, 'sub'),
    );
    expect(result.copiedToSecondFolder).toBe(false);
    expect((await listBackups(folder)).length).toBe(1);
  });
});
