import { AppShell, Box, Burger, Button, Group, Kbd, NavLink, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import type { PersonId } from '@shared/model/ids';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { BackupReminder } from '@/components/BackupReminder';
import { BROWSER_NOTICE_HEIGHT, BrowserBuildNotice, isBrowserBuild } from '@/components/BrowserBuildNotice';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { SyncIndicator } from '@/features/sync/SyncIndicator';
import { useSafeAction } from '@/components/use-safe-action';
import { useSavePdf } from '@/export/use-save-pdf';
import { UserMenu } from '@/features/access/UserMenu';
import { DEFAULT_IDLE_MINUTES, lockNow, useIdleLock } from '@/features/access/use-idle-lock';
import { desktop } from '@/desktop';
import { useIdleMinutes } from '@/db/hooks';
import { DashboardPage } from '@/features/dashboard/DashboardPage';
import { DirectoriesPage } from '@/features/directories/DirectoriesPage';
import { PersonDrawer } from '@/features/people/PersonDrawer';
import { RegistryPage } from '@/features/registry/RegistryPage';
import { EventsPage } from '@/features/events/EventsPage';
import { PlansPage } from '@/features/plans/PlansPage';
import { PublicationsPage } from '@/features/publications/PublicationsPage';
import { OverdueControlBadge } from '@/features/receptions/OverdueControlBadge';
import { ReceptionsPage } from '@/features/receptions/ReceptionsPage';
import { ReportsPage } from '@/features/reports/ReportsPage';
import { MonitoringPage } from '@/features/monitoring/MonitoringPage';
import { WorkingGroupsPage } from '@/features/working-groups/WorkingGroupsPage';
import { SettingsPage } from '@/features/settings/SettingsPage';
import { ConflictsPage } from '@/features/sync/ConflictsPage';
import { SYNC_CONFLICTS_ROUTE } from '@/features/sync/routes';
import { CalendarEndingNotice } from '@/features/settings/calendar/CalendarEndingNotice';
import { GlobalSearch } from './GlobalSearch';
import { modules } from './modules';

const HEADER_HEIGHT = 56;

export function Shell({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure();
  const [personId, setPersonId] = useState<PersonId | null>(null);

  const idle = useIdleMinutes();
  useIdleLock(idle ?? DEFAULT_IDLE_MINUTES);
  const run = useSafeAction();
  const savePdf = useSavePdf();

  useEffect(
    () =>
      desktop.onMenuCommand((command) => {
        if (command === 'lock') lockNow();
        if (command === 'search') spotlight.open();
        if (command === 'settings' || command === 'about') navigate('/settings');
        // The screen as it is, saved as an export: refused, with the reason, without the export right.
        if (command === 'print-pdf')
          run(async () => {
            await savePdf('kelisim.pdf', true, { kind: 'screen', screen: window.location.hash.slice(1) || '/' });
          });
        if (command === 'open-backups') void desktop.openBackupsFolder();
      }),
    [navigate, run, savePdf],
  );

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (isBrowserBuild ? BROWSER_NOTICE_HEIGHT : 0) }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header className="no-print">
        <BrowserBuildNotice />
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNavigation')}
            />
            <Title order={3} c="teal.8">
              {t('app.name')}
            </Title>
            <Tooltip label={t('header.office')}>
              {/* On a narrow window the office's name gives way to the header's buttons, which must stay whole. */}
              <Text size="sm" c="dimmed" truncate="end" maw={420} visibleFrom="lg" data-testid="office-name">
                {profile.officeName}
              </Text>
            </Tooltip>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncIndicator />
            <OverdueControlBadge />
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">{t('header.searchShortcut')}</Kbd>}
              onClick={() => spotlight.open()}
              data-testid="open-search"
              aria-label={t('header.searchPlaceholder')}
            >
              <Box component="span" visibleFrom="lg">
                {t('header.searchPlaceholder')}
              </Box>
            </Button>
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" className="no-print" aria-label={t('nav.title')}>
        {modules.map((module) => (
          <NavLink
            key={module.key}
            label={t(`nav.${module.key}`)}
            leftSection={<module.icon size={18} stroke={1.6} />}
            active={module.path === '/' ? location === '/' : location.startsWith(module.path)}
            onClick={() => {
              navigate(module.path);
              closeNavbar();
            }}
            data-testid={`nav-${module.key}`}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        <BackupReminder />
        <CalendarEndingNotice />
        <Switch>
          <Route path="/">
            <DashboardPage />
          </Route>
          <Route path="/registry/*?">
            <RegistryPage />
          </Route>
          <Route path="/events">
            <EventsPage />
          </Route>
          <Route path="/plan/*?">
            <PlansPage />
          </Route>
          <Route path="/publications">
            <PublicationsPage />
          </Route>
          <Route path="/working-groups">
            <WorkingGroupsPage />
          </Route>
          <Route path="/receptions/*?">
            <ReceptionsPage />
          </Route>
          <Route path="/reports/*?">
            <ReportsPage />
          </Route>
          <Route path="/monitoring/*?">
            <MonitoringPage />
          </Route>
          <Route path="/directories">
            <DirectoriesPage />
          </Route>
          <Route path={SYNC_CONFLICTS_ROUTE}>
            <ConflictsPage />
          </Route>
          <Route path="/settings/*?">
            <SettingsPage profile={profile} />
          </Route>
          <Route>
            <DashboardPage />
          </Route>
        </Switch>
      </AppShell.Main>

      <GlobalSearch onOpenPerson={setPersonId} />
      <PersonDrawer personId={personId} onClose={() => setPersonId(null)} />
    </AppShell>
  );
}
