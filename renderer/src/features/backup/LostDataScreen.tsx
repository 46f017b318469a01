import { Alert, Button, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { StartCheck } from '@shared/backup/manifest';
import { formatDateTime } from '@shared/dates/format';
import { formatNumber } from '@shared/text/number-format';
import { recordDatabaseState } from '@/backup/backup-service';
import { CenteredCard } from '@/features/access/CenteredCard';
import { localWallClock } from '@/lib/clock';
import { RestorePanel } from './RestorePanel';

/**
 * Shown instead of an empty registry when the database lost what the manifest says it held: the
 * way forward is a backup; starting empty is possible but has to be chosen knowingly.
 */
export function LostDataScreen({
  guard,
  onResolved,
}: Readonly<{ guard: Extract<StartCheck, { ok: false }>; onResolved: () => void }>) {
  const { t } = useTranslation();
  const { manifest } = guard;
  return (
    <CenteredCard title={t('guard.title')} testId="lost-data">
      <Alert color="red">
        <Text size="sm">
          {guard.reason === 'database-empty'
            ? t('guard.emptyText', { n: formatNumber(manifest.records) })
            : t('guard.failedText', { n: formatNumber(manifest.records) })}
        </Text>
        {manifest.lastBackupAt && (
          <Text size="sm" mt="xs">
            {t('guard.lastBackup', { date: formatDateTime(localWallClock(manifest.lastBackupAt)) })}
          </Text>
        )}
      </Alert>
      <RestorePanel preferNewest onRestored={onResolved} />
      <Stack gap={4}>
        <Button
          variant="subtle"
          color="red"
          w="fit-content"
          onClick={() =>
            modals.openConfirmModal({
              title: t('guard.startEmpty'),
              children: <Text size="sm">{t('guard.startEmptyConfirm')}</Text>,
              labels: { confirm: t('guard.startEmpty'), cancel: t('common.cancel') },
              confirmProps: { color: 'red' },
              // Starting over knowingly: the audit chain begins anew, and so does the head recorded outside.
              onConfirm: () => void recordDatabaseState('new').then(onResolved),
            })
          }
        >
          {t('guard.startEmpty')}
        </Button>
      </Stack>
    </CenteredCard>
  );
}
