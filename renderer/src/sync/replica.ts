import type { Database, StoredDocument } from 'pouchdb-core';
import {
  FILE_ATTACHMENT,
  fileOf,
  holdsFile,
  parseDocumentId,
  type ReplicatedTable,
  type SyncDocument,
  tombstone,
  toDocument,
  withFile,
} from '@shared/sync/documents';
import { resolve, type Resolution, type Version } from '@shared/sync/winner';
import { fromBase64, toBase64 } from '@/security/encoding';

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

/**
 * The replica as the target of a pull from the server. PouchDB 9's replicator, pulling a version
 * whose file differs from the one this PC shows, asks the server for the file without naming the
 * version (pouchdb-replication, getDocs: `src.getAttachment(doc._id, filename)`), and so receives
 * the server's winning version's file: a conflicting version would arrive with the other's bytes.
 * Seen as remote, the replica makes the replicator fetch every file from the server by revision;
 * all else (its writes, checkpoints, events) goes to the replica itself.
 */
export function pullTarget(replica: Replica): Replica {
  return new Proxy(replica, {
    get(target, property) {
      if (property === '_remote') return true;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
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

/**
 * A record's document with its file, if it holds one, as the document's attachment. Base64 is the
 * form PouchDB takes in the browser and in Node alike, and what CouchDB's own JSON carries.
 */
function documentOf(
  table: ReplicatedTable,
  record: Record<string, unknown>,
  device: string,
  now: string,
): SyncDocument {
  const doc = toDocument(table, record, device, now);
  const file = fileOf(table, record);
  if (!file) return doc;
  return {
    ...doc,
    _attachments: { [FILE_ATTACHMENT]: { content_type: file.contentType, data: toBase64(file.bytes) } },
  };
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
    ? documentOf(change.table, change.record, device, now)
    : tombstone(change.table, change.recordId, device, now);
  return writeOnto(replica, doc, change.baseRev);
}

/**
 * Writes changes made on this PC to different records in one write of the replica, each as the
 * child of its own base as writeLocalChange does, and returns their revisions in order. One write
 * per change made the first sync of 20,000 records take four times as long as the writes themselves
 * (npm run bench).
 */
export async function writeLocalChanges(
  replica: Replica,
  changes: readonly LocalChange[],
  device: string,
  now: string,
): Promise<string[]> {
  const docs = changes.map((change) => {
    const doc = change.record
      ? documentOf(change.table, change.record, device, now)
      : tombstone(change.table, change.recordId, device, now);
    const { rev, revisions } = nextRevision(change.baseRev);
    return { ...doc, _rev: rev, _revisions: revisions };
  });
  if (docs.length > 0) await replica.bulkDocs(docs, { new_edits: false });
  return docs.map((doc) => doc._rev);
}

export interface ArrivedRecord {
  table: ReplicatedTable;
  recordId: string;
  resolution: Resolution<RecordContent>;
  /**
   * The record holds a file that was not read, because the caller already shows exactly these
   * versions (readChanges' `alreadyShown`): the content lacks its bytes and must not be stored.
   */
  fileLeftOut?: true;
}

/** Whether the local database already shows exactly these versions of a document. */
export type AlreadyShown = (id: string, shownRev: string, otherRevs: readonly string[]) => Promise<boolean>;

/** An attachment's bytes as PouchDB returns them with `binary`: a Blob in the browser, a Buffer in Node. */
async function bytesOf(data: unknown): Promise<Uint8Array | null> {
  // A copy, not a view: a Buffer may share a pooled ArrayBuffer, which IndexedDB would store whole.
  if (data instanceof Uint8Array) return new Uint8Array(data);
  if (typeof Blob !== 'undefined' && data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  if (typeof data === 'string') return fromBase64(data);
  return null;
}

/**
 * Puts back the file of each live version of a record that holds one. The changes feed lists
 * attachments as stubs; only these records, and only their shown and kept versions, are read with
 * their bytes, each version's own (a conflict keeps both files).
 */
async function withFiles(
  replica: Replica,
  id: string,
  table: ReplicatedTable,
  resolution: Resolution<RecordContent>,
): Promise<Resolution<RecordContent>> {
  const live = [resolution.shown, ...resolution.others].filter((version) => version.content);
  if (live.length === 0) return resolution;
  const read = await replica.get(id, {
    open_revs: live.map((version) => version.rev),
    attachments: true,
    binary: true,
  });
  const files = new Map<string, Uint8Array>();
  for (const { ok } of read) {
    const bytes = ok && (await bytesOf((ok as Stored)._attachments?.[FILE_ATTACHMENT]?.data));
    if (ok && bytes) files.set(ok._rev, bytes);
  }
  const filled = (version: Version<RecordContent>): Version<RecordContent> => {
    const bytes = files.get(version.rev);
    return bytes && version.content ? { ...version, content: withFile(table, version.content, bytes) } : version;
  };
  return { shown: filled(resolution.shown), others: resolution.others.map(filled) };
}

/**
 * What changed in the replica since a sequence, each record with the version to show and the
 * others kept: the local database takes the shown one and lists the others as a conflict. A file
 * is read only for a record that holds one and that `alreadyShown` does not say is shown already
 * (a PC's own change coming back from the replica), so a 25 MB programme is not read again.
 */
export async function readChanges(
  replica: Replica,
  since: string | number,
  limit = 500,
  alreadyShown?: AlreadyShown,
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
    const resolution = resolve(leaves);
    if (!holdsFile(parsed.table)) {
      records.push({ ...parsed, resolution });
      continue;
    }
    const otherRevs = resolution.others.map((other) => other.rev);
    if (alreadyShown && (await alreadyShown(change.id, resolution.shown.rev, otherRevs)))
      records.push({ ...parsed, resolution, fileLeftOut: true });
    else records.push({ ...parsed, resolution: await withFiles(replica, change.id, parsed.table, resolution) });
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
  const rev = await writeOnto(replica, documentOf(table, content, device, now), seen.shownRev);
  for (const other of seen.otherRevs) await writeOnto(replica, tombstone(table, recordId, device, now), other);
  return rev;
}
