import { Alert, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOverdueControlCount, useRegisterCounts } from '@/db/hooks';
import { useToday } from '@/lib/use-today';
import { StatCard } from '@/components/StatCard';
import { LoadDemoButton } from '@/features/onboarding/LoadDemoButton';

/**
 * The register totals, live from the database. The period figures and charts of the full
 * dashboard come with the reports work; the page says so rather than showing empty charts.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const counts = useRegisterCounts();
  const overdue = useOverdueControlCount(useToday());
  const empty = counts !== undefined && counts.people + counts.associations + counts.events + counts.receptions === 0;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.welcome')}
        </Text>
      </Group>
      {empty && (
        <Alert title={t('dashboard.emptyTitle')} color="teal" data-testid="dashboard-empty">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('dashboard.emptyText')}</Text>
            <LoadDemoButton />
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }}>
        <StatCard label={t('dashboard.people')} value={counts?.people} testId="stat-people" />
        <StatCard label={t('dashboard.associations')} value={counts?.associations} testId="stat-associations" />
        <StatCard label={t('dashboard.memberships')} value={counts?.memberships} testId="stat-memberships" />
        <StatCard label={t('dashboard.events')} value={counts?.events} testId="stat-events" />
        <StatCard label={t('dashboard.eventsHeld')} value={counts?.eventsHeld} testId="stat-events-held" />
        <StatCard label={t('dashboard.receptions')} value={counts?.receptions} testId="stat-receptions" />
        <StatCard label={t('dashboard.underControl')} value={counts?.underControl} testId="stat-under-control" />
        <StatCard label={t('dashboard.overdue')} value={overdue} testId="stat-overdue" />
        <StatCard label={t('dashboard.workingGroups')} value={counts?.workingGroups} testId="stat-working-groups" />
      </SimpleGrid>
      <Alert variant="outline" color="gray" title={t('modules.comingTitle')}>
        <Text size="sm">{t('modules.dashboard.description')}</Text>
      </Alert>
    </Stack>
  );
}
