import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '@shared/model/records';
import { undoImport } from '@/db';
import { useSafeAction } from './use-safe-action';

/**
 * Undoes an import after the user confirms, and tells what it did: people and memberships apart,
 * and what it left because it was edited since or other records name it.
 */
export function useUndoImport(): (batch: ImportBatch, onUndone?: () => void) => void {
  const { t } = useTranslation();
  const run = useSafeAction();
  return (batch, onUndone) =>
    modals.openConfirmModal({
      title: t('registry.imports.undoConfirmTitle'),
      children: <Text size="sm">{t('registry.imports.undoConfirm', { file: batch.fileName })}</Text>,
      labels: { confirm: t('registry.imports.undo'), cancel: t('common.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'undo-import-confirm' },
      onConfirm: () =>
        run(async () => {
          const result = await undoImport(batch.id);
          notifications.show({
            color: 'teal',
            message: [
              t('registry.imports.undoDone', { ...result.removed, restored: result.restored }),
              result.keptReferenced > 0 ? t('registry.imports.keptReferenced', { n: result.keptReferenced }) : '',
              result.keptChangedLater > 0 ? t('registry.imports.keptChangedLater', { n: result.keptChangedLater }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          });
          onUndone?.();
        }),
    });
}
