import type { Database } from 'pouchdb-core';
import { z } from 'zod';
import { syncOriginOf } from '@shared/security/csp';
import {
  type ConnectionAnswer,
  isAllowedServerAddress,
  serverSettingsSchema,
  type ServerSettings,
} from '@shared/sync/server-settings';
import { nowTimestamp } from '@/lib/clock';
import { checkConnection } from '@/sync/check-connection';
import {
  browserStorageFull,
  isNoSpace,
  problemOf,
  startSyncEngine,
  type EngineProblem,
  type SyncEngine,
  type SyncStatus,
} from '@/sync/engine';
import { pullTarget } from '@/sync/replica';
import { openRemote, openReplica } from '@/sync/pouch';
import { pouchDB } from '@/sync/pouchdb';
import { appendAudit } from '../repositories/audit';
import { authorize, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { applyArrived, forgetSyncState, localSide, noteEverything, noteUnknown } from './bridge';
import { setSyncReplica } from './conflicts';
import { thisDevice } from './device';
import { OUTBOX, setSyncTracking, whenNoted } from './outbox';

/**
 * What the machine keeps for sync, outside the database: the password sealed to this PC (safeStorage
 * on the desktop), and the one server origin the page may connect to, which takes effect when the
 * page loads again.
 */
export interface SyncMachine {
  protect(text: string): Promise<string>;
  unprotect(sealed: string): Promise<string | null>;
  allowedServer(): string | null;
  allowServer(origin: string | null): Promise<void>;
}

/** This PC's sync settings: per PC, never shared; the password only as the machine sealed it. */
const storedSchema = serverSettingsSchema.extend({
  sealedPassword: z.string(),
  allowHttp: z.boolean(),
  enabled: z.boolean(),
  /** Set when this PC has finished a first sync with the server, its own upload or its download. */
  firstSyncAt: z.string().nullable(),
  /** A backup was restored here: the server's versions come first, then what it lacks goes up. */
  rejoin: z.boolean().optional(),
});
type StoredSync = z.infer<typeof storedSchema>;
const SETTING = 'sync.server';

export interface SyncProgress {
  direction: 'upload' | 'download';
  done: number;
  total: number;
  startedAt: string;
}

/** Everything the screens show about sync. */
export interface SyncView {
  server: (ServerSettings & { allowHttp: boolean; enabled: boolean; firstSyncAt: string | null }) | null;
  /** The server was changed and Kelisim has to load again before it may connect to it. */
  restartNeeded: boolean;
  status: SyncStatus | null;
  progress: SyncProgress | null;
}

export type SyncProblem = EngineProblem | 'password-unreadable' | 'another-office';
export type SyncAnswer = ConnectionAnswer | { ok: false; problem: 'password-unreadable' | 'another-office' };

let machine: SyncMachine | null = null;
let replicaAdapter: 'indexeddb' | 'memory' = 'indexeddb';
let running: { engine: SyncEngine; replica: Database; db: KelisimDb } | null = null;
let view: SyncView = { server: null, restartNeeded: false, status: null, progress: null };
const listeners = new Set<() => void>();

function publish(change: Partial<SyncView>): void {
  view = { ...view, ...change };
  for (const listener of listeners) listener();
}

export const syncState = {
  view: (): SyncView => view,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

async function readStored(db: KelisimDb): Promise<StoredSync | null> {
  const parsed = storedSchema.safeParse((await db.settings.get(SETTING))?.value);
  return parsed.success ? parsed.data : null;
}

async function writeStored(db: KelisimDb, stored: StoredSync): Promise<void> {
  await db.settings.put({ id: SETTING, value: stored, updatedAt: nowTimestamp() });
  publishServer(stored);
}

function publishServer(stored: StoredSync | null): void {
  const server = stored
    ? {
        url: stored.url,
        database: stored.database,
        username: stored.username,
        allowHttp: stored.allowHttp,
        enabled: stored.enabled,
        firstSyncAt: stored.firstSyncAt,
      }
    : null;
  const origin = stored ? syncOriginOf(stored.url) : null;
  publish({ server, restartNeeded: Boolean(origin && machine && machine.allowedServer() !== origin) });
}

export interface ServerInput {
  url: string;
  database: string;
  username: string;
  /** Empty keeps the password already stored. */
  password: string;
  allowHttp: boolean;
}

export type SaveOutcome =
  | { ok: true; restartNeeded: boolean }
  | { ok: false; problem: 'invalid-address' | 'invalid-database' | 'no-account' | 'no-password' | 'insecure-http' };

/**
 * Stores the office server for this PC. Plain http is accepted only to a server on this PC (see
 * isThisComputer), and only when the administrator confirms it. A new server origin needs Kelisim to load
 * again before the page may connect to it.
 */
export async function saveSyncServer(scope: Scope, input: ServerInput): Promise<SaveOutcome> {
  authorize(scope, 'settings');
  const parsed = serverSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return {
      ok: false,
      problem: field === 'database' ? 'invalid-database' : field === 'username' ? 'no-account' : 'invalid-address',
    };
  }
  const settings = parsed.data;
  if (!isAllowedServerAddress(settings.url, input.allowHttp)) return { ok: false, problem: 'insecure-http' };
  const before = await readStored(scope.db);
  if (!machine) throw new Error('sync is not configured for this runtime');
  const sealedPassword = input.password
    ? await machine.protect(input.password)
    : before && before.username === settings.username
      ? before.sealedPassword
      : null;
  if (!sealedPassword) return { ok: false, problem: 'no-password' };
  const sameServer = before && before.url === settings.url && before.database === settings.database;
  stopEngine();
  await writeStored(scope.db, {
    ...settings,
    sealedPassword,
    allowHttp: input.allowHttp,
    enabled: false,
    firstSyncAt: sameServer ? before.firstSyncAt : null,
  });
  const origin = syncOriginOf(settings.url);
  const restartNeeded = origin !== machine.allowedServer();
  if (restartNeeded) await machine.allowServer(origin);
  publishServer(await readStored(scope.db));
  await appendAudit(scope, 'update', { table: 'settings', recordId: SETTING, details: { server: settings.url } });
  return { ok: true, restartNeeded };
}

async function passwordOf(stored: StoredSync): Promise<string | null> {
  return machine ? machine.unprotect(stored.sealedPassword) : null;
}

/**
 * Whether the server holds another office's records: its key ring is not this PC's. Joining it would
 * mix two registries sealed under different keys, so a PC that has its own records may only upload
 * to an empty database or return to the one it synced with.
 */
async function isAnotherOffice(db: KelisimDb, remote: Database): Promise<boolean> {
  if ((await db.operators.count()) === 0) return false;
  const local = (await db.settings.get('keyring'))?.value as { versions?: { tagKey?: string }[] } | undefined;
  const found = await remote.get('settings/keyring', { open_revs: 'all' }).catch(() => []);
  const theirs = found.find((one) => one.ok)?.ok as { record?: { value?: { versions?: { tagKey?: string }[] } } };
  const theirTag = theirs?.record?.value?.versions?.[0]?.tagKey;
  return theirTag !== undefined && theirTag !== local?.versions?.[0]?.tagKey;
}

/** "Check connection" with what is stored: each failure with its reason, nothing written to the server. */
export async function checkSyncServer(scope: Scope): Promise<SyncAnswer> {
  authorize(scope, 'settings');
  const stored = await readStored(scope.db);
  if (!stored) return { ok: false, problem: 'unreachable' };
  const password = await passwordOf(stored);
  if (password === null) return { ok: false, problem: 'password-unreadable' };
  const answer = await checkConnection(stored, password, { allowHttp: stored.allowHttp });
  if (!answer.ok || answer.documents === 0 || stored.firstSyncAt) return answer;
  const remote = openRemote(stored.url, stored.database, stored.username, password);
  return (await isAnotherOffice(scope.db, remote)) ? { ok: false, problem: 'another-office' } : answer;
}

let retryTimer: ReturnType<typeof setTimeout> | null = null;

function offlineNow(): SyncStatus {
  return { state: 'offline', waiting: 0, lastSyncedAt: null, offlineSince: nowTimestamp(), problem: null };
}

/**
 * After a restore: the server's versions are taken first (they are newer than any backup, and a
 * restore on one PC must not silently revert the office), then what the server lacks is noted.
 */
async function rejoin(db: KelisimDb, replica: Database, remote: Database): Promise<void> {
  await pouchDB().replicate(remote, pullTarget(replica), { batch_size: 200 });
  await applyArrived(db, replica);
  await noteUnknown(db);
}

function stopEngine(): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  if (!running) return;
  running.engine.stop();
  running = null;
  setSyncReplica(null);
  whenNoted(null);
  setSyncTracking(false);
}

async function startEngine(db: KelisimDb, stored: StoredSync, password: string, download: number): Promise<void> {
  stopEngine();
  const device = await thisDevice(db);
  const replica = openReplica(stored.database, replicaAdapter);
  const remote = openRemote(stored.url, stored.database, stored.username, password);
  setSyncTracking(true);
  if (stored.rejoin) {
    try {
      await rejoin(db, replica, remote);
    } catch (error) {
      // The server is out of reach: work goes on, and the rejoin is tried again in a while.
      setSyncTracking(false);
      publish({ status: { ...offlineNow(), problem: problemOf(error) ?? (isNoSpace(error) ? 'no-space' : null) } });
      retryTimer = setTimeout(() => void startEngine(db, stored, password, download), 30_000);
      return;
    }
    stored = { ...stored, rejoin: false };
    await writeStored(db, stored);
  }
  const upload = stored.firstSyncAt ? 0 : await noteFirstSync(db);
  const startedAt = nowTimestamp();
  const moved = { push: 0, pull: 0 };
  const firstSync = !stored.firstSyncAt;
  const progressOf = (): SyncProgress | null => {
    if (!firstSync) return null;
    if (upload > moved.push) return { direction: 'upload', done: moved.push, total: upload, startedAt };
    if (download > moved.pull) return { direction: 'download', done: moved.pull, total: download, startedAt };
    return null;
  };
  publish({ progress: progressOf() });
  const engine = startSyncEngine({
    replica,
    remote,
    now: nowTimestamp,
    local: localSide(db, replica, device, nowTimestamp),
    storageFull: browserStorageFull,
    onTransfer: (direction, documents) => {
      moved[direction] = documents;
      publish({ progress: progressOf() });
    },
    onStatus: (status) => {
      publish({ status, progress: progressOf() });
      if (status.state === 'synced' && status.waiting === 0 && progressOf() === null && !stored.firstSyncAt) {
        stored = { ...stored, firstSyncAt: status.lastSyncedAt ?? nowTimestamp() };
        void writeStored(db, stored);
      }
    },
  });
  running = { engine, replica, db };
  setSyncReplica(replica, () => engine.replicaChanged());
  whenNoted(() => running?.engine.nudge());
}

/**
 * The first sync of a PC that already holds records: all of them are noted once, so that they reach
 * the server whatever was noted before (changes made while sync was off were not). A joining PC,
 * empty, notes nothing and downloads.
 */
async function noteFirstSync(db: KelisimDb): Promise<number> {
  await db.table(OUTBOX).clear();
  await db.settings.delete('sync.pushedSeq');
  return noteEverything(db);
}

/**
 * Before a restore replaces the database: the engine stops and nothing of the restore is noted as
 * this PC's change (its removals would otherwise remove the office's newer records everywhere).
 * Returns this PC's sync settings as they were.
 */
export async function pauseSyncForRestore(db: KelisimDb): Promise<StoredSync | null> {
  const before = await readStored(db).catch(() => null);
  await stopSyncForClose();
  return before;
}

/**
 * After a restore: this PC's own sync settings, not the backup's; what it knew of the server's
 * versions is forgotten, and when sync was on it starts again by taking the server's versions.
 */
export async function resumeAfterRestore(db: KelisimDb, before: StoredSync | null): Promise<void> {
  await forgetSyncState(db);
  if (!before) {
    await db.settings.delete(SETTING);
    publishServer(null);
    return;
  }
  const stored = { ...before, rejoin: true };
  await writeStored(db, stored);
  if (!before.enabled || !machine) return;
  const password = await passwordOf(stored);
  if (password) await startEngine(db, stored, password, 0);
}

/**
 * Turns sync on: checks the server first and refuses with the reason, then starts the engine. The
 * first sync uploads this PC's records, or downloads the office's when this PC joins empty.
 */
export async function turnSyncOn(scope: Scope): Promise<SyncAnswer> {
  authorize(scope, 'settings');
  const answer = await checkSyncServer(scope);
  if (!answer.ok) return answer;
  const stored = await readStored(scope.db);
  const password = stored && (await passwordOf(stored));
  if (!stored || password === null || !password) return { ok: false, problem: 'password-unreadable' };
  const enabled = { ...stored, enabled: true };
  await writeStored(scope.db, enabled);
  await appendAudit(scope, 'update', { table: 'settings', recordId: SETTING, details: { sync: 'on' } });
  await startEngine(scope.db, enabled, password, answer.documents);
  return answer;
}

/** Turns sync off on this PC: the engine stops, every record stays as it is here. */
export async function turnSyncOff(scope: Scope): Promise<void> {
  authorize(scope, 'settings');
  stopEngine();
  const stored = await readStored(scope.db);
  if (stored) await writeStored(scope.db, { ...stored, enabled: false, firstSyncAt: null });
  await appendAudit(scope, 'update', { table: 'settings', recordId: SETTING, details: { sync: 'off' } });
  publish({ status: null, progress: null });
}

/**
 * At start: the machine's keeper, and the engine again when sync was on. It runs whoever is signed in
 * or nobody: the records it moves are sealed, and the password is the machine's to open.
 */
export async function resumeSync(
  db: KelisimDb,
  given: SyncMachine,
  options: { replicaAdapter?: 'indexeddb' | 'memory' } = {},
): Promise<void> {
  machine = given;
  replicaAdapter = options.replicaAdapter ?? 'indexeddb';
  const stored = await readStored(db);
  publishServer(stored);
  if (!stored?.enabled || view.restartNeeded) return;
  const password = await passwordOf(stored);
  if (!password) {
    publish({
      status: { state: 'problem', waiting: 0, lastSyncedAt: null, offlineSince: null, problem: 'wrong-password' },
    });
    return;
  }
  await startEngine(db, stored, password, 0);
}

/** For tests and a clean close: stops the engine and waits for what it was doing. */
export async function stopSyncForClose(): Promise<void> {
  const engine = running?.engine;
  stopEngine();
  await engine?.settled();
}
