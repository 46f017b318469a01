import { useState } from 'react';
import { useSafeAction } from './use-safe-action';

/**
 * An export started from a dialog: `working` while the workbook is built and saved (the button
 * shows it), failures told as any action's are.
 */
export function useExportRun(): { working: boolean; start: (job: () => Promise<void>) => void } {
  const run = useSafeAction();
  const [working, setWorking] = useState(false);
  const start = (job: () => Promise<void>) =>
    run(async () => {
      setWorking(true);
      try {
        await job();
      } finally {
        setWorking(false);
      }
    });
  return { working, start };
}
