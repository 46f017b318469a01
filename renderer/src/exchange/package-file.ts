import type { ExportTable } from '@shared/export/table';
import type { ReadSupport } from '@shared/exchange/read';
import { buildWorkbookInWorker } from '@/export/export-client';
import { runInWorker } from '@/lib/run-in-worker';
import type { PackageFileResult } from './read-package';

export type { PackageFileResult } from './read-package';

/** Seconds a package may take to read before the worker is stopped (a 50,000-row package takes a few). */
const READ_SECONDS = 90;

/** readPackageBytes (read-package.ts) in a worker, so that a large package never freezes the window; aborting stops it. */
export function readPackageFile(
  fileName: string,
  data: Uint8Array,
  supported: ReadSupport,
  signal?: AbortSignal,
): Promise<PackageFileResult> {
  const copy = data.slice().buffer;
  return runInWorker<PackageFileResult>(
    new Worker(new URL('./package-file.worker.ts', import.meta.url), { type: 'module' }),
    { fileName, data: copy, supported },
    [copy],
    {
      seconds: READ_SECONDS,
      timedOut: () => ({ ok: false, problem: { code: 'too_large' } }),
      crashed: () => ({ ok: false, problem: { code: 'unreadable' } }),
      signal,
    },
  );
}

/** The package's .xlsx bytes, written in a worker with the styled writer. */
export function writePackageFile(tables: ExportTable[]): Promise<Uint8Array> {
  return buildWorkbookInWorker(tables);
}
