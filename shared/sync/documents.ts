/**
 * How a record of the local database travels as a CouchDB document. One document per record,
 * `<table>/<record id>`, holding the record exactly as stored (confidential content already sealed,
 * so the server only ever holds ciphertext), the device that wrote this revision and when the
 * record changed, which decides between concurrent versions (winner.ts).
 */
import { DATA_TABLES } from '../model/tables';

/** The tables whose records the office shares. What is per PC (sessions, sync bookkeeping) is not here. */
export const REPLICATED_TABLES = [
  ...DATA_TABLES,
  'directories',
  'ethnicGroups',
  'places',
  'importBatches',
  'importChanges',
  'exchangePackages',
  'exchangePackageRows',
  'settings',
] as const;
export type ReplicatedTable = (typeof REPLICATED_TABLES)[number];

const replicated = new Set<string>(REPLICATED_TABLES);

export function isReplicatedTable(table: string): table is ReplicatedTable {
  return replicated.has(table);
}

export interface SyncDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  table: ReplicatedTable;
  /** The record as stored; absent in the tombstone of a record removed for good. */
  record?: Record<string, unknown>;
  /** When this version was made: the record's own `updatedAt`, or the removal's time. */
  changedAt: string;
  /** The PC that made this version. */
  device: string;
}

export function documentId(table: ReplicatedTable, recordId: string): string {
  return `${table}/${recordId}`;
}

export function parseDocumentId(id: string): { table: ReplicatedTable; recordId: string } | null {
  const slash = id.indexOf('/');
  if (slash <= 0) return null;
  const table = id.slice(0, slash);
  const recordId = id.slice(slash + 1);
  return isReplicatedTable(table) && recordId ? { table, recordId } : null;
}

/**
 * The settings that are the office's rather than one PC's: the key ring (which field-key versions
 * exist and the recovery key's seal; the field keys travel sealed to each operator on their operator
 * record), the office's profile, the monitoring thresholds, the working calendar and the district
 * keys an oblast pinned. The rest (language, this PC's id, sync bookkeeping, the first run) stay.
 */
const OFFICE_SETTINGS = new Set(['keyring', 'officeProfile', 'monitoring', 'workingCalendar']);

export function isOfficeSetting(id: string): boolean {
  return OFFICE_SETTINGS.has(id) || id.startsWith('districtSigningKey:');
}

/** Whether a change to a record of a replicated table is the office's to share (settings: only the office's). */
export function isSharedRecord(table: string, id: unknown): boolean {
  return table !== 'settings' || (typeof id === 'string' && isOfficeSetting(id));
}

/** The author of the reference rows every copy of Kelisim writes for itself at start. */
export const SHIPPED_AUTHOR = 'kelisim';

/**
 * Whether a record is the office's own rather than reference data every copy of Kelisim ships:
 * classifier places (КАТО), shipped directory entries and ethnic groups stay out until the office
 * changes them (an edit makes the office the author), places and entries the office added travel.
 * Content not yet sealed waits until a session with the key seals it, so the server never receives
 * it in clear.
 */
export function travels(table: ReplicatedTable, record: Record<string, unknown>): boolean {
  if (record.unsealed) return false;
  if (table === 'settings') return typeof record.id === 'string' && isOfficeSetting(record.id);
  if (table === 'places') return record.custom === true;
  if (table === 'directories' || table === 'ethnicGroups') return record.author !== SHIPPED_AUTHOR;
  return true;
}

/** When a stored record last changed, for records that carry no `updatedAt` of their own. */
function changedAtOf(record: Record<string, unknown>, fallback: string): string {
  for (const field of ['updatedAt', 'at', 'receivedAt', 'createdAt'] as const) {
    const value = record[field];
    if (typeof value === 'string' && value) return value;
  }
  return fallback;
}

export function toDocument(
  table: ReplicatedTable,
  record: Record<string, unknown>,
  device: string,
  now: string,
): SyncDocument {
  return {
    _id: documentId(table, String(record.id)),
    table,
    record,
    changedAt: changedAtOf(record, now),
    device,
  };
}

export function tombstone(table: ReplicatedTable, recordId: string, device: string, now: string): SyncDocument {
  return { _id: documentId(table, recordId), _deleted: true, table, changedAt: now, device };
}
