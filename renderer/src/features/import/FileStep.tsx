import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReadFailure } from '@/import/read-workbook';

const ACCEPT = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'text/csv': ['.csv'],
  'text/plain': ['.txt'],
};

export function FileStep({
  reading,
  failure,
  onFile,
  onPick,
  onCancel,
}: Readonly<{
  reading: boolean;
  failure: ReadFailure | null;
  onFile: (file: File) => void;
  onPick: () => void;
  onCancel: () => void;
}>) {
  const { t } = useTranslation();
  return (
    <Stack>
      {failure && (
        <Alert color="red" title={t('errors.title')} data-testid="import-failure">
          {t(`importer.failure.${failure}`)}
        </Alert>
      )}
      <Dropzone
        onDrop={(files) => files[0] && onFile(files[0])}
        accept={ACCEPT}
        multiple={false}
        loading={reading}
        data-testid="import-dropzone"
      >
        <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
          <IconFileSpreadsheet size={48} stroke={1.4} color="var(--mantine-color-teal-7)" />
          <Stack gap={4}>
            <Text size="lg">{t('importer.dropHint')}</Text>
            <Text size="sm" c="dimmed">
              {t('importer.formats')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Group>
        <Button
          leftSection={<IconFolderOpen size={16} />}
          onClick={onPick}
          disabled={reading}
          data-testid="import-pick"
        >
          {t('importer.pickFile')}
        </Button>
        {reading && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('importer.reading')}</Text>
            <Button size="xs" variant="subtle" onClick={onCancel}>
              {t('importer.cancelReading')}
            </Button>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
