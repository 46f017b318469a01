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
  problem: ConnectionProblem | null;
}

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
}

/** A refusal by the server (a password changed on the server, rights taken away) rather than a network failure. */
export function problemOf(error: unknown): ConnectionProblem | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-rights';
  if (status === 404) return 'no-database';
  return null;
}

/** Retries after a network failure: 1 s, doubling up to a minute. */
const backOff = (delay: number) => Math.min(60_000, Math.max(1_000, delay * 2));

/**
 * Keeps one PC's replica in step with the office server: a live pull of what others write,
 * applied to the local database as it arrives, and a push of this PC's changes each time the
 * outbox has some. Network failures make it wait and retry; a refusal (password, rights, database)
 * stops it with the reason. It never holds the interface: all of it is asynchronous work in
 * batches.
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

  const report = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    onStatus(status);
  };
  const offline = async () =>
    report({ state: 'offline', offlineSince: status.offlineSince ?? now(), waiting: await local.waiting() });
  const refused = (problem: ConnectionProblem) => {
    report({ state: 'problem', problem });
    stop();
  };
  const failed = (error: unknown) => {
    const problem = problemOf(error);
    if (problem) refused(problem);
    else void offline();
  };
  const reached = async () =>
    report({
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
        await local.apply();
      } while (applyAgain && !stopped);
    })().finally(() => {
      applying = null;
    });
    return applying;
  };

  const push = (): Promise<void> => {
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
        if (waiting === 0 && !forced && status.state !== 'starting' && status.state !== 'offline') continue;
        report({ state: status.state === 'offline' ? 'offline' : 'sending', waiting });
        const upTo = await local.push();
        try {
          await PouchDB.replicate(replica, remote, { batch_size: 200 })
            .on('change', (info) => options.onTransfer?.('push', pushedBefore + info.docs_written))
            .then((result) => {
              pushedBefore += result.docs_written;
            });
          await local.confirm(upTo);
          await reached();
        } catch (error) {
          failed(error);
          return;
        }
      } while (pushAgain && !stopped);
    })().finally(() => {
      pushing = null;
    });
    return pushing;
  };

  const pull: Replication = PouchDB.replicate(remote, pullTarget(replica), {
    live: true,
    retry: true,
    batch_size: 200,
    heartbeat: 10_000,
    back_off_function: backOff,
  });
  pull
    .on('change', (info) => {
      options.onTransfer?.('pull', info.docs_written);
      void apply();
    })
    .on('paused', (error) => {
      if (error) failed(error);
      else void apply().then(() => push());
    })
    .on('denied', (error) => failed(error))
    .on('error', (error) => failed(error));
  pull.catch(() => undefined);

  const timer = setInterval(() => void push(), options.pollMs ?? 2_000);

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
