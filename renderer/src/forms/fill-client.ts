import type { CellWrite } from '@shared/forms/plan-fill';
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
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./fill.worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      finish();
      resolve({ error: 'timeout' });
    }, TEMPLATE_LIMITS.seconds * 1000);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<FilledWorkbook | FillFailure>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = () => {
      finish();
      resolve({ error: 'unreadable' });
    };
    const copy = template.slice().buffer;
    worker.postMessage({ template: copy, writes }, [copy]);
  });
}
