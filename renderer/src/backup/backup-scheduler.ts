import type { BackupWriteResult } from '@shared/desktop/api';
import type { BackupWriteProblem } from '@shared/ipc/contract';
import { BackupWriteError } from './backup-write-error';

export const BACKUP_EVERY_MS = 15 * 60_000;

/** Why an automatic backup did not reach a folder: the user is told, with the reason when it is one they can fix. */
export type BackupFailure =
  { where: 'backups-folder'; problem: BackupWriteProblem } | { where: 'second-folder'; problem: BackupWriteProblem };

type SecondFolderOutcome = Extract<BackupWriteResult, { saved: true }>['secondFolder'];

export interface BackupSchedulerDeps {
  makeBackup: (reason: 'auto' | 'exit') => Promise<{ secondFolder: SecondFolderOutcome }>;
  /** When the data last changed, in ms; nothing is backed up when nothing changed. */
  lastChangeAt: () => number;
  now: () => number;
  /** Runs `task` every `ms`; the returned function stops it. */
  every: (ms: number, task: () => void) => () => void;
  onBeforeQuit: (listener: () => void) => () => void;
  quitReady: () => Promise<void>;
  onFailure: (failure: BackupFailure) => void;
  /** A backup went through after a failure was shown. */
  onSuccess: () => void;
}

/**
 * The desktop's automatic backups: one every 15 minutes when data changed since the last one, and
 * a last one on the way out (main waits for it). It runs for as long as the application does, not
 * only while someone is signed in: a locked or signed-out session still gets its backups, and
 * quitting from the lock screen still makes the exit backup. A backup that fails is reported and
 * tried again at the next tick, since the changes it should have saved are still unsaved.
 */
export function startBackupScheduler(deps: BackupSchedulerDeps): () => void {
  let savedUpTo = deps.now();
  let running: Promise<void> | null = null;

  const backupIfChanged = async (reason: 'auto' | 'exit') => {
    if (deps.lastChangeAt() <= savedUpTo) return;
    // Changes made while the backup is being written are after this moment, so the next tick saves them.
    const started = deps.now();
    const made = await deps.makeBackup(reason);
    savedUpTo = started;
    if (made.secondFolder === 'copied' || made.secondFolder === 'not-set') deps.onSuccess();
    else deps.onFailure({ where: 'second-folder', problem: made.secondFolder });
  };

  const attempt = (reason: 'auto' | 'exit'): Promise<void> => {
    const previous = running ?? Promise.resolve();
    const next = previous
      .then(() => backupIfChanged(reason))
      .catch((error: unknown) => {
        console.error(error);
        deps.onFailure({
          where: 'backups-folder',
          problem: error instanceof BackupWriteError ? error.problem : 'failed',
        });
      })
      .finally(() => {
        if (running === next) running = null;
      });
    running = next;
    return next;
  };

  const stopTimer = deps.every(BACKUP_EVERY_MS, () => {
    if (!running) void attempt('auto');
  });
  const stopQuit = deps.onBeforeQuit(() => {
    void attempt('exit').finally(() => void deps.quitReady());
  });
  return () => {
    stopTimer();
    stopQuit();
  };
}
