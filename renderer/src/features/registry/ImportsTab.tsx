import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import { useUndoImport } from '@/components/use-undo-import';
import { useRecentImports } from '@/db/hooks';
import { localWallClock } from '@/lib/clock';
import { LabelBadge } from '@/components/LabelBadge';

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
                  <LabelBadge color="gray" variant="light">
                    {t('registry.imports.undone')}
                  </LabelBadge>
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
