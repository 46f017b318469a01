import { Button, Center, Divider, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { katoOfOblast } from '@shared/places/kato';
import { officeAccepted, profileFromDraft, recoveryKeyWrittenDown, type OfficeDraft } from '@shared/profile/first-run';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { BrowserBuildNotice } from '@/components/BrowserBuildNotice';
import { useSafeAction } from '@/components/use-safe-action';
import { AdminSetupForm } from '@/features/access/AdminSetupForm';
import { SignInForm } from '@/features/access/SignInForm';
import { useHasOperators, useSyncView } from '@/db/hooks';
import { JoinOfficeStep } from '@/features/sync/JoinOfficeStep';
import { useLanguage } from '@/i18n/use-language';
import { loadKato } from '@/reference/reference-files';
import { DemoStep } from './DemoStep';
import { ProfileForm } from './ProfileForm';
import { RecoveryStep } from './RecoveryStep';
import { useFirstRun } from './use-first-run';
import { loadOblastPlaces } from '@/db';

const DEFAULT_DEMO_SIZE = 2_000;

function draftOf(profile: OfficeProfile): OfficeDraft {
  return {
    level: profile.level,
    oblastId: profile.oblastId,
    districtId: profile.districtId ?? '',
    officeName: profile.officeName,
  };
}

/**
 * First run: who this copy belongs to, its administrator, then demo data or an empty start and the
 * first backup. Every step and what was typed (never a password) is kept as it goes, so closing the
 * window resumes at the same step; once the administrator exists, they sign in first.
 */
export function OnboardingPage({ onFinished }: Readonly<{ onFinished: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const { language } = useLanguage();
  const hasOperators = useHasOperators();
  const { progress, step, update } = useFirstRun();
  // The administrator's step stays on screen after they exist, to show the recovery key once.
  const [showingRecoveryKey, setShowingRecoveryKey] = useState(false);
  // Joining an office server: chosen here, or saved before the page loaded again for that server.
  const [joinChosen, setJoinChosen] = useState(false);
  const syncServer = useSyncView().server;
  const joining = joinChosen || syncServer !== null;

  const acceptOffice = (profile: OfficeProfile) =>
    new Promise<void>((settled) =>
      run(async () => {
        try {
          if (!progress) return;
          await loadOblastPlaces(katoOfOblast(await loadKato(), profile.oblastId));
          update(officeAccepted(progress, draftOf(profile), hasOperators === true));
        } finally {
          settled();
        }
      }),
    );

  const shown = showingRecoveryKey ? 'admin' : step;
  const profile = progress && profileFromDraft(progress.office, language);

  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={640} data-testid="onboarding">
        <Stack>
          <BrowserBuildNotice />
          <Title order={2}>{t('onboarding.title')}</Title>
          {!progress || !shown ? (
            <Loader />
          ) : joining ? (
            <JoinOfficeStep onBack={() => setJoinChosen(false)} onJoined={onFinished} />
          ) : shown === 'office' ? (
            <>
              <Text c="dimmed">{t('onboarding.intro')}</Text>
              <ProfileForm
                draft={progress.office}
                onDraftChange={(office) => update({ ...progress, office }, 'typing')}
                submitLabel={t('onboarding.continue')}
                onSubmit={acceptOffice}
              />
              {step === 'office' && (
                <Stack gap={4} mt="md" data-testid="join-offer">
                  <Divider />
                  <Text size="sm" c="dimmed">
                    {t('sync.join.offerHint')}
                  </Text>
                  <Button variant="light" onClick={() => setJoinChosen(true)} data-testid="join-office-server">
                    {t('sync.join.offer')}
                  </Button>
                </Stack>
              )}
            </>
          ) : shown === 'admin' ? (
            <Stack data-testid="onboarding-admin">
              <Title order={4}>{t('auth.adminTitle')}</Title>
              <AdminSetupForm
                draft={progress.admin}
                onDraftChange={(admin) => update({ ...progress, admin }, 'typing')}
                onCreated={() => setShowingRecoveryKey(true)}
                onDone={() => {
                  update(recoveryKeyWrittenDown(progress));
                  setShowingRecoveryKey(false);
                }}
              />
            </Stack>
          ) : shown === 'sign-in' ? (
            <Stack data-testid="onboarding-sign-in">
              <Text c="dimmed">{t('onboarding.resumeSignIn')}</Text>
              <SignInForm initialLogin={progress.admin?.login ?? ''} />
            </Stack>
          ) : shown === 'recovery' ? (
            <RecoveryStep onDone={() => update(recoveryKeyWrittenDown(progress))} />
          ) : profile ? (
            <DemoStep
              profile={profile}
              size={progress.demoSize ?? DEFAULT_DEMO_SIZE}
              onSizeChange={(demoSize) => update({ ...progress, demoSize })}
              onFinished={onFinished}
            />
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
