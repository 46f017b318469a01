import type { ExportTable } from '@shared/export/table';

/** Builds the .xlsx in a worker and returns its bytes. */
export function buildWorkbookInWorker(tables: ExportTable[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ ok: true; bytes: Uint8Array } | { ok: false }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error('export failed'));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('export failed'));
    };
    worker.postMessage(tables);
  });
}
