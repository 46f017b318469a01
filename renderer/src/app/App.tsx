import { Center, Loader, MantineProvider, v8CssVariablesResolver } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider, modals } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useAutomaticBackups } from '@/backup/use-automatic-backups';
import { useHasOperators, useOfficeProfile, useSession } from '@/db/hooks';
import { AdminSetupScreen } from '@/features/access/AdminSetupScreen';
import { ChangePasswordScreen } from '@/features/access/ChangePasswordScreen';
import { LockScreen } from '@/features/access/LockScreen';
import { SignInScreen } from '@/features/access/SignInScreen';
import { LostDataScreen } from '@/features/backup/LostDataScreen';
import { OnboardingPage } from '@/features/onboarding/OnboardingPage';
import { useLanguage } from '@/i18n/use-language';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import type { StartResult } from './start';
import { StorageFailureScreen } from './StorageFailureScreen';
import { theme } from './theme';

export function App({ start }: Readonly<{ start: StartResult }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    // The translucent "light" variant of Mantine 8 keeps the active sidebar item calm to look at all day.
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={v8CssVariablesResolver}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ModalsProvider labels={{ confirm: t('common.yes'), cancel: t('common.cancel') }}>
          <Notifications position="bottom-right" limit={3} autoClose={4000} />
          {start.ok && <AutomaticBackups />}
          <ErrorBoundary>
            {start.ok ? (
              <Router hook={useHashLocation}>
                <Gate />
              </Router>
            ) : 'guard' in start ? (
              <LostDataScreen guard={start.guard} onResolved={() => window.location.reload()} />
            ) : (
              <StorageFailureScreen failure={start.failure} />
            )}
          </ErrorBoundary>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

/**
 * The backup scheduler lives beside the gate, not inside the signed-in screens: locking, signing out
 * or an error screen must not stop the automatic backups or the exit backup (the data layer makes a
 * backup whoever is at the keyboard). It does not run while the lost-data screen is up, so that an
 * emptied database is never backed up over the good backups.
 */
function AutomaticBackups() {
  useAutomaticBackups();
  return null;
}

/**
 * First run asks for the office profile and the administrator; after that nobody sees anything
 * before signing in, and a locked session shows only the lock screen.
 */
function Gate() {
  const profile = useOfficeProfile();
  const hasOperators = useHasOperators();
  const { operator, locked } = useSession();
  // A first run goes on after the office is saved, until its first backup is made: it ends when it says so.
  const [firstRun, setFirstRun] = useState<boolean | undefined>(undefined);
  if (firstRun === undefined && profile !== undefined) setFirstRun(profile === null);
  // A confirmation opened before the lock lives outside the shell: it must not stay above the lock screen.
  useEffect(() => {
    if (locked || !operator) modals.closeAll();
  }, [locked, operator]);
  if (profile === undefined || hasOperators === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!profile || firstRun) return <OnboardingPage onFinished={() => setFirstRun(false)} />;
  if (!hasOperators) return <AdminSetupScreen />;
  if (!operator) return <SignInScreen />;
  if (operator.mustChangePassword) return <ChangePasswordScreen />;
  if (locked) return <LockScreen />;
  return <Shell profile={profile} />;
}
