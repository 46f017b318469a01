import type { BackupWriteProblem } from '@shared/ipc/contract';
import type { BackupFailure } from './backup-scheduler';

const REASON = {
  'disk-full': 'backup.failure.diskFull',
  'folder-missing': 'backup.failure.folderMissing',
  'no-permission': 'backup.failure.noPermission',
  failed: 'backup.failure.failed',
} as const satisfies Record<BackupWriteProblem, string>;

type MessageKey =
  | (typeof REASON)[BackupWriteProblem]
  | 'backup.failure.savedHere'
  | 'backup.failure.retry'
  | 'backup.failure.title'
  | 'backup.failure.secondTitle';

type Translate = (key: MessageKey) => string;

/**
 * What the user is told when a backup did not reach a folder: which folder, why when it is
 * something they can act on (a full disk, a folder that is gone), and what happens next.
 */
export function backupFailureMessage(
  t: Translate,
  failure: BackupFailure,
  { automatic }: { automatic: boolean },
): { title: string; message: string } {
  const second = failure.where === 'second-folder';
  const sentences = [t(REASON[failure.problem])];
  if (second) sentences.push(t('backup.failure.savedHere'));
  else if (automatic) sentences.push(t('backup.failure.retry'));
  return {
    title: t(second ? 'backup.failure.secondTitle' : 'backup.failure.title'),
    message: sentences.join(' '),
  };
}
