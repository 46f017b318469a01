import { IMPORT_LIMITS } from './limits';
import type { ReadOutcome } from './read-workbook';

/** Reads a spreadsheet in a worker; aborting terminates the worker at once. */
export function parseSpreadsheet(fileName: string, data: Uint8Array, signal?: AbortSignal): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    // A file that takes longer than the limit is stopped: the worker is ended, the window never froze.
    const timer = setTimeout(() => {
      finish();
      resolve({ ok: false, failure: 'timeout', limit: { limit: 'seconds', value: IMPORT_LIMITS.seconds } });
    }, IMPORT_LIMITS.seconds * 1000);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ReadOutcome>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = () => {
      finish();
      resolve({ ok: false, failure: 'unreadable' });
    };
    const copy = data.slice().buffer;
    worker.postMessage({ fileName, data: copy }, [copy]);
  });
}
