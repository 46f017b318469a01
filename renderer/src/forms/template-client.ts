import { runInWorker } from '@/lib/run-in-worker';
import type { TemplateOutcome } from './read-template';
import { TEMPLATE_LIMITS } from './template-limits';

/**
 * Reads an authority's form in a worker. A form that takes longer than the time limit is stopped:
 * the worker is ended and the limit reported; aborting ends it at once.
 */
export function readTemplateInWorker(
  fileName: string,
  data: Uint8Array,
  signal?: AbortSignal,
): Promise<TemplateOutcome> {
  const copy = data.slice().buffer;
  return runInWorker<TemplateOutcome>(
    new Worker(new URL('./template.worker.ts', import.meta.url), { type: 'module' }),
    { fileName, data: copy },
    [copy],
    {
      seconds: TEMPLATE_LIMITS.seconds,
      timedOut: () => ({
        ok: false,
        error: { code: 'timeout', limit: { limit: 'seconds', value: TEMPLATE_LIMITS.seconds } },
      }),
      crashed: () => ({ ok: false, error: { code: 'unreadable' } }),
      signal,
    },
  );
}
