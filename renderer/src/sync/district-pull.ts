import type { Database } from 'pouchdb-core';
import { DISTRICT_SOURCE_TABLES, type DistrictTables } from '@shared/exchange/source';
import type { DistrictServer } from '@shared/sync/district-servers';
import { type ConnectionProblem, officeDatabaseName } from '@shared/sync/server-settings';
import { checkConnection } from './check-connection';
import { problemOf } from './engine';
import { openRemote } from './pouch';
import { pouchDB } from './pouchdb';
import { pullTarget, readChanges } from './replica';

/** A district's records as pulled, and when the district last changed any of them. */
export interface PulledDistrict {
  district: string;
  tables: DistrictTables;
  /** The newest `changedAt` among the district's documents; null for a database with none. */
  dataChangedAt: string | null;
  pulledAt: string;
}

/**
 * Why a district was not pulled: the connection's answer, or a server other than the one the page may
 * reach (the office's sync server, the only origin its connection policy names).
 */
export type PullProblem = ConnectionProblem | 'other-server';

export type DistrictPull = { ok: true; pulled: PulledDistrict } | { ok: false; district: string; problem: PullProblem };

export interface PullOptions {
  /** The adapter of the local copies: IndexedDB in the application, memory in tests. */
  adapter?: string;
  /** Instead of the window's fetch (tests count the requests). */
  fetch?: typeof fetch;
  now?: () => string;
  /** Whether the page may connect to this address (its connection policy); every address in tests. */
  reachable?: (url: string) => boolean;
}

/** The local copy of a district's database on the oblast's PC, kept between pulls so that the next one resumes. */
export const districtReplicaName = (district: string) => `kelisim-district-${district.replace(/\D/g, '')}`;

const emptyTables = (): { [K in keyof DistrictTables]: DistrictTables[K][number][] } => ({
  people: [],
  associations: [],
  memberships: [],
  events: [],
  visits: [],
  receptions: [],
  councils: [],
  workingGroups: [],
  publications: [],
  receptionSessions: [],
  places: [],
  ethnicGroups: [],
  directories: [],
});

const wanted = new Set<string>(DISTRICT_SOURCE_TABLES);

/**
 * Every record of the local copy as the district's own PCs show it (the version changed last when
 * two PCs changed it apart, replica.ts), the tables a package is made of kept, and the newest
 * change among all the district's documents.
 */
async function readDistrict(replica: Database): Promise<{ tables: DistrictTables; dataChangedAt: string | null }> {
  const tables = emptyTables();
  let dataChangedAt: string | null = null;
  let since: string | number = 0;
  for (;;) {
    // No file is read: a package counts records, and the bytes of photos and programmes are not among them.
    const { records, lastSeq } = await readChanges(replica, since, 500, async () => true);
    if (records.length === 0) break;
    since = lastSeq;
    for (const { table, resolution } of records) {
      const { shown } = resolution;
      if (shown.changedAt && (!dataChangedAt || shown.changedAt > dataChangedAt)) dataChangedAt = shown.changedAt;
      if (shown.deleted || !shown.content || !wanted.has(table)) continue;
      (tables[table as keyof DistrictTables] as unknown[]).push(shown.content);
    }
  }
  return { tables, dataChangedAt };
}

/**
 * Pulls one district's database from the server into its local copy, one way: PouchDB's
 * replicator from the server to the copy, with its checkpoints written on the copy only, so that
 * nothing at all is written to the district's database. Before, "Check connection" tells a wrong
 * password, an account that is not a member, a missing database or an unreachable server apart,
 * with the same answers as the office's own sync.
 */
export async function pullDistrict(
  server: DistrictServer,
  password: string,
  options: PullOptions = {},
): Promise<DistrictPull> {
  const { district } = server;
  const database = officeDatabaseName(district);
  const refused = (problem: PullProblem): DistrictPull => ({ ok: false, district, problem });
  if (options.reachable && !options.reachable(server.url)) return refused('other-server');
  const answer = await checkConnection({ url: server.url, database, username: server.username }, password, {
    allowHttp: server.allowHttp,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (!answer.ok) return refused(answer.problem);
  const PouchDB = pouchDB();
  const remote = openRemote(server.url, database, server.username, password, options.fetch);
  const replica = new PouchDB(districtReplicaName(district), { adapter: options.adapter ?? 'indexeddb' });
  try {
    // pullTarget: each version's own attachments (see replica.ts), as the office's own pull does.
    await PouchDB.replicate(remote, pullTarget(replica), { checkpoint: 'target', batch_size: 200 });
  } catch (error) {
    return refused(problemOf(error) ?? 'unreachable');
  }
  const read = await readDistrict(replica);
  return { ok: true, pulled: { district, ...read, pulledAt: (options.now ?? (() => new Date().toISOString()))() } };
}

export type DistrictOutcome<T> =
  | { ok: true; district: string; pulled: PulledDistrict; stored: T }
  | { ok: false; district: string; problem: PullProblem };

/**
 * Pulls each district in turn and hands what came to `store` (the data layer makes it the
 * district's package of the period): a district that fails (no rights, no database, the server
 * down) is reported with its reason and the others are still pulled.
 */
export async function pullDistricts<T>(
  servers: readonly DistrictServer[],
  passwordOf: (server: DistrictServer) => string,
  store: (pulled: PulledDistrict) => Promise<T>,
  options: PullOptions = {},
): Promise<DistrictOutcome<T>[]> {
  const outcomes: DistrictOutcome<T>[] = [];
  for (const server of servers) {
    const pull = await pullDistrict(server, passwordOf(server), options);
    if (!pull.ok) outcomes.push(pull);
    else outcomes.push({ ok: true, district: server.district, pulled: pull.pulled, stored: await store(pull.pulled) });
  }
  return outcomes;
}
