import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../shared/backup/backup-names';
import { fileLedger } from './backup-ledger';
import { listBackups, readBackup, storeBackup, type BackupStore } from './backup-store';

const THIS_PC = 'aaaaaaaaaaaa';
const OTHER_PC = 'bbbbbbbbbbbb';

const temporaryFolder = (prefix: string) => mkdtemp(path.join(os.tmpdir(), prefix));

async function thisPc(): Promise<BackupStore> {
  const home = await temporaryFolder('kelisim-userdata-');
  return {
    folder: path.join(home, 'backups'),
    installationId: THIS_PC,
    ledger: fileLedger(path.join(home, 'ledger.json')),
  };
}

/** A file laid out as a backup is: magic, header length, header, body. */
function backupBytes(createdAt: string, body = 'x'.repeat(100)): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ format: 'kelisim-backup', createdAt }));
  const out = new Uint8Array(12 + header.length + body.length);
  out.set(new TextEncoder().encode('KLSMBAK1'));
  new DataView(out.buffer).setUint32(8, header.length);
  out.set(header, 12);
  out.set(new TextEncoder().encode(body), 12 + header.length);
  return out;
}

const at = (iso: string) => new Date(iso);

describe('backup folder', () => {
  it('names each backup with this installation, and lists every backup with its header', async () => {
    const store = await thisPc();
    const data = backupBytes('2026-11-21T09:30:00.000Z');
    const { fileName } = await storeBackup(store, 'auto', data, at('2026-11-21T09:30:00Z'), null);
    expect(fileName).toBe(`kelisim-20261121-093000-${THIS_PC}-auto.klsbak`);
    await writeFile(path.join(store.folder, 'notes.txt'), 'x');
    await writeFile(path.join(store.folder, 'kelisim-20261101-080000-manual.klsbak'), backupBytes('2026-11-01'));
    const listed = await listBackups(store.folder);
    expect(listed.map((backup) => backup.name)).toEqual([fileName, 'kelisim-20261101-080000-manual.klsbak']);
    expect(listed[0]?.head).toEqual(data.subarray(0, data.length - 100));
    expect(listed[0]?.size).toBe(data.length);
    expect(await readBackup(store.folder, fileName)).toEqual(data);
    expect(await readBackup(store.folder, '../../etc/passwd')).toBeNull();
    expect(await readBackup(store.folder, 'notes.txt')).toBeNull();
  });

  it('keeps the newest three and one a day, and copies to the second folder', async () => {
    const store = await thisPc();
    const second = await temporaryFolder('kelisim-usb-');
    const now = at('2026-11-21T12:00:00Z');
    for (const time of [
      '2026-11-19T05:00',
      '2026-11-19T06:00',
      '2026-11-20T05:00',
      '2026-11-21T05:00',
      '2026-11-21T06:00',
    ])
      await storeBackup(store, 'auto', backupBytes(time), at(`${time}:00Z`), null);
    const result = await storeBackup(store, 'auto', backupBytes('now'), now, second);
    expect(result.secondFolder).toBe('copied');
    expect((await readdir(store.folder)).sort()).toEqual([
      `kelisim-20261119-060000-${THIS_PC}-auto.klsbak`,
      `kelisim-20261120-050000-${THIS_PC}-auto.klsbak`,
      `kelisim-20261121-050000-${THIS_PC}-auto.klsbak`,
      `kelisim-20261121-060000-${THIS_PC}-auto.klsbak`,
      `kelisim-20261121-120000-${THIS_PC}-auto.klsbak`,
    ]);
    expect(await readdir(second)).toEqual([`kelisim-20261121-120000-${THIS_PC}-auto.klsbak`]);
  });

  it('never prunes what another PC, an older version or anyone else put in a shared folder', async () => {
    const store = await thisPc();
    const shared = await temporaryFolder('kelisim-share-');
    const others = [
      // Another PC's rotation, long expired by this PC's rule.
      ...Array.from({ length: 12 }, (_, i) => backupFileName(new Date(Date.UTC(2026, 8, 1, i)), 'auto', OTHER_PC)),
      // This installation before ids, and a file named like ours that this installation never wrote.
      'kelisim-20260901-050000-auto.klsbak',
      backupFileName(at('2026-09-01T06:00:00Z'), 'auto', THIS_PC),
      'report.xlsx',
    ];
    for (const name of others) await writeFile(path.join(shared, name), 'someone else’s');
    let clock = at('2026-11-21T09:00:00Z');
    for (let i = 0; i < 8; i++) {
      await storeBackup(store, 'auto', backupBytes(clock.toISOString()), clock, shared);
      clock = new Date(clock.getTime() + 15 * 60_000);
    }
    const left = await readdir(shared);
    expect(left).toEqual(expect.arrayContaining(others));
    expect(left.filter((name) => name.startsWith('kelisim-20261121'))).toHaveLength(3);
  });

  it('does not delete a file of its own that someone replaced', async () => {
    const store = await thisPc();
    const first = await storeBackup(store, 'auto', backupBytes('a'), at('2026-11-01T05:00:00Z'), null);
    await writeFile(path.join(store.folder, first.fileName), 'replaced by a different file');
    for (const day of ['02', '03', '04'])
      await storeBackup(store, 'auto', backupBytes(day), at(`2026-12-${day}T05:00:00Z`), null);
    // With the rule of 3 newest and 30 days, the first would be gone, had it still been the file written.
    await storeBackup(store, 'auto', backupBytes('b'), at('2027-03-01T05:00:00Z'), null, {
      rotation: { newest: 1, days: 1 },
      safety: { newest: 1, days: 1 },
    });
    expect(await readdir(store.folder)).toContain(first.fileName);
  });

  it('keeps a backup written after the clock was set back, and the before-import one', async () => {
    const store = await thisPc();
    for (const time of ['2026-11-21T09:00', '2026-11-21T10:00', '2026-11-21T11:00'])
      await storeBackup(store, 'auto', backupBytes(time), at(`${time}:00Z`), null);
    const imported = await storeBackup(store, 'before-import', backupBytes('i'), at('2026-11-21T11:05:00Z'), null);
    let clock = at('2026-01-10T09:00:00Z');
    for (let i = 0; i < 4; i++) {
      const { fileName } = await storeBackup(store, 'auto', backupBytes(clock.toISOString()), clock, null);
      expect(await readdir(store.folder)).toContain(fileName);
      clock = new Date(clock.getTime() + 15 * 60_000);
    }
    const names = await readdir(store.folder);
    expect(names).toContain(imported.fileName);
    expect(names.filter((name) => name.startsWith('kelisim-20261121'))).toHaveLength(4);
  });

  it('keeps every daily backup when the clock jumps forward by more than 30 days', async () => {
    const store = await thisPc();
    for (let day = 1; day <= 21; day++)
      await storeBackup(store, 'auto', backupBytes(`${day}`), new Date(Date.UTC(2026, 10, day, 10)), null);
    await storeBackup(store, 'auto', backupBytes('jump'), at('2027-01-15T10:00:00Z'), null);
    expect(await readdir(store.folder)).toHaveLength(22);
  });

  it('reports a missing second folder without creating it, and keeps the backup', async () => {
    const store = await thisPc();
    const unplugged = path.join(await temporaryFolder('kelisim-usb-'), 'E-drive', 'Kelisim');
    const result = await storeBackup(store, 'auto', backupBytes('x'), at('2026-11-21T05:00:00Z'), unplugged);
    expect(result.secondFolder).toBe('folder-missing');
    expect((await listBackups(store.folder)).length).toBe(1);
    await expect(readdir(path.dirname(unplugged))).rejects.toThrow();
  });

  it('remembers what it wrote across restarts, in its own file', async () => {
    const home = await temporaryFolder('kelisim-userdata-');
    const folder = path.join(home, 'backups');
    await mkdir(folder);
    const first = { folder, installationId: THIS_PC, ledger: fileLedger(path.join(home, 'ledger.json')) };
    const { fileName } = await storeBackup(first, 'manual', backupBytes('x'), at('2026-11-01T05:00:00Z'), null);
    const ledger = JSON.parse(await readFile(path.join(home, 'ledger.json'), 'utf8')) as unknown;
    expect(ledger).toEqual({ version: 1, folders: { [folder]: [{ name: fileName, size: backupBytes('x').length }] } });
    const restarted = { ...first, ledger: fileLedger(path.join(home, 'ledger.json')) };
    expect(await restarted.ledger.written(folder)).toEqual([{ name: fileName, size: backupBytes('x').length }]);
  });
});
