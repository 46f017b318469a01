import { Center, Loader, MantineProvider, v8CssVariablesResolver } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useOfficeProfile } from '@/db/hooks';
import { OnboardingPage } from '@/features/onboarding/OnboardingPage';
import { useLanguage } from '@/i18n/use-language';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { theme } from './theme';

export function App() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    // The translucent "light" variant of Mantine 8 keeps the active sidebar item calm to look at all day.
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={v8CssVariablesResolver}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ModalsProvider labels={{ confirm: t('common.yes'), cancel: t('common.cancel') }}>
          <Notifications position="bottom-right" limit={3} autoClose={4000} />
          <ErrorBoundary>
            <Router hook={useHashLocation}>
              <Gate />
            </Router>
          </ErrorBoundary>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

/** First run asks for the office profile; after that the application itself. */
function Gate() {
  const profile = useOfficeProfile();
  if (profile === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return profile ? <Shell profile={profile} /> : <OnboardingPage />;
}
