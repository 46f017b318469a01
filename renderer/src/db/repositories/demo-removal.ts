import { Dexie, type Table } from 'dexie';
import { z } from 'zod';
import {
  countIds,
  demoTables,
  planDemoRemoval,
  withIds,
  withoutIds,
  type DemoIds,
  type DemoRecords,
  type DemoRemovalPlan,
  type DemoTable,
  type StoredRecord,
} from '@shared/demo/demo-records';
import type { MediationCase, Person, Reception, TensionRisk } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { AccessDeniedError, authorize, authorOf, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { openMediationCase, openPerson, openReception, openRisk } from '../sealing';
import { appendAudit } from './audit';
import { DEMO_RECORDS_KEY, demoRecordsNote } from './demo-data';

/**
 * Removing the demo from Settings (administrators): only the demo's records, never what the office
 * typed, and not the demo records the office changed or refers to. What is removed is kept, as
 * stored, in a settings entry until the removal is undone (or another one replaces it).
 */

const REMOVAL_KEY = 'demoRemoval';

const removalSchema = z.object({
  at: z.string(),
  author: z.string(),
  count: z.number().int().min(0),
  records: z.partialRecord(z.enum(demoTables), z.array(z.custom<StoredRecord>((value) => typeof value === 'object'))),
});
type Removal = z.infer<typeof removalSchema>;

export interface DemoStatus {
  /** The demo as noted at its last load: when, and how many of its records are still stored. */
  loaded: { at: string; records: number } | null;
  /** The last removal, while it can be undone. */
  removal: { at: string; records: number } | null;
}

/** What a removal does (or would do): records removed by register, and those kept and why. */
export interface DemoRemovalCounts {
  removed: Record<DemoTable, number> & { total: number };
  keptEdited: number;
  keptReferenced: number;
}

function tablesOf(db: KelisimDb): Record<DemoTable, Table<StoredRecord, string>> {
  return Object.fromEntries(demoTables.map((name) => [name, db.table(name)])) as Record<
    DemoTable,
    Table<StoredRecord, string>
  >;
}

/** Every table a record naming a demo record can be in, and what a removal writes. */
function removalTables(db: KelisimDb): Table[] {
  return [...Object.values(tablesOf(db)), db.attachments, db.settings, db.auditLog];
}

async function readRemoval(scope: Scope): Promise<Removal | undefined> {
  const parsed = removalSchema.safeParse((await scope.db.settings.get(REMOVAL_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function demoDataStatus(scope: Scope): Promise<DemoStatus> {
  authorize(scope, 'settings');
  const note = await demoRecordsNote(scope);
  const removal = await readRemoval(scope);
  const records = note ? countIds(note.ids) : 0;
  return {
    loaded: note && records > 0 ? { at: note.loadedAt, records } : null,
    removal: removal ? { at: removal.at, records: removal.count } : null,
  };
}

/** Confidential content opened, so that a person named only inside it still counts as named. */
function opened(scope: Scope, table: string, records: StoredRecord[]): Promise<StoredRecord[]> {
  const open = {
    receptions: (record: StoredRecord) => openReception(scope.keys, record as unknown as Reception),
    tensionRisks: (record: StoredRecord) => openRisk(scope.keys, record as unknown as TensionRisk),
    mediationCases: (record: StoredRecord) => openMediationCase(scope.keys, record as unknown as MediationCase),
    people: (record: StoredRecord) => openPerson(scope.keys, record as unknown as Person),
  }[table];
  if (!open) return Promise.resolve(records);
  return Dexie.waitFor(
    Promise.all(
      records.map(async (record) => (record.sealed ? ((await open(record)) as unknown as StoredRecord) : record)),
    ),
  );
}

/** The plan over the database as it is now; run inside the caller's transaction. */
async function currentPlan(scope: Scope, note: DemoRecords): Promise<DemoRemovalPlan> {
  // Without the field keys a sealed reception could name a demo person unseen.
  if (!scope.keys) throw new AccessDeniedError('view-confidential');
  const { db } = scope;
  const tables = new Map<string, StoredRecord[]>();
  for (const [name, table] of Object.entries({ ...tablesOf(db), attachments: db.attachments }))
    tables.set(
      name,
      await opened(scope, name, (await (table as Table<StoredRecord, string>).toArray()) as StoredRecord[]),
    );
  return planDemoRemoval(note.ids, tables);
}

function countsOf(plan: DemoRemovalPlan): DemoRemovalCounts {
  const removed = Object.fromEntries(demoTables.map((table) => [table, plan.remove[table]?.length ?? 0])) as Record<
    DemoTable,
    number
  >;
  return {
    removed: { ...removed, total: countIds(plan.remove) },
    keptEdited: countIds(plan.keptEdited),
    keptReferenced: countIds(plan.keptReferenced),
  };
}

/** What removing the demo would do now, for the confirmation; changes nothing. */
export async function previewDemoRemoval(scope: Scope): Promise<DemoRemovalCounts> {
  authorize(scope, 'settings');
  const { db } = scope;
  return db.transaction('r', removalTables(db), async () => {
    const note = await demoRecordsNote(scope);
    return countsOf(note ? await currentPlan(scope, note) : { remove: {}, keptEdited: {}, keptReferenced: {} });
  });
}

function auditCounts(counts: DemoRemovalCounts): Record<string, number> {
  return { ...counts.removed, keptEdited: counts.keptEdited, keptReferenced: counts.keptReferenced };
}

/**
 * Removes the demo records that may go, in one transaction with the audit entry; they stay in the
 * undo entry as stored (sealed content sealed), and out of the demo's list. The caller makes a
 * backup first.
 */
export async function removeDemoData(scope: Scope): Promise<DemoRemovalCounts> {
  authorize(scope, 'settings');
  const { db } = scope;
  return db.transaction('rw', removalTables(db), async () => {
    const note = await demoRecordsNote(scope);
    if (!note) return countsOf({ remove: {}, keptEdited: {}, keptReferenced: {} });
    const plan = await currentPlan(scope, note);
    const counts = countsOf(plan);
    if (counts.removed.total === 0) return counts;
    const records: Removal['records'] = {};
    const tables = tablesOf(db);
    for (const table of demoTables) {
      const ids = plan.remove[table] ?? [];
      if (ids.length === 0) continue;
      records[table] = (await tables[table].bulkGet(ids)).filter((record) => record !== undefined);
      await tables[table].bulkDelete(ids);
    }
    const at = nowTimestamp();
    const removal: Removal = { at, author: authorOf(scope.actor), count: counts.removed.total, records };
    await db.settings.put({ id: REMOVAL_KEY, value: removal, updatedAt: at });
    await db.settings.put({ id: DEMO_RECORDS_KEY, value: withoutIds(note, plan.remove), updatedAt: at });
    await appendAudit(scope, 'demo-remove', { details: auditCounts(counts) });
    return counts;
  });
}

/**
 * Puts the removed demo records back as they were, and into the demo's list again. A record whose
 * id is stored again meanwhile is left as it is.
 */
export async function undoDemoRemoval(scope: Scope): Promise<{ restored: number }> {
  authorize(scope, 'settings');
  const { db } = scope;
  return db.transaction('rw', removalTables(db), async () => {
    const removal = await readRemoval(scope);
    if (!removal) return { restored: 0 };
    const tables = tablesOf(db);
    const back: DemoIds = {};
    for (const table of demoTables) {
      const records = removal.records[table] ?? [];
      const present = new Set(
        (await tables[table].bulkGet(records.map((record) => record.id))).flatMap((record) =>
          record ? [record.id] : [],
        ),
      );
      const missing = records.filter((record) => !present.has(record.id));
      await tables[table].bulkAdd(missing);
      back[table] = missing.map((record) => record.id);
    }
    const note = await demoRecordsNote(scope);
    const at = nowTimestamp();
    const listed: DemoRecords = note
      ? { ...note, ids: withIds(note.ids, back) }
      : { loadedAt: removal.at, loads: 1, ids: back };
    await db.settings.put({ id: DEMO_RECORDS_KEY, value: listed, updatedAt: at });
    await db.settings.delete(REMOVAL_KEY);
    const restored = countIds(back);
    await appendAudit(scope, 'demo-restore', { details: { restored } });
    return { restored };
  });
}
