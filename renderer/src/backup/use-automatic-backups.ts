import { useEffect } from 'react';
import { lastChangeAt } from '@/db';
import { desktop } from '@/desktop';
import { makeBackup } from './backup-service';

const EVERY = 15 * 60_000;

/**
 * In the desktop: a backup every 15 minutes when data changed since the last one, and a last one
 * on the way out (main waits for it). The browser has no folder to write to; it reminds instead.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    if (desktop.runtime !== 'desktop') return undefined;
    let lastBackup = Date.now();
    const backupIfChanged = async (reason: 'auto' | 'exit') => {
      if (lastChangeAt() <= lastBackup) return;
      await makeBackup(reason);
      lastBackup = Date.now();
    };
    const timer = setInterval(() => void backupIfChanged('auto').catch((error) => console.error(error)), EVERY);
    const stop = desktop.onBeforeQuit(() => {
      void backupIfChanged('exit')
        .catch((error) => console.error(error))
        .finally(() => void desktop.quitReady());
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, []);
}
