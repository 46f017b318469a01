import PouchDB, { type Database, type Replication } from 'pouchdb-core';
import type { ConnectionProblem } from '@shared/sync/server-settings';
import { pullTarget } from './replica';

/** What the header shows everyone: synced, changes waiting, offline since, or the problem. */
export interface SyncStatus {
  state: 'starting' | 'synced' | 'sending' | 'offline' | 'problem' | 'stopped';
  /** Changes made here not yet on the server. */
  waiting: number;
  lastSyncedAt: string | null;
  offlineSince: string | null;
  problem: EngineProblem | null;
}

/** A refusal by the server, or this PC's disk too full to take what arrives. */
export type EngineProblem = ConnectionProblem | 'no-space';

/** What the engine needs of the local database, given by the data layer. */
export interface LocalSide {
  /** Writes the outbox into the replica; the outbox position written up to. */
  push(): Promise<number>;
  /** The server has what was written up to a position: it no longer waits. */
  confirm(upTo: number): Promise<void>;
  /** Takes what arrived in the replica into the database; the number taken. */
  apply(): Promise<number>;
  /** Changes noted here and not yet in the replica. */
  waiting(): Promise<number>;
}

export interface EngineOptions {
  replica: Database;
  remote: Database;
  local: LocalSide;
  now: () => string;
  onStatus: (status: SyncStatus) => void;
  /** How often the outbox is looked at when nothing said it changed. */
  pollMs?: number;
  /** Documents sent and received so far, for the first sync's progress. */
  onTransfer?: (direction: 'push' | 'pull', documents: number) => void;
  /**
   * Whether this PC's storage is (nearly) full. PouchDB reports a write the disk refused only as an
   * aborted transaction, without the browser's QuotaExceededError, so a failure that is not the
   * server's refusal is checked against the storage estimate before it is called offline.
   */
  storageFull?: () => Promise<boolean>;
}

/** A refusal by the server (a password changed on the server, rights taken away) rather than a network failure. */
export function problemOf(error: unknown): ConnectionProblem | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-rights';
  if (status === 404) return 'no-database';
  return null;
}

/** A write the browser refused for want of space, as the DOM, Dexie (its `inner`) or PouchDB (its `reason`) report it. */
export function isNoSpace(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth += 1) {
    const { name, reason, inner } = cause as { name?: unknown; reason?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || reason === 'QuotaExceededError') return true;
    cause = inner;
  }
  return false;
}

/** Less than this left of the browser's share of the disk counts as full: one batch of 200 records with their files needs more. */
const FULL_MARGIN = 64 * 1024 * 1024;

/** The `storageFull` of a real PC: the browser's estimate of what its database may still take. */
export async function browserStorageFull(): Promise<boolean> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  if (!estimate?.quota || estimate.usage === undefined) return false;
  return estimate.quota - estimate.usage < FULL_MARGIN;
}

/** Retries after a network failure: 1 s, doubling up to a minute. */
const backOff = (delay: number) => Math.min(60_000, Math.max(1_000, delay * 2));

/**
 * Keeps one PC's replica in step with the office server: a live pull of what others write,
 * applied to the local database as it arrives, and a push of this PC's changes each time the
 * outbox has some. Network failures make it wait and retry; a refusal (password, rights, database)
 * stops it with the reason; a full disk is shown as the problem it is while the retries go on, so
 * that sync resumes by itself once space is freed. It never holds the interface: all of it is
 * asynchronous work in batches.
 */
export function startSyncEngine(options: EngineOptions) {
  const { replica, remote, local, now, onStatus } = options;
  let status: SyncStatus = { state: 'starting', waiting: 0, lastSyncedAt: null, offlineSince: null, problem: null };
  let stopped = false;
  let pushing: Promise<void> | null = null;
  let pushAgain = false;
  /** Something was written into the replica directly (a settled conflict): send it though the outbox is empty. */
  let replicaWritten = false;
  let applying: Promise<void> | null = null;
  let applyAgain = false;
  let pushedBefore = 0;
  /**
   * The disk refused a write and no pull has written since: a push that gets through (it needs
   * little space here) does not mean what others send can be taken, so it leaves the problem shown.
   */
  let short = false;

  const report = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    onStatus(status);
  };
  const offline = async () =>
    report({
      state: 'offline',
      offlineSince: status.offlineSince ?? now(),
      problem: null,
      waiting: await local.waiting(),
    });
  const refused = (problem: ConnectionProblem) => {
    report({ state: 'problem', problem });
    stop();
  };
  const noSpace = async () => {
    short = true;
    report({ state: 'problem', problem: 'no-space', waiting: await local.waiting() });
  };
  const failed = async (error: unknown) => {
    if (stopped) return;
    const problem = problemOf(error);
    if (problem) return refused(problem);
    const full = isNoSpace(error) || (await options.storageFull?.().catch(() => false));
    // Counting what waits reads the database, which may be closing under a stop: the next retry reports.
    await (full ? noSpace() : offline()).catch(() => undefined);
  };
  const reached = async () =>
    short
      ? report({ waiting: await local.waiting() })
      : report({
          state: 'synced',
          waiting: await local.waiting(),
          lastSyncedAt: now(),
          offlineSince: null,
          problem: null,
        });

  const apply = (): Promise<void> => {
    if (applying) {
      applyAgain = true;
      return applying;
    }
    applying = (async () => {
      do {
        applyAgain = false;
        if ((await local.apply()) > 0) short = false;
      } while (applyAgain && !stopped);
    })()
      .catch(failed)
      .finally(() => {
        applying = null;
      });
    return applying;
  };

  const push = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (pushing) {
      pushAgain = true;
      return pushing;
    }
    pushing = (async () => {
      do {
        pushAgain = false;
        const waiting = await local.waiting();
        const forced = replicaWritten;
        replicaWritten = false;
        const retrying = status.state === 'starting' || status.state === 'offline' || status.state === 'problem';
        if (waiting === 0 && !forced && !retrying) continue;
        report(status.state === 'offline' || status.state === 'problem' ? { waiting } : { state: 'sending', waiting });
        try {
          const upTo = await local.push();
          await PouchDB.replicate(replica, remote, { batch_size: 200 })
            .on('change', (info) => options.onTransfer?.('push', pushedBefore + info.docs_written))
            .then((result) => {
              pushedBefore += result.docs_written;
            });
          await local.confirm(upTo);
          if (waiting > 0) short = false;
          await reached();
        } catch (error) {
          await failed(error);
          return;
        }
      } while (pushAgain && !stopped);
    })().finally(() => {
      pushing = null;
    });
    return pushing;
  };

  let pulledBefore = 0;
  const arrived = (written: number) => {
    short = false;
    options.onTransfer?.('pull', pulledBefore + written);
    void apply();
  };
  // What the server holds is first taken in one pass, then followed live: a live pull of an office's
  // whole registry went at half the pace of one pass (npm run bench, a joining PC on disk).
  let pull: Replication = PouchDB.replicate(remote, pullTarget(replica), { batch_size: 200 });
  pull.on('change', (info) => arrived(info.docs_written));
  const followLive = () => {
    if (stopped) return;
    pull = PouchDB.replicate(remote, pullTarget(replica), {
      live: true,
      retry: true,
      batch_size: 200,
      heartbeat: 10_000,
      back_off_function: backOff,
    });
    pull
      .on('change', (info) => arrived(info.docs_written))
      .on('paused', (error) => {
        if (error) return void failed(error);
        short = false;
        void apply().then(() => push());
      })
      .on('denied', (error) => void failed(error))
      .on('error', (error) => void failed(error));
    pull.catch(() => undefined);
  };
  pull.then(
    (result) => {
      pulledBefore += result.docs_written;
      followLive();
    },
    async (error: unknown) => {
      await failed(error);
      followLive();
    },
  );

  // While the disk is full, what arrived but could not be taken is taken again at each look: the
  // pull has it already and would not bring it a second time.
  const timer = setInterval(() => {
    if (short) void apply();
    void push();
  }, options.pollMs ?? 2_000);

  function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    pull.cancel();
    if (status.state !== 'problem') report({ state: 'stopped' });
  }

  void push();
  return {
    /** Something was written here: send it now rather than at the next look. */
    nudge: () => void push(),
    /** The replica itself was written (a settled conflict): send it now. */
    replicaChanged: () => {
      replicaWritten = true;
      void push();
    },
    stop,
    status: () => status,
    /** Resolves when what is under way (a push, an apply) has finished, for tests and a clean stop. */
    settled: async () => {
      while (pushing || applying) await Promise.all([pushing, applying]);
    },
  };
}

export type SyncEngine = ReturnType<typeof startSyncEngine>;
