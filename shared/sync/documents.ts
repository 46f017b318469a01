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
  // A form mapped on one PC is filled from any PC of the office.
  'authorityForms',
  // Every PC's audit chain is on every PC: each entry names its PC and is never changed after.
  'auditLog',
  // Only the office's settings (isOfficeSetting), never a PC's own.
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
  /** The record as stored, but for its file; absent in the tombstone of a record removed for good. */
  record?: Record<string, unknown>;
  /** A record's file (FILE_ATTACHMENT), as CouchDB holds attachments: base64 when written, a stub when listed. */
  _attachments?: Record<string, { content_type: string; data?: unknown; stub?: boolean; digest?: string }>;
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
 * record), the office's profile, the monitoring thresholds, the working calendar, the margins of its
 * Word documents and the district keys an oblast pinned. The rest (language, this PC's id, sync bookkeeping, the first run) stay.
 */
const OFFICE_SETTINGS = new Set(['keyring', 'officeProfile', 'monitoring', 'workingCalendar', 'wordLayout']);

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

/**
 * Records that hold a file: an event's photos and programmes (up to 25 MB). The bytes travel as the
 * document's CouchDB attachment `data`, not inside `record`, where JSON would turn them into an
 * object of numbers and a 25 MB file into a document every changes read would carry. CouchDB keeps
 * an attachment per revision (by digest, stored once), so a conflict keeps each version's bytes.
 */
const FILE_FIELDS: Partial<Record<ReplicatedTable, { bytes: string; type: string }>> = {
  attachments: { bytes: 'data', type: 'mimeType' },
  authorityForms: { bytes: 'template', type: 'mimeType' },
};

/** The name of the document's CouchDB attachment that holds the record's file. */
export const FILE_ATTACHMENT = 'data';

export function holdsFile(table: ReplicatedTable): boolean {
  return FILE_FIELDS[table] !== undefined;
}

/** The record's file, for the document's attachment; null for tables without files. */
export function fileOf(
  table: ReplicatedTable,
  record: Record<string, unknown>,
): { contentType: string; bytes: Uint8Array } | null {
  const fields = FILE_FIELDS[table];
  const bytes = fields && record[fields.bytes];
  if (!fields || !(bytes instanceof Uint8Array)) return null;
  const type = record[fields.type];
  return { contentType: typeof type === 'string' && type ? type : 'application/octet-stream', bytes };
}

/** The record as it travels in `record`: everything but its file. */
function withoutFile(table: ReplicatedTable, record: Record<string, unknown>): Record<string, unknown> {
  const fields = FILE_FIELDS[table];
  if (!fields || !(fields.bytes in record)) return record;
  const { [fields.bytes]: _file, ...rest } = record;
  return rest;
}

/** The record as stored again on arrival, its file's bytes back in their field. */
export function withFile(
  table: ReplicatedTable,
  record: Record<string, unknown>,
  bytes: Uint8Array,
): Record<string, unknown> {
  const fields = FILE_FIELDS[table];
  return fields ? { ...record, [fields.bytes]: bytes } : record;
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
    record: withoutFile(table, record),
    changedAt: changedAtOf(record, now),
    device,
  };
}

export function tombstone(table: ReplicatedTable, recordId: string, device: string, now: string): SyncDocument {
  return { _id: documentId(table, recordId), _deleted: true, table, changedAt: now, device };
}
