import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { katoOfOblast } from '@shared/places/kato';
import { loadOblastPlaces, startSession } from '@/db';
import { loadKato } from '@/reference/reference-files';
import { useHasOperators, useOfficeProfile, useSyncView } from '@/db/hooks';
import { useSafeAction } from '@/components/use-safe-action';
import { FirstSyncProgress } from './FirstSyncProgress';
import { ServerForm } from './ServerForm';
import { useSyncActions } from './use-sync-actions';

/**
 * First run on a PC of an office that already syncs: instead of a new office, its demo or an empty
 * start, the office's records, operators and roles are downloaded from its server; then whoever
 * works here signs in as they do on the office's other PCs.
 */
export function JoinOfficeStep({ onBack, onJoined }: Readonly<{ onBack: () => void; onJoined: () => void }>) {
  const { t } = useTranslation();
  const view = useSyncView();
  const hasOperators = useHasOperators();
  const profile = useOfficeProfile();
  const actions = useSyncActions();
  const run = useSafeAction();
  const tried = useRef(false);
  const { server } = view;

  // Saved before the page loaded again for the new server: connect as soon as it may.
  const ready = server !== null && !server.enabled && !view.restartNeeded;
  const { turnOnNow } = actions;
  useEffect(() => {
    // Once per load: after a refusal the form shows the reason and waits for the administrator.
    if (!ready || tried.current) return;
    tried.current = true;
    void turnOnNow();
  }, [ready, turnOnNow]);

  const downloaded = Boolean(server?.enabled && server.firstSyncAt && hasOperators && profile);
  const downloading = Boolean(server?.enabled) && !downloaded;

  return (
    <Stack data-testid="onboarding-join">
      <Title order={4}>{t('sync.join.title')}</Title>
      {downloaded ? (
        <>
          <Alert color="teal" data-testid="join-done">
            {t('sync.join.done')}
          </Alert>
          <Button
            onClick={() =>
              run(async () => {
                if (!profile) return;
                await loadOblastPlaces(katoOfOblast(await loadKato(), profile.oblastId));
                // The office's operators are here now: nobody acts as the first run any more.
                await startSession();
                onJoined();
              })
            }
            data-testid="join-continue"
          >
            {t('sync.join.continue')}
          </Button>
        </>
      ) : downloading ? (
        <Stack gap="xs">
          {view.progress ? (
            <FirstSyncProgress progress={view.progress} />
          ) : (
            <Text size="sm" c="dimmed">
              <Loader size="xs" mr="xs" />
              {t('sync.join.waitingForOffice')}
            </Text>
          )}
        </Stack>
      ) : (
        <>
          <Text c="dimmed">{t('sync.join.intro')}</Text>
          {actions.message && !actions.message.ok && (
            <Alert color="red" data-testid="sync-message">
              {actions.message.text}
            </Alert>
          )}
          <ServerForm
            server={server}
            suggestedDatabase="kelisim_"
            submitLabel={t('sync.join.connect')}
            busy={actions.busy}
            onSubmit={(input) =>
              actions.save(input, async (restartNeeded) => {
                if (restartNeeded) window.location.reload();
                else await actions.turnOnNow();
              })
            }
          />
          <Button variant="subtle" onClick={onBack} data-testid="join-back">
            {t('sync.join.back')}
          </Button>
        </>
      )}
    </Stack>
  );
}
