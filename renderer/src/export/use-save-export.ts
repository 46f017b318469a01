import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { desktop } from '@/desktop';
import { recordExport } from '@/db';

const EXCEL = [{ name: 'Excel', extensions: ['xlsx'] }];
export const WORD = [{ name: 'Word', extensions: ['docx'] }];

/**
 * Saving a finished workbook (or, with `filters`, another file: a Word document) the way every export does: the save dialog (a download in the
 * browser), then, only when it was saved, the export in the audit log with the file's hash and a
 * notice with the name it was saved under. Resolves to whether it was saved.
 */
export function useSaveExport(): (
  name: string,
  bytes: Uint8Array,
  details: Record<string, string | number | boolean>,
  filters?: { name: string; extensions: string[] }[],
) => Promise<boolean> {
  const { t } = useTranslation();
  return useCallback(
    async (name, bytes, details, filters = EXCEL) => {
      const result = await desktop.saveFile(name, bytes, filters);
      if (!result.saved) return false;
      await recordExport(details, fileHash(bytes));
      notifications.show({ color: 'teal', message: t('exports.saved', { name: result.fileName ?? name }) });
      return true;
    },
    [t],
  );
}
