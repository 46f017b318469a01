import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Progress as ImportProgress } from './import-wizard-state';

/** How far the import has written, with a way to stop it before it is kept. */
export function ApplyingStep({ progress, onCancel }: Readonly<{ progress: ImportProgress; onCancel: () => void }>) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="import-progress">
      <Progress value={(progress.done / Math.max(1, progress.total)) * 100} animated />
      <Group justify="space-between">
        <Text size="sm">{t('importer.progress', { done: progress.done, total: progress.total })}</Text>
        <Button size="xs" variant="light" color="red" onClick={onCancel} data-testid="import-cancel">
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
