import type { DesktopApi } from '@shared/desktop/api';

export type PdfOutcome = { kind: 'saved'; fileName?: string } | { kind: 'cancelled' } | { kind: 'denied' };

export interface PdfExportDeps {
  /** The export right of whoever is signed in (useCan('export')). */
  canExport: boolean;
  desktop: Pick<DesktopApi, 'runtime' | 'printToPdf'>;
  /** The data layer's recordExport, which checks the right again before it writes the audit entry. */
  recordExport: (details: Record<string, string | number | boolean>, sha256?: string) => Promise<void>;
}

/**
 * Every PDF Kelisim saves goes through here: the menu's "Save as PDF", the standard reports and the
 * visit card. Without the export right nothing is printed. On the desktop the export is written to the
 * audit log with the SHA-256 main computed of the file it wrote, as a workbook's is; in a browser the
 * print dialog is all there is, so the entry records the print, without a file or a hash.
 */
export async function exportPdf(
  deps: PdfExportDeps,
  suggestedName: string,
  landscape: boolean,
  details: Record<string, string | number | boolean>,
): Promise<PdfOutcome> {
  if (!deps.canExport) return { kind: 'denied' };
  const result = await deps.desktop.printToPdf(suggestedName, landscape);
  if (deps.desktop.runtime !== 'desktop') {
    await deps.recordExport({ ...details, format: 'print' });
    return { kind: 'saved' };
  }
  if (!result.saved) return { kind: 'cancelled' };
  await deps.recordExport(
    { ...details, format: 'pdf', ...(result.fileName ? { file: result.fileName } : {}) },
    result.sha256,
  );
  return result.fileName ? { kind: 'saved', fileName: result.fileName } : { kind: 'saved' };
}
