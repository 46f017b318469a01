import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS, type LimitExceeded } from '@/import/limits';
import type { TFunction } from 'i18next';
import { formatNumber } from '@shared/text/number-format';
import type { FileFailure } from './import-wizard-state';

const MEGABYTES: readonly string[] = ['fileBytes', 'unzippedBytes'];

/** The limit in the user's words: what was too large, how large it was, how large it may be. */
function limitParams(limit: LimitExceeded, t: TFunction) {
  const scale = (value: number) => (MEGABYTES.includes(limit.limit) ? Math.ceil(value / 1024 / 1024) : value);
  return {
    what: t(`importer.limits.${limit.limit}`),
    value: formatNumber(scale(limit.value)),
    max: formatNumber(scale(IMPORT_LIMITS[limit.limit])),
  };
}

const ACCEPT = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  // Excel 2003 XML (SpreadsheetML): the system names .xml either way.
  'application/xml': ['.xml'],
  'text/xml': ['.xml'],
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
  failure: FileFailure | null;
  onFile: (file: File) => void;
  onPick: () => void;
  onCancel: () => void;
}>) {
  const { t } = useTranslation();
  return (
    <Stack>
      {failure && (
        <Alert color="red" title={t('errors.title')} data-testid="import-failure">
          {failure.limit
            ? t(`importer.failure.${failure.failure}`, limitParams(failure.limit, t))
            : t(`importer.failure.${failure.failure}`, { what: '', value: '', max: '' })}
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
