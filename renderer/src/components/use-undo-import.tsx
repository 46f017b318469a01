import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '@shared/model/records';
import { previewUndoImport, undoImport, type UndoResult } from '@/db';
import { useSafeAction } from './use-safe-action';

/**
 * Undoes an import after the user confirms what it will remove, and tells what it did: people and
 * memberships apart, and what it left because it was edited since or other records name it.
 */
export function useUndoImport(): (batch: ImportBatch, onUndone?: () => void) => void {
  const { t } = useTranslation();
  const run = useSafeAction();
  const kept = (result: UndoResult, tense: 'will' | 'did') =>
    [
      result.keptReferenced > 0
        ? t(tense === 'will' ? 'registry.imports.willKeepReferenced' : 'registry.imports.keptReferenced', {
            n: result.keptReferenced,
          })
        : '',
      result.keptChangedLater > 0
        ? t(tense === 'will' ? 'registry.imports.willKeepChangedLater' : 'registry.imports.keptChangedLater', {
            n: result.keptChangedLater,
          })
        : '',
    ].filter(Boolean);
  return (batch, onUndone) =>
    run(async () => {
      const preview = await previewUndoImport(batch.id);
      modals.openConfirmModal({
        title: t('registry.imports.undoConfirmTitle'),
        children: (
          <Stack gap="xs" data-testid="undo-import-preview">
            <Text size="sm">{t('registry.imports.undoConfirm', { file: batch.fileName })}</Text>
            <Text size="sm" fw={500}>
              {t('registry.imports.undoWill', { ...preview.removed, restored: preview.restored })}
            </Text>
            {kept(preview, 'will').map((line) => (
              <Text size="sm" key={line}>
                {line}
              </Text>
            ))}
          </Stack>
        ),
        labels: { confirm: t('registry.imports.undo'), cancel: t('common.cancel') },
        confirmProps: { color: 'red', 'data-testid': 'undo-import-confirm' },
        onConfirm: () =>
          run(async () => {
            const result = await undoImport(batch.id);
            notifications.show({
              color: 'teal',
              message: [
                t('registry.imports.undoDone', { ...result.removed, restored: result.restored }),
                ...kept(result, 'did'),
              ].join(' '),
            });
            onUndone?.();
          }),
      });
    });
}
