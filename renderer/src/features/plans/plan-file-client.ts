import { IMPORT_LIMITS } from '@/import/limits';
import { runInWorker } from '@/lib/run-in-worker';
import type { PlanFileOutcome } from './read-plan-file';

/** Reads a plan's file in a worker; aborting ends the worker at once. */
export function parsePlanFile(fileName: string, data: Uint8Array, signal?: AbortSignal): Promise<PlanFileOutcome> {
  const copy = data.slice().buffer;
  return runInWorker<PlanFileOutcome>(
    new Worker(new URL('./plan-file.worker.ts', import.meta.url), { type: 'module' }),
    { fileName, data: copy },
    [copy],
    {
      seconds: IMPORT_LIMITS.seconds,
      timedOut: () => ({ ok: false, failure: 'timeout' }),
      crashed: () => ({ ok: false, failure: 'unreadable' }),
      signal,
    },
  );
}
