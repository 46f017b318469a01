import { BarChart, DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFigures, DashboardTarget } from '@shared/dashboard/compute';

const PALETTE = [
  'teal.6',
  'blue.6',
  'grape.6',
  'orange.6',
  'red.6',
  'cyan.6',
  'lime.7',
  'pink.6',
  'indigo.6',
  'yellow.7',
];

/** The key of the bar or slice recharts hands to a click, from the row it was drawn from. */
function keyOfClick(item: unknown): string | undefined {
  const payload = (item as { payload?: { key?: unknown } } | undefined)?.payload;
  return typeof payload?.key === 'string' ? payload.key : undefined;
}

function ChartCard({ title, testId, children }: Readonly<{ title: string; testId: string; children: ReactNode }>) {
  return (
    <Paper withBorder p="md" data-testid={testId} style={{ breakInside: 'avoid' }}>
      <Title order={5} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm">
      {t('dashboard.noData')}
    </Text>
  );
}

/** A horizontal bar per key, most first; a click opens the records behind the bar. */
function RankedBars({
  rows,
  label,
  valueLabel,
  onPick,
  testId,
}: Readonly<{
  rows: readonly { key: string; count: number }[];
  label: (key: string) => string;
  valueLabel: string;
  onPick: (key: string) => void;
  testId: string;
}>) {
  if (rows.length === 0) return <Empty />;
  const data = rows.slice(0, 12).map((row) => ({ key: row.key, name: label(row.key), [valueLabel]: row.count }));
  return (
    <BarChart
      h={Math.max(160, data.length * 30 + 40)}
      data={data}
      dataKey="name"
      orientation="vertical"
      yAxisProps={{ width: 170 }}
      series={[{ name: valueLabel, color: 'teal.6' }]}
      barProps={{
        cursor: 'pointer',
        onClick: (item: unknown) => {
          const key = keyOfClick(item);
          if (key !== undefined) onPick(key);
        },
      }}
      withBarValueLabel
      data-testid={testId}
    />
  );
}

/** Slices with their share; a click on a slice opens its records. */
function Slices({
  rows,
  label,
  onPick,
  testId,
}: Readonly<{
  rows: readonly { key: string; count: number }[];
  label: (key: string) => string;
  onPick: (key: string) => void;
  testId: string;
}>) {
  const shown = rows.filter((row) => row.count > 0);
  if (shown.length === 0) return <Empty />;
  const data = shown.map((row, index) => ({
    key: row.key,
    name: label(row.key),
    value: row.count,
    color: PALETTE[index % PALETTE.length] ?? 'gray.6',
  }));
  const pick = (item: unknown) => {
    const key = keyOfClick(item);
    if (key !== undefined) onPick(key);
  };
  return (
    <Group justify="center" gap="xl" wrap="nowrap">
      <DonutChart
        data={data}
        withLabels
        withLabelsLine
        labelsType="value"
        withTooltip
        tooltipDataSource="segment"
        size={170}
        thickness={30}
        pieProps={{ cursor: 'pointer', onClick: pick }}
        data-testid={testId}
      />
      <Stack gap={4}>
        {data.map((item) => (
          <UnstyledButton key={item.key} onClick={() => onPick(item.key)} data-testid={`${testId}-legend`}>
            <Group gap={6} wrap="nowrap">
              <ColorSwatch color={`var(--mantine-color-${item.color.replace('.', '-')})`} size={12} />
              <Text size="sm">
                {item.name}: {item.value}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Group>
  );
}

export interface ChartLabels {
  month: (key: string) => string;
  topic: (key: string) => string;
  outcome: (key: string) => string;
  eventType: (key: string) => string;
  district: (key: string) => string;
  ethnos: (key: string) => string;
  ageBand: (key: string) => string;
  sex: (key: string) => string;
}

/** Every chart of the dashboard; each bar and slice clicks through to the records behind it. */
export function DashboardCharts({
  figures,
  labels,
  onPick,
}: Readonly<{ figures: DashboardFigures; labels: ChartLabels; onPick: (target: DashboardTarget) => void }>) {
  const { t } = useTranslation();
  const held = t('dashboard.charts.held');
  const planned = t('dashboard.charts.planned');
  const participants = t('dashboard.charts.participants');
  const count = t('dashboard.charts.count');
  const byMonth = figures.eventsByMonth.map((row) => ({
    key: row.key,
    month: labels.month(row.key),
    [held]: row.held,
    [planned]: row.planned,
    [participants]: row.participants,
  }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="dashboard-charts">
      <ChartCard title={t('dashboard.charts.eventsByMonth')} testId="chart-events-by-month">
        <BarChart
          h={220}
          data={byMonth}
          dataKey="month"
          withLegend
          series={[
            { name: held, color: 'teal.6' },
            { name: planned, color: 'gray.5' },
          ]}
          barProps={(series) => ({
            cursor: 'pointer',
            onClick: (item: unknown) => {
              const key = keyOfClick(item);
              if (key !== undefined)
                onPick({ kind: 'eventsByMonth', key, status: series.name === held ? 'held' : 'planned' });
            },
          })}
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.participantsByMonth')} testId="chart-participants-by-month">
        <BarChart
          h={220}
          data={byMonth}
          dataKey="month"
          series={[{ name: participants, color: 'blue.6' }]}
          barProps={{
            cursor: 'pointer',
            onClick: (item: unknown) => {
              const key = keyOfClick(item);
              if (key !== undefined) onPick({ kind: 'eventsByMonth', key, status: 'held' });
            },
          }}
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.receptionsByTopic')} testId="chart-receptions-by-topic">
        <RankedBars
          rows={figures.receptionsByTopic}
          label={labels.topic}
          valueLabel={count}
          onPick={(key) => onPick({ kind: 'receptionsByTopic', key })}
          testId="bars-topic"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.receptionsByOutcome')} testId="chart-receptions-by-outcome">
        <Slices
          rows={figures.receptionsByOutcome}
          label={labels.outcome}
          onPick={(key) => onPick({ kind: 'receptionsByOutcome', key })}
          testId="slices-outcome"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.eventsByType')} testId="chart-events-by-type">
        <RankedBars
          rows={figures.eventsByType.map((row) => ({ key: row.key, count: row.events }))}
          label={labels.eventType}
          valueLabel={held}
          onPick={(key) => onPick({ kind: 'eventsByType', key })}
          testId="bars-type"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.eventsByDistrict')} testId="chart-events-by-district">
        <RankedBars
          rows={figures.eventsByDistrict.map((row) => ({ key: row.key, count: row.events }))}
          label={labels.district}
          valueLabel={held}
          onPick={(key) => onPick({ kind: 'eventsByDistrict', key })}
          testId="bars-district"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.membersByEthnos')} testId="chart-members-by-ethnos">
        <RankedBars
          rows={figures.membersByEthnos}
          label={labels.ethnos}
          valueLabel={t('dashboard.charts.members')}
          onPick={(key) => onPick({ kind: 'membersByEthnos', key })}
          testId="bars-ethnos"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.membersByAge')} testId="chart-members-by-age">
        <RankedBars
          rows={figures.membersByAgeBand}
          label={labels.ageBand}
          valueLabel={t('dashboard.charts.members')}
          onPick={(key) => onPick({ kind: 'membersByAgeBand', key })}
          testId="bars-age"
        />
      </ChartCard>
      <ChartCard title={t('dashboard.charts.membersBySex')} testId="chart-members-by-sex">
        <Slices
          rows={figures.membersBySex}
          label={labels.sex}
          onPick={(key) => onPick({ kind: 'membersBySex', key })}
          testId="slices-sex"
        />
      </ChartCard>
    </SimpleGrid>
  );
}
