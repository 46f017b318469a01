import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/text/number-format';
import type { SyncProgress } from '@/db';
import { estimateOf } from './sync-texts';

/** The first sync's bar: what is moving, how much of it, and about how long is left. */
export function FirstSyncProgress({ progress }: Readonly<{ progress: SyncProgress }>) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const share = progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4} data-testid="sync-progress">
      <Text size="sm" fw={500}>
        {progress.direction === 'upload' ? t('sync.firstUpload') : t('sync.firstDownload')}
      </Text>
      <Progress value={share} animated />
      <Text size="xs" c="dimmed">
        {t('sync.progress', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}{' '}
        {estimateOf(t, progress, now)}
      </Text>
    </Stack>
  );
}
