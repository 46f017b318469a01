import type { Database } from 'pouchdb-core';
import { Dexie } from 'dexie';
import { REPLICATED_TABLES, type SyncDocument, toDocument, travels } from '@shared/sync/documents';
import { KelisimDb } from '@/db/db';
import { applyArrived, confirmPushed, noteEverything, pushOutbox } from '@/db/sync/bridge';
import { setSyncTracking } from '@/db/sync/outbox';
import { basicAuthorization } from '@/sync/check-connection';
import { startSyncEngine, type SyncEngine } from '@/sync/engine';
import { pouchDB } from '@/sync/pouchdb';
import type { Timing } from './bench-page';

/**
 * The first sync of an office and one edit travelling between two PCs, through the
 * CouchDB-compatible test server bench/run.mjs starts on 127.0.0.1, measured the way the sync
 * engine does them (renderer/src/sync, renderer/src/db/sync), against bare PouchDB moving the same
 * documents (the floor).
 */

const PouchDB = pouchDB();

/** Where the office's databases are, as bench/run.mjs made them. */
export interface BenchServer {
  url: string;
  account: { name: string; password: string };
  /** The database the engine's path uploads to, and the one bare PouchDB uploads to. */
  ours: string;
  floor: string;
}

/** The engine's batch (renderer/src/sync/engine.ts); the floor replicates with the same. */
const BATCH = 200;
const REPLICA_A = 'bench-replica-a';
const REPLICA_B = 'bench-replica-b';
const JOINING = 'bench-joining';

const now = () => performance.now();
const iso = () => new Date().toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = now();
  const value = await work();
  return [now() - started, value];
}

async function until(test: () => boolean | Promise<boolean>, limitMs: number, what: string): Promise<void> {
  const deadline = now() + limitMs;
  while (!(await test())) {
    if (now() > deadline) throw new Error(`bench sync: ${what} did not happen within ${limitMs / 1000} s`);
    await sleep(10);
  }
}

function remoteOf(server: BenchServer, database: string): Database {
  const authorization = basicAuthorization(server.account.name, server.account.password);
  return new PouchDB(`${server.url}/${database}`, {
    skip_setup: true,
    fetch: async (url, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', authorization);
      // A stalled replication shows which request failed and how.
      const path = String(url).replace(server.url, '').slice(0, 160);
      try {
        const response = await PouchDB.fetch(url, { ...init, headers });
        // A checkpoint not yet written answers 404 at every start: not worth a line.
        if (!response.ok && !(response.status === 404 && path.includes('/_local/')))
          console.warn(`bench: ${init.method ?? 'GET'} ${path} answered ${response.status}`);
        return response;
      } catch (error) {
        console.warn(`bench: ${init.method ?? 'GET'} ${path} failed: ${String(error)}`);
        throw error;
      }
    },
  });
}

async function freshReplica(name: string): Promise<Database> {
  await new PouchDB(name, { adapter: 'indexeddb' }).destroy();
  return new PouchDB(name, { adapter: 'indexeddb' });
}

/** What this origin stores (IndexedDB of every database here), as the browser counts it. */
async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

const utf8 = new TextEncoder();
const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value)).byteLength;

/** The documents the office's records make, as pushOutbox writes them, built by the shared module. */
async function officeDocuments(db: KelisimDb): Promise<{ docs: SyncDocument[]; recordBytes: number }> {
  const docs: SyncDocument[] = [];
  let recordBytes = 0;
  const at = iso();
  for (const table of REPLICATED_TABLES) {
    for (const record of await db.table<Record<string, unknown>>(table).toArray()) {
      if (!travels(table, record)) continue;
      recordBytes += bytesOf(record);
      docs.push(toDocument(table, record, 'bench-floor', at));
    }
  }
  return { docs, recordBytes };
}

async function travellingCount(db: KelisimDb): Promise<number> {
  let count = 0;
  for (const table of REPLICATED_TABLES)
    await db.table<Record<string, unknown>>(table).each((record) => {
      if (travels(table, record)) count++;
    });
  return count;
}

/**
 * The floor of both directions: the office's documents put into a bare PouchDB with bulkDocs and
 * replicated to a fresh server database (upload), then replicated from there into an empty bare
 * PouchDB (a joining PC's download). Same documents, same batch, nothing else.
 */
async function syncFloor(db: KelisimDb, server: BenchServer): Promise<Record<string, number>> {
  const { docs, recordBytes } = await officeDocuments(db);
  const remote = remoteOf(server, server.floor);
  const up = await freshReplica('bench-floor-up');
  const [bulkMs] = await timed(async () => {
    for (let from = 0; from < docs.length; from += 1_000) await up.bulkDocs(docs.slice(from, from + 1_000));
  });
  const [replicateUpMs] = await timed(() => PouchDB.replicate(up, remote, { batch_size: BATCH }));
  await up.destroy();
  const onServer = (await remote.info()).doc_count;
  if (onServer !== docs.length) throw new Error(`bench sync floor: ${onServer} of ${docs.length} on the server`);
  const usageBefore = await storageUsage();
  const down = await freshReplica('bench-floor-down');
  const [downloadMs] = await timed(() => PouchDB.replicate(remote, down, { batch_size: BATCH }));
  const bareReplicaBytes = (await storageUsage()) - usageBefore;
  const received = (await down.info()).doc_count;
  if (received !== docs.length) throw new Error(`bench sync floor: ${received} of ${docs.length} downloaded`);
  await down.destroy();
  return {
    uploadMs: bulkMs + replicateUpMs,
    bulkMs,
    replicateUpMs,
    downloadMs,
    docs: docs.length,
    recordBytes,
    documentBytes: docs.reduce((sum, doc) => sum + bytesOf(doc), 0),
    bareReplicaBytes,
  };
}

/** Engines still running between the steps below, stopped by syncCleanup. */
const running: { engines: SyncEngine[]; joining: KelisimDb | null; replicas: Database[] } = {
  engines: [],
  joining: null,
  replicas: [],
};

async function stopEngines(): Promise<void> {
  for (const engine of running.engines.splice(0)) {
    engine.stop();
    await engine.settled();
  }
}

function engineFor(
  db: KelisimDb,
  replica: Database,
  remote: Database,
  device: string,
  onApplied?: (n: number) => void,
) {
  const engine = startSyncEngine({
    replica,
    remote,
    local: {
      push: () => pushOutbox(db, replica, device, iso),
      confirm: (upTo) => confirmPushed(db, upTo),
      apply: async () => {
        try {
          const applied = await applyArrived(db, replica);
          onApplied?.(applied);
          return applied;
        } catch (error) {
          // The engine leaves a failed apply to its next turn; a bench waiting on it shows why it waits.
          console.warn(
            `bench: applying the arrivals failed: ${error instanceof Error ? `${error.name} ${error.message}` : String(error)}`,
          );
          throw error;
        }
      },
      waiting: () => db.table('syncOutbox').count(),
    },
    now: iso,
    onStatus: (status) => {
      if (status.state === 'offline' || status.state === 'problem')
        console.warn(`bench: ${device} ${status.state} ${status.problem ?? ''}`);
    },
  });
  running.engines.push(engine);
  return engine;
}

/**
 * The office's first PC uploading what it holds: every record noted (noteEverything), written
 * into its replica (pushOutbox) and replicated to the office database, from the start until the
 * server has everything and the outbox is cleared. The storage the browser counts before and after
 * is the replica and the revision bookkeeping beside Dexie.
 */
async function syncUpload(db: KelisimDb, server: BenchServer): Promise<Record<string, number>> {
  setSyncTracking(true);
  const remote = remoteOf(server, server.ours);
  const replica = await freshReplica(REPLICA_A);
  running.replicas.push(replica);
  const usageBefore = await storageUsage();
  const stages: Record<string, number> = {};
  const [uploadMs] = await timed(async () => {
    const [noteMs, noted] = await timed(() => noteEverything(db));
    const [pushMs, upTo] = await timed(() => pushOutbox(db, replica, 'bench-pc-a', iso));
    const [replicateMs] = await timed(() => PouchDB.replicate(replica, remote, { batch_size: BATCH }));
    const [confirmMs] = await timed(() => confirmPushed(db, upTo));
    Object.assign(stages, { noteMs, pushMs, replicateMs, confirmMs, noted });
  });
  const syncStorageBytes = (await storageUsage()) - usageBefore;
  const docs = (await remote.info()).doc_count;
  const expected = await travellingCount(db);
  if (docs !== expected) throw new Error(`bench sync: ${docs} of ${expected} records on the server`);
  // The first PC's own documents come back on its first pull: taken once here, as the engine would
  // after the upload, so that the edits below are timed on a PC at rest.
  const [settleMs] = await timed(async () => {
    await PouchDB.replicate(remote, replica, { batch_size: BATCH });
    await applyArrived(db, replica);
  });
  return { uploadMs, ...stages, docs, syncStorageBytes, settleMs };
}

/**
 * A second PC joining the office: an empty database and replica, the engine started, timed until
 * every record is in its Dexie. Its engine keeps running for syncEdits.
 */
async function syncJoin(db: KelisimDb, server: BenchServer): Promise<Record<string, number>> {
  const expected = await travellingCount(db);
  await Dexie.delete(JOINING);
  const joining = new KelisimDb(JOINING);
  await joining.open();
  running.joining = joining;
  const replica = await freshReplica(REPLICA_B);
  running.replicas.push(replica);
  const usageBefore = await storageUsage();
  let applied = 0;
  let replicatedMs = NaN;
  const started = now();
  engineFor(joining, replica, remoteOf(server, server.ours), 'bench-pc-b', (count) => {
    applied += count;
  });
  const watchReplica = (async () => {
    while (applied < expected) {
      if ((await replica.info()).doc_count >= expected) return void (replicatedMs = now() - started);
      await sleep(250);
    }
  })();
  const progress = setInterval(() => {
    void replica.info().then((info) => {
      const seconds = Math.round((now() - started) / 1000);
      console.warn(`bench: ${seconds} s: ${applied} of ${expected} records in Dexie, ${info.doc_count} in the replica`);
    });
  }, 60_000);
  try {
    await until(() => applied >= expected, 30 * 60_000, 'the joining PC receiving everything');
  } finally {
    clearInterval(progress);
  }
  const downloadMs = now() - started;
  await watchReplica;
  const joinedStorageBytes = (await storageUsage()) - usageBefore;
  const inDexie = await travellingCount(joining);
  if (inDexie !== expected) throw new Error(`bench sync: ${inDexie} of ${expected} records reached the joining PC`);
  return { downloadMs, replicatedMs, records: inDexie, joinedStorageBytes };
}

/**
 * One person changed on the first PC, through its Dexie table with the outbox noting it (as every
 * write of the application), the engine told at once as the application tells it; timed until the
 * joining PC's Dexie shows the change.
 */
async function syncEdits(db: KelisimDb, server: BenchServer, edits: number): Promise<Timing> {
  const joining = running.joining;
  const replica = running.replicas[0];
  if (!joining || !replica) throw new Error('bench sync: syncUpload and syncJoin first');
  const engine = engineFor(db, replica, remoteOf(server, server.ours), 'bench-pc-a');
  await until(() => engine.status().state === 'synced', 60_000, 'the first PC going live');
  await sleep(1_000);
  const ids = await db.people.limit(edits).primaryKeys();
  const samples: number[] = [];
  for (const [index, id] of ids.entries()) {
    const phone = `+7 701 555 ${String(1000 + index).slice(-4)}`;
    const started = now();
    await db.people.update(id, { phone, updatedAt: iso() });
    engine.nudge();
    await until(async () => (await joining.people.get(id))?.phone === phone, 60_000, 'an edit reaching the other PC');
    samples.push(now() - started);
    await sleep(500);
  }
  await stopEngines();
  return { samples, extra: { edits: ids.length } };
}

/**
 * What sync adds to a local change: the same single-person updates (each its own transaction, as
 * a form's save) with the outbox noting them and without, in alternating blocks.
 */
async function syncLocalCost(db: KelisimDb, updates: number): Promise<Timing> {
  const ids = await db.people.limit(updates).primaryKeys();
  const samples: number[] = [];
  const floor: number[] = [];
  const block = 100;
  for (let from = 0; from < ids.length; from += block) {
    for (const tracking of [false, true]) {
      setSyncTracking(tracking);
      for (const id of ids.slice(from, from + block)) {
        const [ms] = await timed(() => db.people.update(id, { updatedAt: iso() }));
        (tracking ? samples : floor).push(ms);
      }
    }
  }
  setSyncTracking(false);
  return { samples, floor, extra: { updates: ids.length } };
}

/** Leaves the bench's database as before the sync part: no engines, no replicas, no sync bookkeeping. */
async function syncCleanup(db: KelisimDb): Promise<void> {
  await stopEngines();
  setSyncTracking(false);
  for (const replica of running.replicas.splice(0)) await replica.destroy();
  running.joining?.close();
  running.joining = null;
  await Dexie.delete(JOINING);
  await Promise.all(['syncOutbox', 'syncRevs', 'syncConflicts'].map((table) => db.table(table).clear()));
  await db.settings.where('id').startsWith('sync.').delete();
}

export const syncBench = (db: KelisimDb) => ({
  syncFloor: (server: BenchServer) => syncFloor(db, server),
  syncUpload: (server: BenchServer) => syncUpload(db, server),
  syncJoin: (server: BenchServer) => syncJoin(db, server),
  syncEdits: (server: BenchServer, edits: number) => syncEdits(db, server, edits),
  syncLocalCost: (updates: number) => syncLocalCost(db, updates),
  syncCleanup: () => syncCleanup(db),
  storageUsage,
});
