import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import { DEFAULT_RETENTION } from '@shared/backup/retention';
import { lastBackupAt, makeBackup } from '@/backup/backup-service';
import { useSafeAction } from '@/components/use-safe-action';
import { desktop } from '@/desktop';
import { RestorePanel } from '@/features/backup/RestorePanel';
import { localWallClock } from '@/lib/clock';
import { useCan } from '@/db/hooks';
import { secondFolder, setSecondFolder } from '@/db';

export function BackupSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const canRestore = useCan('restore');
  const [last, setLast] = useState<string | null>(null);
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const [restoring, setRestoring] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void lastBackupAt().then(setLast);
    void secondFolder().then(setFolder);
  }, []);

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
            {t('backup.retention', { today: DEFAULT_RETENTION.keepToday, days: DEFAULT_RETENTION.keepDays })}
          </Text>
        )}
        {canRestore && (
          <Group>
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={busy}
              data-testid="backup-now"
              onClick={() =>
                run(async () => {
                  setBusy(true);
                  try {
                    const made = await makeBackup('manual');
                    notifications.show({ color: 'teal', message: t('backup.made', { name: made.fileName }) });
                    setLast(await lastBackupAt());
                  } finally {
                    setBusy(false);
                  }
                })
              }
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
            <Text size="sm">
              {t('backup.secondFolder')}: {folder || t('backup.noSecondFolder')}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                run(async () => {
                  const chosen = await desktop.chooseFolder();
                  if (chosen) {
                    await setSecondFolder(chosen);
                    setFolder(chosen);
                  }
                })
              }
            >
              {t('backup.chooseFolder')}
            </Button>
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
