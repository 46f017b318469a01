import type { ReadOutcome } from './read-workbook';

/** Reads a spreadsheet in a worker; aborting terminates the worker at once. */
export function parseSpreadsheet(fileName: string, data: Uint8Array, signal?: AbortSignal): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
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
