import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastBackupAt, makeBackup } from '@/backup/backup-service';
import { desktop } from '@/desktop';
import { useCan } from '@/db/hooks';
import { useSafeAction } from './use-safe-action';

const DAY = 86_400_000;

/** The browser build cannot back up on its own: after a day without a backup it asks for one. */
export function BackupReminder() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const allowed = useCan('restore');
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (desktop.runtime !== 'browser') return;
    void lastBackupAt().then((at) => setDue(!at || Date.now() - Date.parse(at) > DAY));
  }, []);
  if (!due || !allowed) return null;
  return (
    <Alert color="yellow" mb="md" className="no-print" data-testid="backup-reminder">
      <Group justify="space-between">
        <Text size="sm">{t('backup.reminder')}</Text>
        <Button size="xs" onClick={() => run(async () => void (await makeBackup('manual'), setDue(false)))}>
          {t('backup.now')}
        </Button>
      </Group>
    </Alert>
  );
}
