import { runInWorker } from '@/lib/run-in-worker';
import { IMPORT_LIMITS } from './limits';
import type { ReadOutcome } from './read-workbook';

/** Reads a spreadsheet in a worker; aborting terminates the worker at once. */
export function parseSpreadsheet(fileName: string, data: Uint8Array, signal?: AbortSignal): Promise<ReadOutcome> {
  const copy = data.slice().buffer;
  return runInWorker<ReadOutcome>(
    new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }),
    { fileName, data: copy },
    [copy],
    {
      // A file that takes longer than the limit is stopped: the worker is ended, the window never froze.
      seconds: IMPORT_LIMITS.seconds,
      timedOut: () => ({ ok: false, failure: 'timeout', limit: { limit: 'seconds', value: IMPORT_LIMITS.seconds } }),
      crashed: () => ({ ok: false, failure: 'unreadable' }),
      signal,
    },
  );
}
