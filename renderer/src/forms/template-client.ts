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
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./template.worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      finish();
      resolve({ ok: false, error: { code: 'timeout', limit: { limit: 'seconds', value: TEMPLATE_LIMITS.seconds } } });
    }, TEMPLATE_LIMITS.seconds * 1000);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<TemplateOutcome>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = () => {
      finish();
      resolve({ ok: false, error: { code: 'unreadable' } });
    };
    const copy = data.slice().buffer;
    worker.postMessage({ fileName, data: copy }, [copy]);
  });
}
