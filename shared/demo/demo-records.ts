import { z } from 'zod';

/**
 * Which records the demo made. Demo records look like any other (the generator fills them as an
 * office would), so the data layer notes their ids in a settings entry when it loads them: nothing
 * in the records or the schema changes, and a backup or a restore carries the note with them.
 */
export const demoTables = [
  'people',
  'associations',
  'memberships',
  'workingGroups',
  'visits',
  'events',
  'receptions',
  'population',
  'tensionRisks',
  'councils',
  'mediationCases',
  'plans',
  'planItems',
  'publications',
  'receptionSessions',
] as const;
export type DemoTable = (typeof demoTables)[number];

export type DemoIds = Partial<Record<DemoTable, string[]>>;

export const demoRecordsSchema = z.object({
  loadedAt: z.string(),
  /** How many times a demo was loaded: each load after the first draws other records (and ids). */
  loads: z.number().int().min(1),
  ids: z.partialRecord(z.enum(demoTables), z.array(z.string())),
});
export type DemoRecords = z.infer<typeof demoRecordsSchema>;

/** Both lists of ids, table by table, each id once. */
export function withIds(ids: DemoIds, more: DemoIds): DemoIds {
  const merged: DemoIds = { ...ids };
  for (const table of demoTables) {
    const added = more[table] ?? [];
    if (added.length > 0) merged[table] = [...new Set([...(merged[table] ?? []), ...added])];
  }
  return merged;
}

/** Adds the ids of one more load to what was noted before. */
export function withLoad(previous: DemoRecords | undefined, ids: DemoIds, at: string): DemoRecords {
  return { loadedAt: at, loads: (previous?.loads ?? 0) + 1, ids: withIds(previous?.ids ?? {}, ids) };
}

/** Takes ids out of the note (removed records), or puts them back (an undone removal). */
export function withoutIds(note: DemoRecords, removed: DemoIds): DemoRecords {
  const ids: DemoIds = {};
  for (const table of demoTables) {
    const gone = new Set(removed[table] ?? []);
    const left = (note.ids[table] ?? []).filter((id) => !gone.has(id));
    if (left.length > 0) ids[table] = left;
  }
  return { ...note, ids };
}

export function countIds(ids: DemoIds): number {
  return demoTables.reduce((sum, table) => sum + (ids[table]?.length ?? 0), 0);
}

/** A stored record as the plan reads it: its id, its times, and whatever fields name other records. */
export interface StoredRecord {
  id: string;
  createdAt?: string;
  updatedAt?: string;
  deletedAt?: string;
  [field: string]: unknown;
}

export interface DemoRemovalPlan {
  /** Demo records to remove. */
  remove: DemoIds;
  /** Demo records the office changed since they were loaded: theirs now, so kept. */
  keptEdited: DemoIds;
  /** Demo records the office's records name (a reception of a demo person, say), or kept ones do: kept. */
  keptReferenced: DemoIds;
}

/** The ids among `wanted` that a record names anywhere in its fields (its own id aside). */
function mentions(record: StoredRecord, wanted: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (wanted.has(value)) found.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
  };
  for (const [field, value] of Object.entries(record)) if (field !== 'id' && field !== 'sealed') walk(value);
  return found;
}

/**
 * Which demo records may go. A demo record stays when the office changed it since it was loaded (its
 * times differ; a deleted one goes all the same), or when any record that stays names it — the
 * office's own records, deleted ones too (they can be brought back), and demo records kept, so
 * that nothing left behind names a record that is gone. Records are given as stored, with sealed
 * content opened, in `tables` (every table that can name a demo record).
 */
export function planDemoRemoval(ids: DemoIds, tables: ReadonlyMap<string, readonly StoredRecord[]>): DemoRemovalPlan {
  const tableOf = new Map<string, DemoTable>();
  for (const table of demoTables) for (const id of ids[table] ?? []) tableOf.set(id, table);
  const byId = new Map<string, StoredRecord>();
  const candidates = new Set<string>();
  const keptEdited: DemoIds = {};
  for (const table of demoTables) {
    for (const record of tables.get(table) ?? []) {
      if (tableOf.get(record.id) !== table) continue;
      byId.set(record.id, record);
      if (!record.deletedAt && record.updatedAt !== record.createdAt) (keptEdited[table] ??= []).push(record.id);
      else candidates.add(record.id);
    }
  }
  const referenced = new Set<string>();
  const queue: string[] = [];
  const keep = (id: string) => {
    if (referenced.has(id)) return;
    referenced.add(id);
    queue.push(id);
  };
  for (const records of tables.values())
    for (const record of records) if (!candidates.has(record.id)) mentions(record, candidates).forEach(keep);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const record = byId.get(id);
    if (record) mentions(record, candidates).forEach(keep);
  }
  const remove: DemoIds = {};
  const keptReferenced: DemoIds = {};
  for (const id of candidates) {
    const table = tableOf.get(id);
    if (table) ((referenced.has(id) ? keptReferenced : remove)[table] ??= []).push(id);
  }
  return { remove, keptEdited, keptReferenced };
}
