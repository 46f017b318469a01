import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import type { ImportBatch } from '@shared/model/records';
import { useSafeAction } from '@/components/use-safe-action';
import { db } from '@/db';
import { useRecentImports } from '@/db/hooks';
import { undoImport } from '@/db/repositories/imports';
import { localWallClock } from '@/lib/clock';

/** Undoes an import and tells what it did, including records it left because they were edited since. */
export function useUndoImport(): (batch: ImportBatch) => void {
  const { t } = useTranslation();
  const run = useSafeAction();
  return (batch) =>
    run(async () => {
      const result = await undoImport(db, batch.id);
      notifications.show({
        color: 'teal',
        message: [
          t('registry.imports.undoDone', { removed: result.removed, restored: result.restored }),
          result.keptChangedLater > 0 ? t('registry.imports.keptChangedLater', { n: result.keptChangedLater }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    });
}

export function ImportsTab() {
  const { t } = useTranslation();
  const batches = useRecentImports();
  const undo = useUndoImport();
  if (batches?.length === 0) return <Text c="dimmed">{t('registry.imports.empty')}</Text>;
  return (
    <Stack>
      <Table striped withTableBorder data-testid="imports-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.imports.when')}</Table.Th>
            <Table.Th>{t('registry.imports.file')}</Table.Th>
            <Table.Th>{t('registry.imports.result')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches?.map((batch) => (
            <Table.Tr key={batch.id}>
              <Table.Td>{formatDateTime(localWallClock(batch.at))}</Table.Td>
              <Table.Td>{batch.fileName}</Table.Td>
              <Table.Td>{t('registry.imports.counts', batch.counts)}</Table.Td>
              <Table.Td>
                {batch.undoneAt ? (
                  <Badge color="gray" variant="light">
                    {t('registry.imports.undone')}
                  </Badge>
                ) : (
                  <Button size="xs" variant="light" color="red" onClick={() => undo(batch)}>
                    {t('registry.imports.undo')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
