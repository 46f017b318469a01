import { Alert, Button, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { backupFailureMessage } from '@/backup/backup-failure-message';
import { makeBackup } from '@/backup/backup-service';
import { BackupWriteError } from '@/backup/backup-write-error';
import { useSafeAction } from '@/components/use-safe-action';
import { completeFirstRun } from '@/db';
import { DemoSizeSelect } from './DemoSizeSelect';
import { useDemoLoader } from './use-demo-loader';

/**
 * The last step of the first run: demo data or an empty start, then the office saved and its first
 * backup made (sealed, like every backup, to the administrator and the recovery key). A backup that
 * fails is said, with a retry and a way on without it.
 */
export function DemoStep({
  profile,
  size,
  onSizeChange,
  onFinished,
}: Readonly<{
  profile: OfficeProfile;
  size: number;
  onSizeChange: (size: number) => void;
  onFinished: () => void;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const { load, progress, loading } = useDemoLoader();
  const [backup, setBackup] = useState<'idle' | 'making' | { failed: string }>('idle');

  const backUp = async () => {
    setBackup('making');
    try {
      await makeBackup('first-run');
      onFinished();
    } catch (error) {
      console.error(error);
      const problem = error instanceof BackupWriteError ? error.problem : 'failed';
      setBackup({
        failed: backupFailureMessage(t, { where: 'backups-folder', problem }, { automatic: false }).message,
      });
    }
  };

  const finish = (withDemo: boolean) =>
    run(async () => {
      if (withDemo && !(await load(size, profile.districtId))) return;
      await completeFirstRun(profile);
      await backUp();
    });

  if (backup === 'making')
    return (
      <Group data-testid="onboarding-first-backup">
        <Loader size="sm" />
        <Text>{t('onboarding.finishing')}</Text>
      </Group>
    );
  if (backup !== 'idle')
    return (
      <Stack data-testid="onboarding-first-backup-failed">
        <Alert color="red" title={t('onboarding.firstBackupFailed')}>
          {backup.failed}
        </Alert>
        <Group justify="space-between">
          <Button variant="default" onClick={onFinished} data-testid="first-backup-skip">
            {t('onboarding.continueWithoutBackup')}
          </Button>
          <Button onClick={() => void backUp()} data-testid="first-backup-retry">
            {t('onboarding.retryBackup')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack data-testid="onboarding-demo">
      <Title order={4}>{t('onboarding.demoTitle')}</Title>
      <Text c="dimmed">{t('onboarding.demoText')}</Text>
      <DemoSizeSelect value={size} onChange={onSizeChange} />
      {progress !== null && <Progress value={progress} aria-label={t('onboarding.demoProgress')} />}
      <Group justify="space-between">
        <Button variant="default" disabled={loading} onClick={() => finish(false)} data-testid="start-empty">
          {t('onboarding.startEmpty')}
        </Button>
        <Button loading={loading} onClick={() => finish(true)} data-testid="load-demo">
          {t('onboarding.loadDemo')}
        </Button>
      </Group>
    </Stack>
  );
}
