import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import { backupFailureMessage } from '@/backup/backup-failure-message';
import { makeBackup } from '@/backup/backup-service';
import { BackupWriteError } from '@/backup/backup-write-error';
import { useSafeAction } from '@/components/use-safe-action';
import { localWallClock } from '@/lib/clock';
import { useCan } from '@/db/hooks';
import {
  demoDataStatus,
  previewDemoRemoval,
  removeDemoData,
  undoDemoRemoval,
  type DemoRemovalCounts,
  type DemoStatus,
} from '@/db';

function otherCount(counts: DemoRemovalCounts): number {
  const { people, associations, memberships, events, receptions } = counts.removed;
  return counts.removed.total - people - associations - memberships - events - receptions;
}

/**
 * Removing the demo loaded at first run (administrators): the confirmation says what goes and what
 * stays, a backup is made first, and the last removal can be undone here.
 */
export function DemoDataSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const allowed = useCan('settings');
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => void demoDataStatus().then(setStatus), []);
  useEffect(() => {
    if (allowed) refresh();
  }, [allowed, refresh]);

  if (!allowed || !status || (!status.loaded && !status.removal)) return null;

  const keptText = (counts: DemoRemovalCounts, key: 'demoData.confirmKept' | 'demoData.kept') =>
    counts.keptEdited + counts.keptReferenced > 0
      ? t(key, { edited: counts.keptEdited, referenced: counts.keptReferenced })
      : '';

  const remove = () =>
    run(async () => {
      setBusy(true);
      try {
        // Without the backup the removal does not start: the backup is what makes it safe.
        await makeBackup('before-demo-removal');
        const done = await removeDemoData();
        notifications.show({
          color: 'teal',
          message: [t('demoData.done', { n: done.removed.total }), keptText(done, 'demoData.kept')].join(' '),
        });
      } catch (error) {
        if (!(error instanceof BackupWriteError)) throw error;
        notifications.show({
          color: 'red',
          autoClose: false,
          ...backupFailureMessage(t, { where: 'backups-folder', problem: error.problem }, { automatic: false }),
        });
      } finally {
        setBusy(false);
        refresh();
      }
    });

  const confirmRemoval = () =>
    run(async () => {
      const counts = await previewDemoRemoval();
      if (counts.removed.total === 0) {
        notifications.show({ color: 'yellow', message: t('demoData.nothing') });
        return;
      }
      modals.openConfirmModal({
        title: t('demoData.confirmTitle'),
        children: (
          <Stack gap="xs" data-testid="demo-removal-preview">
            <Text size="sm">{t('demoData.confirmRemove', { ...counts.removed, other: otherCount(counts) })}</Text>
            {keptText(counts, 'demoData.confirmKept') && (
              <Text size="sm">{keptText(counts, 'demoData.confirmKept')}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t('demoData.confirmBackup')}
            </Text>
          </Stack>
        ),
        labels: { confirm: t('demoData.remove'), cancel: t('common.cancel') },
        confirmProps: { color: 'red', 'data-testid': 'demo-removal-confirm' },
        onConfirm: remove,
      });
    });

  const undo = () =>
    run(async () => {
      setBusy(true);
      try {
        const { restored } = await undoDemoRemoval();
        notifications.show({ color: 'teal', message: t('demoData.undone', { n: restored }) });
      } finally {
        setBusy(false);
        refresh();
      }
    });

  return (
    <Paper withBorder p="lg" data-testid="settings-demo-data">
      <Title order={4} mb="md">
        {t('demoData.title')}
      </Title>
      <Stack gap="sm">
        {status.loaded && (
          <Text size="sm" data-testid="demo-data-loaded">
            {t('demoData.loaded', {
              n: status.loaded.records,
              date: formatDateTime(localWallClock(status.loaded.at)),
            })}
          </Text>
        )}
        {status.removal && (
          <Text size="sm" data-testid="demo-data-removed">
            {t('demoData.removed', {
              n: status.removal.records,
              date: formatDateTime(localWallClock(status.removal.at)),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('demoData.text')}
        </Text>
        <Group>
          {status.loaded && (
            <Button color="red" variant="light" loading={busy} onClick={confirmRemoval} data-testid="demo-remove">
              {t('demoData.remove')}
            </Button>
          )}
          {status.removal && (
            <Button variant="default" loading={busy} onClick={undo} data-testid="demo-undo-removal">
              {t('demoData.undo')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
