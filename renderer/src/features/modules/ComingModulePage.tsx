import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard } from '@/components/StatCard';
import { useRegisterCounts } from '@/db/hooks';
import type { RegisterCounts } from '@/db/repositories/counts';

type ComingModule = 'registry' | 'events' | 'workingGroups' | 'receptions' | 'monitoring' | 'reports';

/** What each coming module already has in the database, so the page shows real data, not a promise. */
const RELATED_COUNTS: Record<ComingModule, (keyof RegisterCounts)[]> = {
  registry: ['associations', 'people', 'memberships'],
  events: ['events', 'eventsHeld'],
  workingGroups: ['workingGroups', 'visits'],
  receptions: ['receptions', 'underControl'],
  monitoring: ['receptions', 'events'],
  reports: ['associations', 'events', 'receptions'],
};

const COUNT_LABELS = {
  people: 'dashboard.people',
  associations: 'dashboard.associations',
  memberships: 'dashboard.memberships',
  events: 'dashboard.events',
  eventsHeld: 'dashboard.eventsHeld',
  receptions: 'dashboard.receptions',
  underControl: 'dashboard.underControl',
  workingGroups: 'dashboard.workingGroups',
  visits: 'dashboard.visits',
} as const satisfies Record<keyof RegisterCounts, string>;

/** A module whose screens are not built yet says what it will do and shows what is already stored. */
export function ComingModulePage({ moduleKey }: Readonly<{ moduleKey: string }>) {
  const { t } = useTranslation();
  const counts = useRegisterCounts();
  const key = (Object.keys(RELATED_COUNTS) as ComingModule[]).find((candidate) => candidate === moduleKey);
  if (!key) return null;
  return (
    <Stack data-testid={`module-${key}`}>
      <Title order={2}>{t(`nav.${key}`)}</Title>
      <Alert color="teal" variant="light" title={t('modules.comingTitle')}>
        <Text size="sm" fw={500}>
          {t('modules.comingText')}
        </Text>
        <Text size="sm">{t(`modules.${key}.description`)}</Text>
      </Alert>
      <Title order={5}>{t('modules.dataNow')}</Title>
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        {RELATED_COUNTS[key].map((count) => (
          <StatCard key={count} label={t(COUNT_LABELS[count])} value={counts?.[count]} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
