import { Button, Center, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { katoOfOblast } from '@shared/places/kato';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { BrowserBuildNotice } from '@/components/BrowserBuildNotice';
import { AdminSetupForm } from '@/features/access/AdminSetupForm';
import { loadKato } from '@/reference/reference-files';
import { DemoSizeSelect } from './DemoSizeSelect';
import { ProfileForm } from './ProfileForm';
import { useDemoLoader } from './use-demo-loader';
import { hasOperators, loadOblastPlaces, saveOfficeProfile } from '@/db';

/**
 * First run: who this copy belongs to, then demo data or an empty start. The profile is saved
 * last, so closing the window halfway simply asks again next time.
 */
export function OnboardingPage() {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<OfficeProfile | null>(null);
  // Whether this office still needs its administrator, decided once when the profile is accepted:
  // the step must stay on screen to show the recovery key after the administrator exists.
  const [needsAdmin, setNeedsAdmin] = useState(false);
  const [size, setSize] = useState(2_000);
  const { load, progress, loading } = useDemoLoader();

  const acceptProfile = async (next: OfficeProfile) => {
    await loadOblastPlaces(katoOfOblast(await loadKato(), next.oblastId));
    setNeedsAdmin(!(await hasOperators()));
    setProfile(next);
  };

  const finish = async (withDemo: boolean) => {
    if (!profile) return;
    if (withDemo && !(await load(size, profile.districtId))) return;
    await saveOfficeProfile(profile);
  };

  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={640} data-testid="onboarding">
        <Stack>
          <BrowserBuildNotice />
          <Title order={2}>{t('onboarding.title')}</Title>
          {!profile ? (
            <>
              <Text c="dimmed">{t('onboarding.intro')}</Text>
              <ProfileForm submitLabel={t('onboarding.continue')} onSubmit={acceptProfile} />
            </>
          ) : needsAdmin ? (
            <Stack data-testid="onboarding-admin">
              <Title order={4}>{t('auth.adminTitle')}</Title>
              <AdminSetupForm onDone={() => setNeedsAdmin(false)} />
            </Stack>
          ) : (
            <Stack data-testid="onboarding-demo">
              <Title order={4}>{t('onboarding.demoTitle')}</Title>
              <Text c="dimmed">{t('onboarding.demoText')}</Text>
              <DemoSizeSelect value={size} onChange={setSize} />
              {progress !== null && <Progress value={progress} aria-label={t('onboarding.demoProgress')} />}
              <Group justify="space-between">
                <Button
                  variant="default"
                  disabled={loading}
                  onClick={() => void finish(false)}
                  data-testid="start-empty"
                >
                  {t('onboarding.startEmpty')}
                </Button>
                <Button loading={loading} onClick={() => void finish(true)} data-testid="load-demo">
                  {t('onboarding.loadDemo')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
