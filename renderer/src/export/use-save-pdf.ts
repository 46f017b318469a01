import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { recordExport } from '@/db';
import { useCan } from '@/db/hooks';
import { desktop } from '@/desktop';
import { exportPdf, type PdfOutcome } from './pdf-export';

/**
 * Saving what is on screen as PDF the way every export is saved (see exportPdf), with the notice of
 * the name it was saved under, or of why it was refused.
 */
export function useSavePdf(): (
  name: string,
  landscape: boolean,
  details: Record<string, string | number | boolean>,
) => Promise<PdfOutcome> {
  const { t } = useTranslation();
  const canExport = useCan('export');
  return useCallback(
    async (name, landscape, details) => {
      const outcome = await exportPdf({ canExport, desktop, recordExport }, name, landscape, details);
      if (outcome.kind === 'denied') notifications.show({ color: 'orange', message: t('exports.pdfDenied') });
      if (outcome.kind === 'saved' && outcome.fileName)
        notifications.show({ color: 'teal', message: t('exports.saved', { name: outcome.fileName }) });
      return outcome;
    },
    [t, canExport],
  );
}
