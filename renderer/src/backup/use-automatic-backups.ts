import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { lastChangeAt } from '@/db';
import { localizedNotification } from '@/lib/localized-notification';
import { desktop } from '@/desktop';
import { backupFailureMessage } from './backup-failure-message';
import { makeBackup } from './backup-service';
import { startBackupScheduler, type BackupFailure } from './backup-scheduler';

const NOTICE_ID = 'automatic-backup-failed';

function showFailure(failure: BackupFailure): void {
  const notice = localizedNotification({
    id: NOTICE_ID,
    color: 'red',
    title: (t) => backupFailureMessage(t, failure, { automatic: true }).title,
    message: (t) => backupFailureMessage(t, failure, { automatic: true }).message,
    autoClose: false,
  });
  // A notice already on screen is brought up to date rather than stacked under a new one.
  notifications.show(notice);
  notifications.update(notice);
}

/**
 * The desktop's automatic backups (see backup-scheduler.ts), for as long as the application runs:
 * the component that calls this stays mounted whether anyone is signed in or not. A failure is shown
 * in the user's language until a later backup goes through. The browser has no folder to write to;
 * it reminds instead.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    if (desktop.runtime !== 'desktop') return undefined;
    return startBackupScheduler({
      makeBackup,
      lastChangeAt,
      now: Date.now,
      every(ms, task) {
        const timer = setInterval(task, ms);
        return () => clearInterval(timer);
      },
      onBeforeQuit: (listener) => desktop.onBeforeQuit(listener),
      quitReady: () => desktop.quitReady(),
      onFailure: showFailure,
      onSuccess: () => notifications.hide(NOTICE_ID),
    });
  }, []);
}
