import { Alert, Button, Group, Modal, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconKey, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyNotice } from '@/components/RecoveryKeyNotice';
import { showLocalizedNotification } from '@/lib/localized-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { RecoveryKeyFirstError, replaceRecoveryKey, rotateFieldKey } from '@/db';
import { useBackgroundWork, useSession } from '@/db/hooks';

/**
 * The administrator's keys: a new recovery key (the old one then opens nothing), and a full key
 * rotation that seals everything again under a new key in the background while work goes on.
 */
export function KeysSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const work = useBackgroundWork();
  const { holdsDataKey } = useSession();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const newRecoveryKey = () =>
    modals.openConfirmModal({
      title: t('keys.newRecoveryTitle'),
      children: <Text size="sm">{t('keys.newRecoveryText')}</Text>,
      labels: { confirm: t('keys.newRecovery'), cancel: t('common.cancel') },
      confirmProps: { 'data-testid': 'recovery-new-confirm' },
      onConfirm: () =>
        run(async () => {
          setConfirmed(false);
          setRecoveryKey(await replaceRecoveryKey());
        }),
    });

  const rotate = () =>
    modals.openConfirmModal({
      title: t('keys.rotateTitle'),
      children: <Text size="sm">{t('keys.rotateText')}</Text>,
      labels: { confirm: t('keys.rotate'), cancel: t('common.cancel') },
      confirmProps: { color: 'orange', 'data-testid': 'rotate-confirm' },
      onConfirm: () =>
        run(async () => {
          try {
            await rotateFieldKey();
            notifications.show({ color: 'teal', message: t('keys.rotationStarted') });
          } catch (error) {
            if (!(error instanceof RecoveryKeyFirstError)) throw error;
            showLocalizedNotification({ color: 'orange', message: (tr) => tr('keys.recoveryFirst'), autoClose: false });
          }
        }),
    });

  return (
    <Paper withBorder p="lg" data-testid="settings-keys">
      <Title order={4} mb="xs">
        {t('keys.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('keys.text')}
        </Text>
        {work && (
          <Stack gap={4} data-testid="keys-progress">
            <Text size="sm">
              {t(work.kind === 'seal' ? 'keys.sealing' : 'keys.resealing', { done: work.done, total: work.total })}
            </Text>
            <Progress value={work.total ? (100 * work.done) / work.total : 0} />
          </Stack>
        )}
        {!holdsDataKey && <Alert color="gray">{t('keys.noKeys')}</Alert>}
        <Group>
          <Button
            variant="default"
            leftSection={<IconKey size={16} />}
            disabled={!holdsDataKey}
            onClick={newRecoveryKey}
            data-testid="recovery-new"
          >
            {t('keys.newRecovery')}
          </Button>
          <Button
            variant="default"
            color="orange"
            leftSection={<IconRefresh size={16} />}
            disabled={!holdsDataKey || work !== null}
            onClick={rotate}
            data-testid="keys-rotate"
          >
            {t('keys.rotate')}
          </Button>
        </Group>
      </Stack>
      {recoveryKey && (
        <Modal
          opened
          onClose={() => confirmed && setRecoveryKey(null)}
          title={t('keys.newRecovery')}
          withCloseButton={confirmed}
        >
          <Stack>
            <RecoveryKeyNotice recoveryKey={recoveryKey} confirmed={confirmed} onConfirmedChange={setConfirmed} />
            <Group justify="flex-end">
              <Button disabled={!confirmed} onClick={() => setRecoveryKey(null)} data-testid="recovery-new-done">
                {t('common.close')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
