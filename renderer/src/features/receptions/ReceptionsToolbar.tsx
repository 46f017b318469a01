import { Button, Group, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/db/hooks';
import { NEW_RECEPTION_HINT } from './shortcuts';

/** The page's title and what the user may do from it: import a journal, export one, enter a reception. */
export function ReceptionsToolbar({
  onImport,
  onExport,
  onNew,
}: Readonly<{ onImport: () => void; onExport: () => void; onNew: () => void }>) {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const canImport = useCan('import');
  const canExport = useCan('export');
  return (
    <Group justify="space-between">
      <Title order={2}>{t('receptions.title')}</Title>
      <Group>
        {canImport && (
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={onImport}
            data-testid="receptions-import"
          >
            {t('receptions.import')}
          </Button>
        )}
        {canExport && (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={onExport}
            data-testid="receptions-export"
          >
            {t('receptions.export')}
          </Button>
        )}
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="reception-new">
            {t('receptions.newReception')}{' '}
            <Text span size="xs" ml={6} opacity={0.7}>
              {NEW_RECEPTION_HINT}
            </Text>
          </Button>
        )}
      </Group>
    </Group>
  );
}
