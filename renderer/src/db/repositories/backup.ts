import { Dexie, type Table } from 'dexie';
import type { BackupPayload } from '../backup-file';
import { payloadBytes } from '../backup-file';
import { fileHash } from '@shared/audit/chain';
import { authorize, type Scope } from '../access';
import { declareVersions, KelisimDb } from '../db';
import { DEVICE_SETTING } from '../sync/device-id';
import { DATA_TABLES } from '@shared/model/tables';

/** The tables that hold the office's own work: when all are empty, the database has lost its data. */
export { DATA_TABLES };

/**
 * Every table, every record, in primary-key order: what a backup holds. Not a repository call:
 * only the backup writer in this layer uses it, and what it returns leaves the layer encrypted.
 */
export async function exportDatabase(db: Dexie): Promise<BackupPayload> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return { tables };
}

/** How many records each table holds, by index counts. */
export async function tableCounts(db: KelisimDb): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(entries);
}

export function dataRecords(counts: Record<string, number>): number {
  return DATA_TABLES.reduce((sum, name) => sum + (counts[name] ?? 0), 0);
}

export class RestoreVerificationError extends Error {
  constructor() {
    super('restored data does not match the backup');
    this.name = 'RestoreVerificationError';
  }
}

/**
 * Replaces the whole database with a backup in one transaction, then reads it back and compares
 * the checksum with the backup's: a restore either gives exactly the saved records or fails.
 */
export async function replaceDatabase(scope: Scope, payload: BackupPayload, expectedChecksum: string): Promise<void> {
  authorize(scope, 'restore');
  const { db } = scope;
  const known = new Map(db.tables.map((table) => [table.name, table as Table<unknown, unknown>]));
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const [name, rows] of Object.entries(payload.tables)) {
      const table = known.get(name);
      if (table) await table.bulkAdd(rows);
    }
  });
  const restored = await exportDatabase(db);
  const comparable: BackupPayload = {
    tables: Object.fromEntries(
      Object.keys(payload.tables)
        .filter((name) => known.has(name))
        .map((name) => [name, restored.tables[name] ?? []]),
    ),
  };
  if (fileHash(payloadBytes(comparable)) !== expectedChecksum) throw new RestoreVerificationError();
}

/**
 * A backup made by an older version of Kelisim: its records are written into a scratch database of
 * that version, which the full schema chain then migrates, and the migrated records are returned.
 */
export async function migratePayload(
  payload: BackupPayload,
  fromVersion: number,
  device?: string,
): Promise<BackupPayload> {
  const name = `kelisim-restore-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  declareVersions(old, fromVersion);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables) {
      const rows = payload.tables[table.name];
      if (rows) await table.bulkAdd(rows);
    }
    // Before version 12 the log was one chain, the restoring PC's own: its migration names it so.
    if (device && fromVersion < 12 && old.tables.some((table) => table.name === 'settings'))
      await old.table('settings').put({ id: DEVICE_SETTING, value: device, updatedAt: new Date().toISOString() });
  });
  old.close();
  const migrated = new KelisimDb(name);
  try {
    await migrated.open();
    return await exportDatabase(migrated);
  } finally {
    migrated.close();
    await Dexie.delete(name);
  }
}
