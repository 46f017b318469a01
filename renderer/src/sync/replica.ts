import type { Database, StoredDocument } from 'pouchdb-core';
import {
  parseDocumentId,
  type ReplicatedTable,
  type SyncDocument,
  tombstone,
  toDocument,
} from '@shared/sync/documents';
import { resolve, type Resolution, type Version } from '@shared/sync/winner';

/**
 * The PC's replica of the office database: a PouchDB database whose documents mirror the records of
 * the replicated tables. PouchDB's replicator moves it to and from the office's CouchDB; this
 * module is the only one that writes it, from local changes, and reads what arrived.
 */
export type Replica = Database;

type Stored = StoredDocument & Partial<Omit<SyncDocument, '_id' | '_rev' | '_deleted'>>;

export type RecordContent = Record<string, unknown> | null;

function versionOf(doc: Stored): Version<RecordContent> {
  return {
    rev: doc._rev,
    deleted: doc._deleted === true,
    changedAt: doc.changedAt ?? '',
    device: doc.device ?? '',
    content: doc._deleted ? null : (doc.record ?? null),
  };
}

/** A revision id for a version written here: CouchDB's form `N-hash`, the hash random as PouchDB's own. */
function nextRevision(base: string | null): { rev: string; revisions: { start: number; ids: string[] } } {
  const hash = crypto.randomUUID().replaceAll('-', '');
  if (!base) return { rev: `1-${hash}`, revisions: { start: 1, ids: [hash] } };
  const dash = base.indexOf('-');
  const start = Number.parseInt(base.slice(0, dash), 10) + 1;
  return { rev: `${start}-${hash}`, revisions: { start, ids: [hash, base.slice(dash + 1)] } };
}

/**
 * Writes one version as the child of a given revision, whether or not that revision is still a
 * leaf here: when another PC's change to the same version has arrived in the meantime, the two
 * become concurrent versions (a conflict, both kept) instead of one silently replacing the other.
 */
async function writeOnto(replica: Replica, doc: SyncDocument, base: string | null): Promise<string> {
  const { rev, revisions } = nextRevision(base);
  await replica.bulkDocs([{ ...doc, _rev: rev, _revisions: revisions }], { new_edits: false });
  return rev;
}

export interface LocalChange {
  table: ReplicatedTable;
  recordId: string;
  /** The record as now stored; null when it was removed for good. */
  record: RecordContent;
  /**
   * The revision the local database showed when the change was made (null for a new record): the
   * change is written as its child, so that it replaces only what the user saw.
   */
  baseRev: string | null;
}

/** Writes a change made on this PC and returns its revision, the record's base for its next change. */
export async function writeLocalChange(
  replica: Replica,
  change: LocalChange,
  device: string,
  now: string,
): Promise<string> {
  const doc = change.record
    ? toDocument(change.table, change.record, device, now)
    : tombstone(change.table, change.recordId, device, now);
  return writeOnto(replica, doc, change.baseRev);
}

export interface ArrivedRecord {
  table: ReplicatedTable;
  recordId: string;
  resolution: Resolution<RecordContent>;
}

/**
 * What changed in the replica since a sequence, each record with the version to show and the
 * others kept: the local database takes the shown one and lists the others as a conflict.
 */
export async function readChanges(
  replica: Replica,
  since: string | number,
  limit = 500,
): Promise<{ records: ArrivedRecord[]; lastSeq: string | number }> {
  const feed = await replica.changes({ since, limit, include_docs: true, conflicts: true, style: 'main_only' });
  const records: ArrivedRecord[] = [];
  for (const change of feed.results) {
    const parsed = parseDocumentId(change.id);
    if (!parsed || !change.doc) continue;
    const winner: Stored = change.doc;
    const leaves = [versionOf(winner)];
    if (winner._conflicts?.length) {
      const others = await replica.get(change.id, { open_revs: winner._conflicts });
      for (const other of others) if (other.ok) leaves.push(versionOf(other.ok));
    }
    records.push({ ...parsed, resolution: resolve(leaves) });
  }
  return { records, lastSeq: feed.last_seq };
}

/**
 * Settles a conflict: the chosen or merged content becomes the child of the shown version, and the
 * other versions the editor saw are closed. A version that arrived after the editor looked is not
 * closed, so the record is listed again with it; another PC settling the same conflict at the same
 * time makes a new conflict between the two settlements, shown the same way everywhere.
 */
export async function settleConflict(
  replica: Replica,
  settled: { table: ReplicatedTable; recordId: string; content: Record<string, unknown> },
  seen: { shownRev: string; otherRevs: readonly string[] },
  device: string,
  now: string,
): Promise<string> {
  const { table, recordId, content } = settled;
  const rev = await writeOnto(replica, toDocument(table, content, device, now), seen.shownRev);
  for (const other of seen.otherRevs) await writeOnto(replica, tombstone(table, recordId, device, now), other);
  return rev;
}
