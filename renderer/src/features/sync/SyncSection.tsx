import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { officeDatabaseName } from '@shared/sync/server-settings';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { turnSyncOff } from '@/db';
import { useCan, useSyncView } from '@/db/hooks';
import { useSafeAction } from '@/components/use-safe-action';
import { FirstSyncProgress } from './FirstSyncProgress';
import { ServerForm } from './ServerForm';
import { indicatorOf, problemText, syncTime } from './sync-texts';
import { useSyncActions } from './use-sync-actions';

/** Settings → Sync: the office server, its check, turning sync on and off, and what it is doing. */
export function SyncSection({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const canManage = useCan('settings');
  const view = useSyncView();
  const actions = useSyncActions();
  const run = useSafeAction();
  const { server, status } = view;
  const indicator = indicatorOf(t, view);

  const confirmOff = () =>
    modals.openConfirmModal({
      title: t('sync.turnOff'),
      children: <Text size="sm">{t('sync.turnOffConfirm')}</Text>,
      labels: { confirm: t('sync.turnOff'), cancel: t('common.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'sync-off-confirm' },
      onConfirm: () =>
        run(async () => {
          await turnSyncOff();
          notifications.show({ color: 'teal', message: t('sync.turnedOff') });
        }),
    });

  return (
    <Paper withBorder p="lg" data-testid="settings-sync">
      <Title order={4} mb="xs">
        {t('sync.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('sync.intro')}
        </Text>
        {server ? (
          <Text size="sm" data-testid="sync-server-line">
            {t('sync.serverLine', server)}
          </Text>
        ) : (
          <Text size="sm">{t('sync.notConfigured')}</Text>
        )}
        {server?.enabled && (
          <Text size="sm" data-testid="sync-state">
            {indicator.text} ·{' '}
            {status?.lastSyncedAt
              ? t('sync.lastSynced', { time: syncTime(status.lastSyncedAt) })
              : t('sync.neverSynced')}
          </Text>
        )}
        {status?.problem && (
          <Alert color="red" data-testid="sync-problem">
            {problemText(t, status.problem)} {t('sync.workGoesOn')}
          </Alert>
        )}
        {view.progress && <FirstSyncProgress progress={view.progress} />}
        {view.restartNeeded && (
          <Alert color="yellow" title={t('sync.restartTitle')} data-testid="sync-restart">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('sync.restartNeeded')}</Text>
              <Button size="xs" onClick={() => window.location.reload()} data-testid="sync-restart-now">
                {t('sync.restartNow')}
              </Button>
            </Stack>
          </Alert>
        )}
        {actions.message && (
          <Alert color={actions.message.ok ? 'teal' : 'red'} data-testid="sync-message">
            {actions.message.text}
          </Alert>
        )}
        {canManage ? (
          <>
            <ServerForm
              server={server}
              suggestedDatabase={officeDatabaseName(profile.districtId ?? profile.oblastId)}
              submitLabel={t('sync.save')}
              busy={actions.busy}
              onSubmit={(input) => actions.save(input)}
            />
            {server && !view.restartNeeded && (
              <Group>
                <Button
                  variant="default"
                  onClick={actions.checkAndShow}
                  loading={actions.busy}
                  data-testid="sync-check"
                >
                  {t('sync.check')}
                </Button>
                {server.enabled ? (
                  <Button variant="default" color="red" onClick={confirmOff} data-testid="sync-off">
                    {t('sync.turnOff')}
                  </Button>
                ) : (
                  <Button onClick={actions.turnOn} loading={actions.busy} data-testid="sync-on">
                    {t('sync.turnOn')}
                  </Button>
                )}
              </Group>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sync.adminOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
