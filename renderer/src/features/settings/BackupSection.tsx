import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFolderInfo } from '@shared/desktop/api';
import { formatDateTime } from '@shared/dates/format';
import { DEFAULT_RETENTION } from '@shared/backup/retention';
import { backupFailureMessage } from '@/backup/backup-failure-message';
import { lastBackupAt, makeBackup } from '@/backup/backup-service';
import { BackupWriteError } from '@/backup/backup-write-error';
import { useSafeAction } from '@/components/use-safe-action';
import { desktop } from '@/desktop';
import { RestorePanel } from '@/features/backup/RestorePanel';
import { localWallClock } from '@/lib/clock';
import { useCan } from '@/db/hooks';

export function BackupSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const canRestore = useCan('restore');
  const [last, setLast] = useState<string | null>(null);
  const [folder, setFolder] = useState<SecondFolderInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void lastBackupAt().then(setLast);
    void desktop.secondFolder().then(setFolder);
  }, []);

  const showFailure = (failure: Parameters<typeof backupFailureMessage>[1]) =>
    notifications.show({ color: 'red', autoClose: false, ...backupFailureMessage(t, failure, { automatic: false }) });

  const backUpNow = () =>
    run(async () => {
      setBusy(true);
      try {
        const made = await makeBackup('manual');
        notifications.show({ color: 'teal', message: t('backup.made', { name: made.fileName }) });
        if (made.secondFolder !== 'copied' && made.secondFolder !== 'not-set')
          showFailure({ where: 'second-folder', problem: made.secondFolder });
        setLast(await lastBackupAt());
      } catch (error) {
        if (!(error instanceof BackupWriteError)) throw error;
        showFailure({ where: 'backups-folder', problem: error.problem });
      } finally {
        setBusy(false);
      }
    });

  // Main shows its own folder dialog and keeps the folder; a network folder needs a second, explicit yes.
  const chooseFolder = () =>
    run(async () => {
      const choice = await desktop.chooseSecondFolder();
      if (choice.outcome === 'refused') notifications.show({ color: 'red', message: t('backup.folderRefused') });
      if (choice.outcome === 'confirm-network')
        modals.openConfirmModal({
          title: t('backup.networkTitle'),
          children: <Text size="sm">{t('backup.networkConfirm', { path: choice.path ?? '' })}</Text>,
          labels: { confirm: t('backup.networkConfirmButton'), cancel: t('common.cancel') },
          confirmProps: { color: 'orange' },
          onCancel: () => void desktop.confirmNetworkFolder(false),
          onConfirm: () =>
            run(async () => {
              const confirmed = await desktop.confirmNetworkFolder(true);
              if (!confirmed.set) notifications.show({ color: 'red', message: t('backup.networkExpired') });
              setFolder(await desktop.secondFolder());
            }),
        });
      setFolder(await desktop.secondFolder());
    });

  return (
    <Paper withBorder p="lg" data-testid="settings-backups">
      <Title order={4} mb="md">
        {t('backup.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" data-testid="last-backup">
          {last ? t('backup.lastAt', { date: formatDateTime(localWallClock(last)) }) : t('backup.never')}
        </Text>
        <Text size="sm" c="dimmed">
          {desktop.runtime === 'desktop' ? t('backup.automatic') : t('backup.browserNote')}
        </Text>
        {desktop.runtime === 'desktop' && (
          <Text size="sm" c="dimmed">
            {t('backup.retention', {
              today: DEFAULT_RETENTION.rotation.newest,
              days: DEFAULT_RETENTION.rotation.days,
              safety: DEFAULT_RETENTION.safety.newest,
              safetyDays: DEFAULT_RETENTION.safety.days,
            })}
          </Text>
        )}
        {canRestore && (
          <Group>
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={busy}
              data-testid="backup-now"
              onClick={backUpNow}
            >
              {t('backup.now')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              onClick={() => setRestoring(true)}
              data-testid="restore-open"
            >
              {t('backup.restore')}
            </Button>
            {desktop.runtime === 'desktop' && (
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={16} />}
                onClick={() => void desktop.openBackupsFolder()}
              >
                {t('settings.backupsFolder')}
              </Button>
            )}
          </Group>
        )}
        {desktop.runtime === 'desktop' && canRestore && (
          <Group>
            <Text size="sm" data-testid="second-folder">
              {t('backup.secondFolder')}:{' '}
              {folder
                ? `${folder.path}${folder.network ? ` (${t('backup.networkFolder')})` : ''}`
                : t('backup.noSecondFolder')}
            </Text>
            <Button size="xs" variant="light" onClick={chooseFolder}>
              {t('backup.chooseFolder')}
            </Button>
            {folder && (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                onClick={() =>
                  run(async () => {
                    await desktop.clearSecondFolder();
                    setFolder(null);
                  })
                }
              >
                {t('backup.clearSecondFolder')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {restoring && (
        <Modal opened onClose={() => setRestoring(false)} title={t('backup.restoreTitle')} size="lg">
          <RestorePanel
            onRestored={(records) => {
              notifications.show({ color: 'teal', message: t('backup.restoreDone', { n: records }) });
              setRestoring(false);
              window.setTimeout(() => window.location.reload(), 800);
            }}
          />
        </Modal>
      )}
    </Paper>
  );
}
