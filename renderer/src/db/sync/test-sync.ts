import type { Database } from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import { pouchDB } from '@/sync/pouchdb';
import { pullTarget } from '@/sync/replica';
import type { KelisimDb } from '../db';
import { applyArrived, confirmPushed, pushOutbox } from './bridge';

/** What the sync tests' PCs have: their database, their replica and the id their changes carry. */
export interface SyncingPc {
  db: KelisimDb;
  replica: Database;
  device: string;
}

const opened: Database[] = [];

/** A replica in memory (Node has no IndexedDB PouchDB can use); `destroyMemoryReplicas` ends them. */
export function memoryReplica(): Database {
  const PouchDB = pouchDB();
  if (!(PouchDB as unknown as { adapters: Record<string, unknown> }).adapters.memory) PouchDB.plugin(memory);
  const replica = new PouchDB(`replica-${crypto.randomUUID()}`, { adapter: 'memory' });
  opened.push(replica);
  return replica;
}

export async function destroyMemoryReplicas(): Promise<void> {
  for (const replica of opened.splice(0)) await replica.destroy();
}

/**
 * One round of the engine's work, without its timers, so that a test says when PCs meet: the outbox
 * to the replica, the replica to the hub, then back and into the database.
 */
export async function syncRound(
  pc: SyncingPc,
  hub: Database,
  now: () => string = () => new Date().toISOString(),
): Promise<void> {
  const PouchDB = pouchDB();
  const upTo = await pushOutbox(pc.db, pc.replica, pc.device, now);
  await PouchDB.replicate(pc.replica, hub);
  await confirmPushed(pc.db, upTo);
  await PouchDB.replicate(hub, pullTarget(pc.replica));
  await applyArrived(pc.db, pc.replica);
}
