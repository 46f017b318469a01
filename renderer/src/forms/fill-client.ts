import type { CellWrite } from '@shared/forms/plan-fill';
import { runInWorker } from '@/lib/run-in-worker';
import type { FilledWorkbook } from './fill-workbook';
import { TEMPLATE_LIMITS } from './template-limits';

export type FillFailure = { error: 'timeout' | 'unreadable' };

/**
 * Writes the cells into a copy of the authority's form in a worker. A fill that takes longer than
 * the template's time limit is stopped: the worker is ended and 'timeout' given; aborting ends it
 * at once. The template given stays the caller's: a copy of it is sent.
 */
export function fillWorkbookInWorker(
  template: Uint8Array,
  writes: readonly CellWrite[],
  signal?: AbortSignal,
): Promise<FilledWorkbook | FillFailure> {
  const copy = template.slice().buffer;
  return runInWorker<FilledWorkbook | FillFailure>(
    new Worker(new URL('./fill.worker.ts', import.meta.url), { type: 'module' }),
    { template: copy, writes },
    [copy],
    {
      seconds: TEMPLATE_LIMITS.seconds,
      timedOut: () => ({ error: 'timeout' }),
      crashed: () => ({ error: 'unreadable' }),
      signal,
    },
  );
}
