import type { BackupWriteProblem } from '@shared/ipc/contract';

/** Thrown by makeBackup when main could not write the backup; carries main's reason. */
export class BackupWriteError extends Error {
  constructor(readonly problem: BackupWriteProblem) {
    super(`backup not written: ${problem}`);
    this.name = 'BackupWriteError';
  }
}
