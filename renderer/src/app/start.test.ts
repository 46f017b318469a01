import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupWriteResult } from '@shared/desktop/api';
import { restoreBackup } from '@/backup/backup-service';
import { appDb } from '@/db/app-db';
import { readBackupHeader } from '@/db/backup-file';
import { backupOfDatabase } from '@/db/backups';
import { declareVersions, DATABASE_NAME, SCHEMA_VERSION } from '@/db/db';
import { stamp } from '@/db/schema/migration-harness';
import { sessionState } from '@/db/session';
import { openTestDb } from '@/db/test-db';
import { MANIFEST_REFRESH_DELAY_MS, startApplication } from './start';

/** What main answers, for each test to set: the manifest it keeps and how writing a backup goes. */
const machine = vi.hoisted(() => ({
  manifest: null as string | null,
  written: [] as { reason: string; data: Uint8Array; versionOnDisk: number }[],
  answer: null as unknown,
}));

async function versionOnDisk(): Promise<number> {
  const db = new Dexie(DATABASE_NAME);
  await db.open();
  db.close();
  return db.verno;
}

vi.mock('@/desktop', () => ({
  desktop: {
    runtime: 'desktop',
    appVersion: async () => '0.1.0',
    auditKey: async () => new Uint8Array(32).fill(5),
    readManifest: async () => machine.manifest,
    writeManifest: async (text: string) => {
      machine.manifest = text;
    },
    async writeBackup(reason: string, data: Uint8Array): Promise<BackupWriteResult> {
      machine.written.push({ reason, data, versionOnDisk: await versionOnDisk() });
      return (
        (machine.answer as BackupWriteResult | null) ?? {
          saved: true,
          fileName: `kelisim-20261121-100000-0123456789ab-${reason}.klsbak`,
          secondFolder: 'not-set',
        }
      );
    },
  },
}));
vi.mock('@/reference/reference-files', () => ({ loadEthnicGroupSeeds: async () => [] }));

/** The office's database as an older build left it: version 4, one person, and whatever `extra` adds. */
async function leftByVersion4(extra: (db: Dexie) => Promise<unknown> = async () => undefined): Promise<void> {
  const db = new Dexie(DATABASE_NAME);
  declareVersions(db, 4);
  await db.open();
  await db.table('people').add({ ...stamp, id: 'p1', surname: 'Ким', givenName: 'Марина', searchTokens: [] });
  await extra(db);
  db.close();
}

beforeEach(() => {
  vi.stubGlobal('navigator', {});
  // What the start logs for the developer console; the results say what happened.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  machine.manifest = null;
  machine.written = [];
  machine.answer = null;
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  appDb.close();
  await Dexie.delete(DATABASE_NAME);
});

describe('start over a database of an older version', () => {
  it('writes a backup of it as it is before the upgrade runs, and records it in the audit log once upgraded', async () => {
    await leftByVersion4();
    expect(await startApplication()).toEqual({ ok: true });

    expect(machine.written.map(({ reason, versionOnDisk }) => ({ reason, versionOnDisk }))).toEqual([
      { reason: 'before-migration', versionOnDisk: 4 },
    ]);
    const { header } = readBackupHeader(new Uint8Array(machine.written[0]?.data ?? []));
    expect(header).toMatchObject({ reason: 'before-migration', schemaVersion: 4, records: 1 });

    expect(appDb.verno).toBe(SCHEMA_VERSION);
    const [entry] = await appDb.auditLog.toArray();
    expect(entry).toMatchObject({ action: 'backup', details: { reason: 'before-migration' }, link: 'hmac-sha256' });
    expect(JSON.parse(machine.manifest ?? '{}')).toMatchObject({ auditHead: { seq: 1, hash: entry?.hash } });
  });

  it('makes no backup when the database is of this version', async () => {
    await startApplication();
    appDb.close();
    expect(await startApplication()).toEqual({ ok: true });
    expect(machine.written).toEqual([]);
  });

  it('counts the records for the manifest only once the start is over, not before the sign-in screen', async () => {
    await leftByVersion4();
    await startApplication();
    appDb.close();
    machine.manifest = JSON.stringify({ records: 1, counts: { people: 1 }, updatedAt: stamp.updatedAt });
    await appDb.open();
    await appDb.people.add({ ...stamp, id: 'p2', surname: 'Ли', givenName: 'Инна', searchTokens: [] } as never);
    appDb.close();

    const later: { task: () => void; ms: number }[] = [];
    expect(await startApplication((task, ms) => later.push({ task, ms }))).toEqual({ ok: true });
    expect(JSON.parse(machine.manifest ?? '{}')).toMatchObject({ records: 1 });
    expect(later.map(({ ms }) => ms)).toEqual([MANIFEST_REFRESH_DELAY_MS]);

    later[0]?.task();
    await vi.waitFor(() => expect(JSON.parse(machine.manifest ?? '{}')).toMatchObject({ records: 2 }));
  });

  it('stops at the lost-data screen when the database opens empty while the manifest says it held records', async () => {
    machine.manifest = JSON.stringify({ records: 40, counts: { people: 40 }, updatedAt: stamp.updatedAt });
    expect(await startApplication()).toMatchObject({ ok: false, guard: { reason: 'database-empty' } });
  });

  it.each([
    ['folder-missing', 'migration-backup'],
    ['disk-full', 'quota'],
  ] as const)(
    'leaves the database unopened and as it was when the backup is not written (%s)',
    async (problem, failure) => {
      await leftByVersion4();
      machine.answer = { saved: false, problem };
      expect(await startApplication()).toEqual({ ok: false, failure });
      expect(await versionOnDisk()).toBe(4);
    },
  );

  it('lets a backup be restored over a database whose upgrade failed', async () => {
    // Two audit entries with one sequence number: version 5's unique index cannot be built on them.
    await leftByVersion4((db) =>
      db.table('auditLog').bulkAdd([
        { id: 'a1', seq: 1, at: stamp.createdAt },
        { id: 'a2', seq: 1, at: stamp.createdAt },
      ]),
    );
    machine.manifest = JSON.stringify({ records: 1, counts: { people: 1 }, updatedAt: stamp.updatedAt });
    expect(await startApplication()).toMatchObject({ ok: false, guard: { reason: 'database-failed' } });
    expect(machine.written.map(({ reason }) => reason)).toEqual(['before-migration']);
    expect(sessionState.actor()).toEqual({ kind: 'setup' });

    const source = await openTestDb();
    await source.people.add({ ...stamp, id: 'p2', surname: 'Ли', givenName: 'Инна', searchTokens: [] } as never);
    const { bytes } = await backupOfDatabase(source, {
      reason: 'manual',
      appVersion: '0.1.0',
      at: new Date(),
      schemaVersion: SCHEMA_VERSION,
    });
    // The header counts every row: the person and the source database's PC id (settings).
    expect(await restoreBackup(bytes, { allowUnencrypted: true })).toEqual({ ok: true, records: 2 });
    expect((await appDb.people.toArray()).map((person) => person.surname)).toEqual(['Ли']);
    // Nothing could be read to save first: the only backups are the one before the upgrade and the one restored.
    expect(machine.written.map(({ reason }) => reason)).toEqual(['before-migration']);
  });
});
