import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupAge, backupReminderKey } from '@shared/backup/backup-age';
import { lastBackupAt, makeBackup } from '@/backup/backup-service';
import { desktop } from '@/desktop';
import { useCan } from '@/db/hooks';
import { useSafeAction } from './use-safe-action';

/**
 * The browser build cannot back up on its own: it asks for a backup when there is none yet, or after
 * a day without one, and says which.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const allowed = useCan('restore');
  const [due, setDue] = useState<ReturnType<typeof backupReminderKey>>(null);
  useEffect(() => {
    if (desktop.runtime !== 'browser') return;
    void lastBackupAt().then((at) => setDue(backupReminderKey(backupAge(at, Date.now()))));
  }, []);
  if (!due || !allowed) return null;
  return (
    <Alert color="yellow" mb="md" className="no-print" data-testid="backup-reminder">
      <Group justify="space-between">
        <Text size="sm">{t(due)}</Text>
        <Button size="xs" onClick={() => run(async () => void (await makeBackup('manual'), setDue(null)))}>
          {t('backup.now')}
        </Button>
      </Group>
    </Alert>
  );
}
