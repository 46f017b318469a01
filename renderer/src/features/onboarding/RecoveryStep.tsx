import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyNotice } from '@/components/RecoveryKeyNotice';
import { useSafeAction } from '@/components/use-safe-action';
import { replaceRecoveryKey } from '@/db';

/**
 * Resuming a first run whose window closed while the recovery key was on screen: nobody confirmed it
 * was written down, and it is never shown again. Either it was, or a new one is made and shown once.
 */
export function RecoveryStep({ onDone }: Readonly<{ onDone: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  if (recoveryKey)
    return (
      <Stack data-testid="onboarding-recovery">
        <RecoveryKeyNotice recoveryKey={recoveryKey} confirmed={confirmed} onConfirmedChange={setConfirmed} />
        <Group justify="flex-end">
          <Button disabled={!confirmed} onClick={onDone} data-testid="recovery-continue">
            {t('onboarding.continue')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack data-testid="onboarding-recovery">
      <Alert color="yellow" title={t('onboarding.recoveryResumeTitle')}>
        <Text size="sm">{t('onboarding.recoveryResumeText')}</Text>
      </Alert>
      <Group justify="space-between">
        <Button
          variant="default"
          onClick={() => run(async () => setRecoveryKey(await replaceRecoveryKey()))}
          data-testid="recovery-make-new"
        >
          {t('onboarding.recoveryMakeNew')}
        </Button>
        <Button onClick={onDone} data-testid="recovery-have-it">
          {t('onboarding.recoveryHaveIt')}
        </Button>
      </Group>
    </Stack>
  );
}
