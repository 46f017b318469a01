import { describe, expect, it, vi } from 'vitest';
import { exportPdf, type PdfExportDeps } from './pdf-export';

const SHA = 'ab'.repeat(32);

function deps(canExport: boolean, runtime: 'desktop' | 'browser', saved = true) {
  const printToPdf = vi.fn<PdfExportDeps['desktop']['printToPdf']>(async () =>
    saved ? { saved: true, fileName: 'Люди.pdf', sha256: SHA } : { saved: false },
  );
  const recordExport = vi.fn<PdfExportDeps['recordExport']>(async () => undefined);
  return { canExport, desktop: { runtime, printToPdf }, recordExport, printToPdf };
}

describe('saving as PDF', () => {
  it('prints nothing and records nothing for an operator without the export right', async () => {
    const viewer = deps(false, 'desktop');
    expect(await exportPdf(viewer, 'kelisim.pdf', true, { kind: 'screen', screen: '/registry' })).toEqual({
      kind: 'denied',
    });
    expect(viewer.printToPdf).not.toHaveBeenCalled();
    expect(viewer.recordExport).not.toHaveBeenCalled();
  });

  it('audits the PDF main wrote with its hash, like every other export', async () => {
    const exporter = deps(true, 'desktop');
    expect(await exportPdf(exporter, 'kelisim.pdf', true, { kind: 'screen', screen: '/registry' })).toEqual({
      kind: 'saved',
      fileName: 'Люди.pdf',
    });
    expect(exporter.printToPdf).toHaveBeenCalledWith('kelisim.pdf', true);
    expect(exporter.recordExport).toHaveBeenCalledWith(
      { kind: 'screen', screen: '/registry', format: 'pdf', file: 'Люди.pdf' },
      SHA,
    );
  });

  it('records nothing when the save dialog is cancelled', async () => {
    const exporter = deps(true, 'desktop', false);
    expect(await exportPdf(exporter, 'Выезд.pdf', false, { kind: 'visit', visit: 'v1' })).toEqual({
      kind: 'cancelled',
    });
    expect(exporter.recordExport).not.toHaveBeenCalled();
  });

  it('records a print from the browser build, where there is no file to hash', async () => {
    const exporter = deps(true, 'browser', false);
    await exportPdf(exporter, 'report.pdf', true, { kind: 'report-information' });
    expect(exporter.recordExport).toHaveBeenCalledWith({ kind: 'report-information', format: 'print' });
  });
});
