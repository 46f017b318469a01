import { Alert, Group, Input, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  computeDashboard,
  recordsBehind,
  type DashboardRecords,
  type DashboardTarget,
} from '@shared/dashboard/compute';
import type { AgeBand } from '@shared/dashboard/demographics';
import { cardFigures } from '@shared/dashboard/rules';
import { dashboardPeriod, dashboardPeriodKinds, type DashboardPeriodKind } from '@shared/dashboard/periods';
import type { DashboardPlace } from '@shared/dashboard/places';
import { formatDate, formatShortMonth } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import { CONFIDENTIAL_TOPIC } from '@shared/dashboard/data';
import type { ReceptionOutcome, Sex } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import { PlaceSelect } from '@/components/PlaceSelect';
import { StatCard } from '@/components/StatCard';
import {
  useConsolidatedSummary,
  useDirectory,
  useEthnicGroups,
  useOfficeProfile,
  useOverdueControlCount,
  useRegisterCounts,
  useWorkProjections,
} from '@/db/hooks';
import { useDueSoonCount } from '@/features/receptions/use-due-soon';
import { ConsolidationTable } from '@/features/reports/ConsolidationTable';
import { useDistrictOf } from '@/features/events/use-district-of';
import { LoadDemoButton } from '@/features/onboarding/LoadDemoButton';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { useSettled } from '@/lib/use-settled';
import { useToday } from '@/lib/use-today';
import { PlanExecutionCard } from '@/features/plans/PlanExecutionCard';
import { CoverageCard } from './CoverageCard';
import { PublicationsCard } from './PublicationsCard';
import { DashboardCharts, type ChartLabels } from './DashboardCharts';
import { RecordsDrawer } from './RecordsDrawer';

/** The charts' click targets, which name the bar or slice. */
type ChartKind = Extract<DashboardTarget, { key: string }>['kind'];

/**
 * The period's work at a glance: figures against the period before, and charts whose every bar and
 * slice opens the records behind it. The registers are read once into a compact form and the
 * figures recomputed in memory when the period or place changes.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const day = useToday();
  const counts = useRegisterCounts();
  const overdueToday = useOverdueControlCount(day);
  const dueSoonToday = useDueSoonCount(day);
  const profile = useOfficeProfile();
  // An oblast office sees its districts through the packages they sent: each district's latest period.
  const consolidation = useConsolidatedSummary(undefined);
  // Read after the register totals: IndexedDB answers one read at a time, and the totals are what
  // the first paint shows; the whole-register read for the figures follows them.
  // A user who goes straight on to another screen does not pay for it at all.
  const settled = useSettled(counts !== undefined, 400);
  const data = useWorkProjections(settled);
  const { districtOf, places } = useDistrictOf();
  const topics = useDirectory('reception_topic');
  const types = useDirectory('event_type');
  const ethnicGroups = useEthnicGroups();
  const [kind, setKind] = useState<DashboardPeriodKind>('quarter');
  const [period, setPeriod] = useState<Period>(() => dashboardPeriod('quarter', day));
  const [placeId, setPlaceId] = useState('');
  const [opened, setOpened] = useState<{ title: string; records: DashboardRecords } | null>(null);
  const place: DashboardPlace = useMemo(() => (placeId ? { placeId } : {}), [placeId]);

  const figures = useMemo(
    () => (data ? computeDashboard(data, period, place, day, districtOf) : null),
    [data, period, place, day, districtOf],
  );
  const empty = counts !== undefined && counts.people + counts.associations + counts.events + counts.receptions === 0;

  const names = calendarNames(language);
  const byCode = (items: readonly { code: string; nameRu: string; nameKk: string }[] | undefined) => {
    const map = new Map((items ?? []).map((item) => [item.code, localName(item)]));
    return (code: string) => map.get(code) ?? code;
  };
  const placeName = new Map(places.map((item) => [item.id as string, localName(item)]));
  const ethnosName = new Map((ethnicGroups ?? []).map((group) => [group.id as string, localName(group)]));
  const labels: ChartLabels = {
    month: (key) => formatShortMonth(key, names),
    topic: (key) => (key === CONFIDENTIAL_TOPIC ? t('dashboard.confidential') : byCode(topics)(key)),
    outcome: (key) => t(`enums.receptionOutcome.${key as ReceptionOutcome}`),
    eventType: byCode(types),
    district: (key) => (key ? (placeName.get(key) ?? key) : t('dashboard.noPlace')),
    ethnos: (key) => (key ? (ethnosName.get(key) ?? key) : t('dashboard.notStated')),
    ageBand: (key) => t(`dashboard.ageBands.${key as AgeBand}`),
    sex: (key) => (key === 'unknown' ? t('dashboard.notStated') : t(`enums.sex.${key as Sex}`)),
  };

  const open = (target: DashboardTarget, title: string) => {
    if (!data) return;
    setOpened({ title, records: recordsBehind(data, period, place, day, districtOf, target) });
  };
  const chartTitle = (target: DashboardTarget): string => {
    const key = 'key' in target ? target.key : '';
    const label: Record<string, (value: string) => string> = {
      eventsByMonth: labels.month,
      eventsByType: labels.eventType,
      eventsByDistrict: labels.district,
      receptionsByTopic: labels.topic,
      receptionsByOutcome: labels.outcome,
      membersByEthnos: labels.ethnos,
      membersByAgeBand: labels.ageBand,
      membersBySex: labels.sex,
    };
    return `${t(`dashboard.targets.${target.kind as ChartKind}`)}: ${label[target.kind]?.(key) ?? key}`;
  };
  const previousText = figures
    ? t('dashboard.previous', {
        from: formatDate(figures.previousPeriod.from),
        to: formatDate(figures.previousPeriod.to),
      })
    : '';

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

      <Paper withBorder p="md" className="no-print">
        <Group align="flex-end">
          <Input.Wrapper label={t('dashboard.period')}>
            <div>
              <SegmentedControl
                value={kind}
                onChange={(value) => {
                  const next = value as DashboardPeriodKind;
                  setKind(next);
                  setPeriod(dashboardPeriod(next, next === 'custom' ? period.from : day, period.to));
                }}
                data={dashboardPeriodKinds.map((value) => ({ value, label: t(`dashboard.periods.${value}`) }))}
                data-testid="dashboard-period-kind"
              />
            </div>
          </Input.Wrapper>
          <DateField
            label={t('events.from')}
            value={period.from}
            onChange={(from) =>
              from && setPeriod(dashboardPeriod(kind, from, kind === 'custom' ? period.to : undefined))
            }
            w={140}
            data-testid="dashboard-from"
          />
          <DateField
            label={t('events.to')}
            value={period.to}
            disabled={kind !== 'custom'}
            onChange={(to) => to && setPeriod(dashboardPeriod('custom', period.from, to))}
            w={140}
            data-testid="dashboard-to"
          />
          <div style={{ minWidth: 260 }}>
            <PlaceSelect
              label={t('dashboard.place')}
              value={placeId}
              onChange={setPlaceId}
              levels={['district', 'sub_district', 'settlement']}
              testId="dashboard-place"
            />
          </div>
        </Group>
      </Paper>

      <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} data-testid="dashboard-figures">
        {cardFigures.map((key) => (
          <StatCard
            key={key}
            label={t(`dashboard.figures.${key}`)}
            value={figures?.[key].current}
            compared={figures?.[key]}
            previousLabel={previousText}
            onClick={() => open({ kind: key }, t(`dashboard.figures.${key}`))}
            testId={`figure-${key}`}
          />
        ))}
      </SimpleGrid>
      {figures && figures.confidentialLeftOut > 0 && (
        <Text size="xs" c="dimmed">
          {t('receptions.confidentialHidden', { count: figures.confidentialLeftOut })}
        </Text>
      )}

      {/* The cards read the year's events and the plan's linked events (a second and more at 100,000
          people): like the figures, they wait until the user has stayed on the dashboard. */}
      <CoverageCard period={period} placeId={placeId} ready={settled} />
      <PlanExecutionCard ready={settled} />
      <PublicationsCard period={period} ready={settled} />

      {figures && (
        <DashboardCharts figures={figures} labels={labels} onPick={(target) => open(target, chartTitle(target))} />
      )}

      {profile?.level === 'oblast' && consolidation && consolidation.byDistrict.length > 0 && (
        <Paper withBorder p="md" data-testid="dashboard-districts">
          <Title order={4} mb="sm">
            {t('dashboard.districtsPackages')}
          </Title>
          <ConsolidationTable consolidation={consolidation} />
        </Paper>
      )}

      <Title order={4} mt="md">
        {t('dashboard.inDatabase')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4, lg: 8 }}>
        <StatCard label={t('dashboard.people')} value={counts?.people} testId="stat-people" />
        <StatCard label={t('dashboard.associations')} value={counts?.associations} testId="stat-associations" />
        <StatCard label={t('dashboard.memberships')} value={counts?.memberships} testId="stat-memberships" />
        <StatCard label={t('dashboard.events')} value={counts?.events} testId="stat-events" />
        <StatCard label={t('dashboard.eventsHeld')} value={counts?.eventsHeld} testId="stat-events-held" />
        <StatCard label={t('dashboard.receptions')} value={counts?.receptions} testId="stat-receptions" />
        <StatCard label={t('dashboard.underControl')} value={counts?.underControl} testId="stat-under-control" />
        <StatCard label={t('dashboard.overdue')} value={overdueToday} testId="stat-overdue" />
        <StatCard label={t('dashboard.dueSoon')} value={dueSoonToday} testId="stat-due-soon" />
        <StatCard label={t('dashboard.workingGroups')} value={counts?.workingGroups} testId="stat-working-groups" />
      </SimpleGrid>

      <RecordsDrawer
        title={opened?.title ?? ''}
        records={opened?.records ?? null}
        topicName={labels.topic}
        onClose={() => setOpened(null)}
      />
    </Stack>
  );
}
