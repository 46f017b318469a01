import { addToGroup } from '@shared/collections/group';
import { Dexie, type Table } from 'dexie';
import { documentId, fileOf, REPLICATED_TABLES, type ReplicatedTable, travels } from '@shared/sync/documents';
import type { Version } from '@shared/sync/winner';
import type { LocalSide } from '@/sync/engine';
import { type LocalChange, readChanges, type RecordContent, type Replica, writeLocalChanges } from '@/sync/replica';
import type { KelisimDb } from '../db';
import { refusesAuditArrival } from './audit-arrivals';
import { thisDevice } from './device';
import { markArrivals, OUTBOX, type OutboxEntry } from './outbox';

/** The revision a record shows on this PC, and those of its other versions. */
export interface SyncRevs {
  id: string;
  shown: string;
  others: string[];
}

/** A record with versions to settle, as the conflicts list shows it. */
export interface SyncConflict {
  id: string;
  table: ReplicatedTable;
  recordId: string;
  shown: Version<RecordContent>;
  others: Version<RecordContent>[];
}

const SETTING_APPLIED = 'sync.appliedSeq';

type AnyTable = Table<Record<string, unknown>, string>;

function tableOf(db: KelisimDb, name: string): AnyTable {
  return db.table(name);
}

const revsTable = (db: KelisimDb) => db.table<SyncRevs, string>('syncRevs');
const conflictsTable = (db: KelisimDb) => db.table<SyncConflict, string>('syncConflicts');
const outboxTable = (db: KelisimDb) => db.table<OutboxEntry, number>(OUTBOX);

const SETTING_PUSHED = 'sync.pushedSeq';

async function pushedSeq(db: KelisimDb): Promise<number> {
  return ((await db.settings.get(SETTING_PUSHED))?.value as number | undefined) ?? 0;
}

/**
 * The bytes of files handed to the replica and not yet on the server, at most (a larger file goes
 * alone). PouchDB sends what the replica holds beyond the server in batches of one JSON request
 * each, files in base64: a first sync's hundreds of photos in one batch would make a string longer
 * than the browser's longest (about 500 million characters) and fail every time. The rest follows
 * with the engine's next pushes, each after the server has the previous files.
 */
export const FILE_BYTES_PER_PUSH = 64 * 1024 * 1024;
const SETTING_FILES_HANDED = 'sync.filesHanded';

const idOf = (entry: OutboxEntry) => documentId(entry.table as ReplicatedTable, entry.recordId);

/** The records an outbox batch names, by document id, read with one query per table. */
async function recordsOf(db: KelisimDb, batch: readonly OutboxEntry[]): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const table of new Set(batch.map((entry) => entry.table))) {
    const keys = [...new Set(batch.filter((entry) => entry.table === table).map((entry) => entry.recordId))];
    const rows = await tableOf(db, table).bulkGet(keys);
    for (const [index, row] of rows.entries())
      if (row) found.set(documentId(table as ReplicatedTable, keys[index] ?? ''), row);
  }
  return found;
}

/**
 * Hands the changes made on this PC to the replica, oldest first, each as the child of the
 * revision the PC showed, and returns the outbox position handed so far. The record is read as it
 * is now, so several changes to one record make one revision. Entries stay in the outbox until the
 * server has them (confirmPushed): the outbox is what the header counts as waiting.
 */
export async function pushOutbox(
  db: KelisimDb,
  replica: Replica,
  device: string,
  now: () => string,
  fileBudget = FILE_BYTES_PER_PUSH,
): Promise<number> {
  let done = await pushedSeq(db);
  let files = ((await db.settings.get(SETTING_FILES_HANDED))?.value as number | undefined) ?? 0;
  for (;;) {
    if (files >= fileBudget) return done;
    const batch = await outboxTable(db).where('seq').above(done).limit(200).toArray();
    if (batch.length === 0) return done;
    // A batch is read with one query per table and written with one write of the replica: a write
    // per record made a first sync of 20,000 records take four times as long (npm run bench).
    const found = await recordsOf(db, batch);
    const shownRevs = await revsTable(db).bulkGet(batch.map((entry) => idOf(entry)));
    const seen = new Set<string>();
    const changes: (LocalChange & { id: string; others: string[] })[] = [];
    let handed = done;
    for (const [index, entry] of batch.entries()) {
      if (files >= fileBudget) break;
      handed = entry.seq ?? handed;
      const table = entry.table as ReplicatedTable;
      const id = idOf(entry);
      if (seen.has(id)) continue;
      seen.add(id);
      const record = found.get(id) ?? null;
      if (record && !travels(table, record)) continue;
      const revs = shownRevs[index];
      if (!record && !revs) continue;
      changes.push({
        id,
        table,
        recordId: entry.recordId,
        record,
        baseRev: revs?.shown ?? null,
        others: revs?.others ?? [],
      });
      if (record) files += fileOf(table, record)?.bytes.byteLength ?? 0;
    }
    const written = await writeLocalChanges(replica, changes, device, now());
    await revsTable(db).bulkPut(
      changes.map((change, index) => ({ id: change.id, shown: written[index] ?? '', others: change.others })),
    );
    done = handed;
    await db.settings.bulkPut([
      { id: SETTING_PUSHED, value: done, updatedAt: now() },
      { id: SETTING_FILES_HANDED, value: files, updatedAt: now() },
    ]);
  }
}

/** The server has everything handed to the replica up to `upTo`: those entries no longer wait. */
export async function confirmPushed(db: KelisimDb, upTo: number): Promise<void> {
  await outboxTable(db).where('seq').belowOrEqual(upTo).delete();
  if (upTo >= (await pushedSeq(db)))
    await db.settings.put({ id: SETTING_FILES_HANDED, value: 0, updatedAt: new Date().toISOString() });
}

/** Whether this PC shows exactly these versions of a record already. */
function showsThese(known: SyncRevs | undefined, shown: string, others: readonly string[]): boolean {
  return known?.shown === shown && known.others.join() === others.join();
}

/**
 * Takes what arrived in the replica into the local database: each record's shown version, its
 * other versions as a conflict to settle. A record changed here and not yet in the replica is left
 * for the next pass, after the push has made its change a version beside the one that arrived:
 * taking the arrival first would overwrite the change before it was ever written.
 */
export async function applyArrived(db: KelisimDb, replica: Replica): Promise<number> {
  let applied = 0;
  for (;;) {
    const since = ((await db.settings.get(SETTING_APPLIED))?.value as string | number | undefined) ?? 0;
    const { records, lastSeq } = await readChanges(replica, since, 200, async (id, shown, others) =>
      showsThese(await revsTable(db).get(id), shown, others),
    );
    if (records.length === 0) return applied;
    const device = await thisDevice(db);
    const tables = [...new Set(records.map((record) => record.table))];
    await db.transaction('rw', [...tables, 'syncRevs', 'syncConflicts', OUTBOX, 'settings'], async () => {
      const transaction = Dexie.currentTransaction;
      if (transaction) markArrivals(transaction.idbtrans);
      const handed = await pushedSeq(db);
      const notInReplica = await outboxTable(db).where('seq').above(handed).toArray();
      const pending = new Set(notInReplica.map((entry) => `${entry.table}/${entry.recordId}`));
      // One read of what the batch's records show here, and the writes made in bulk per table: a
      // request at a time made a joining PC's first sync three times its download.
      const shownHere = await revsTable(db).bulkGet(records.map((record) => documentId(record.table, record.recordId)));
      const puts = new Map<string, Record<string, unknown>[]>();
      const removals = new Map<string, string[]>();
      const revs: SyncRevs[] = [];
      const conflicts: SyncConflict[] = [];
      const settled: string[] = [];
      for (const [index, { table, recordId, resolution, fileLeftOut }] of records.entries()) {
        const id = documentId(table, recordId);
        if (pending.has(id)) continue;
        const arrived = resolution.shown.deleted ? null : resolution.shown.content;
        const now = new Date().toISOString();
        if (table === 'auditLog' && (await refusesAuditArrival(db, recordId, arrived, device, now))) continue;
        const known = shownHere[index];
        const others = resolution.others.map((other) => other.rev);
        if (showsThese(known, resolution.shown.rev, others)) continue;
        // Its file was left unread as shown here, which it no longer is: the batch is read again, with it.
        if (fileLeftOut) return;
        if (arrived) addToGroup(puts, table, arrived);
        else addToGroup(removals, table, recordId);
        revs.push({ id, shown: resolution.shown.rev, others });
        if (resolution.others.length > 0) {
          conflicts.push({ id, table, recordId, shown: resolution.shown, others: resolution.others });
        } else if (known && known.others.length > 0) {
          // A conflict is listed only while its record has other versions: none were known, none to settle.
          settled.push(id);
        }
        applied++;
      }
      await Promise.all([
        ...[...puts].map(([table, rows]) => tableOf(db, table).bulkPut(rows)),
        ...[...removals].map(([table, ids]) => tableOf(db, table).bulkDelete(ids)),
        revsTable(db).bulkPut(revs),
        conflictsTable(db).bulkPut(conflicts),
        conflictsTable(db).bulkDelete(settled),
      ]);
      await db.settings.put({ id: SETTING_APPLIED, value: lastSeq, updatedAt: new Date().toISOString() });
    });
  }
}

/**
 * The first sync of a PC that already holds records (the office's first PC, or one that kept
 * working alone before sync was set up): every record of the replicated tables that travels is
 * noted in the outbox once, so that it reaches the server whatever was noted before. The count is
 * the first sync's total: shipped reference rows and a PC's own settings, which never travel, are
 * not in it.
 */
export async function noteEverything(db: KelisimDb): Promise<number> {
  let noted = 0;
  for (const table of REPLICATED_TABLES) {
    await db.transaction('rw', [table, OUTBOX], async () => {
      const ids = await tableOf(db, table)
        .filter((record) => travels(table, record))
        .primaryKeys();
      await outboxTable(db).bulkAdd(ids.map((recordId) => ({ table, recordId: String(recordId) })));
      noted += ids.length;
    });
  }
  return noted;
}

/**
 * After a restore on a PC that syncs, once the server's versions are in: the records the server
 * does not have (made here after the last sync, or removed from the office since the backup) are
 * noted to go up as new records. The rest are the server's, newer than any backup.
 */
export async function noteUnknown(db: KelisimDb): Promise<number> {
  let noted = 0;
  for (const table of REPLICATED_TABLES) {
    await db.transaction('rw', [table, 'syncRevs', OUTBOX], async () => {
      const known = new Set(
        (await revsTable(db).where('id').startsWith(`${table}/`).primaryKeys()).map((id) => String(id)),
      );
      const ids = await tableOf(db, table)
        .filter((record) => travels(table, record) && !known.has(documentId(table, String(record.id))))
        .primaryKeys();
      await outboxTable(db).bulkAdd(ids.map((recordId) => ({ table, recordId: String(recordId) })));
      noted += ids.length;
    });
  }
  return noted;
}

/** Forgets what this PC knew of the server's versions: a restore replaced the records it was about. */
export async function forgetSyncState(db: KelisimDb): Promise<void> {
  await db.transaction('rw', ['syncRevs', 'syncConflicts', OUTBOX, 'settings'], async () => {
    await Promise.all([revsTable(db).clear(), conflictsTable(db).clear(), outboxTable(db).clear()]);
    await db.settings.bulkDelete([SETTING_APPLIED, SETTING_PUSHED]);
  });
}

/** The engine's hold on this PC's database: the bridge's steps, bound to one database, replica and device. */
export function localSide(db: KelisimDb, replica: Replica, device: string, now: () => string): LocalSide {
  return {
    push: () => pushOutbox(db, replica, device, now),
    confirm: (upTo) => confirmPushed(db, upTo),
    apply: () => applyArrived(db, replica),
    waiting: () => outboxTable(db).count(),
  };
}
