import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { planSummary, type PlanStatusFilter } from '@shared/plans/summary';
import { StatCard } from '@/components/StatCard';
import { usePlanYearRows } from '@/db/hooks';
import { useToday } from '@/lib/use-today';
import { requestPlanFilter } from './plan-filter-request';

/**
 * «Исполнение плана» on the dashboard: the year's items still owed this quarter, overdue and done;
 * each figure opens the plan page filtered to those items. It reads once `ready` (the dashboard's
 * register totals are shown), so as not to stand in front of them in the database's queue.
 */
export function PlanExecutionCard({ ready }: Readonly<{ ready: boolean }>) {
  const { t } = useTranslation();
  const today = useToday();
  const [, navigate] = useLocation();
  const year = Number(today.slice(0, 4));
  const rows = usePlanYearRows(year, today, ready);
  const summary = useMemo(() => (rows ? planSummary(rows, year, today) : undefined), [rows, year, today]);
  const open = (status: PlanStatusFilter) => {
    requestPlanFilter({ year, status });
    navigate('/plan');
  };

  return (
    <Paper withBorder p="md" data-testid="plan-card">
      <Title order={4} mb="sm">
        {t('plans.card.title')}
      </Title>
      {summary?.total === 0 ? (
        <Text c="dimmed" size="sm">
          {t('plans.card.noPlan', { year })}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard
              label={t('plans.card.dueThisQuarter')}
              value={summary?.dueThisQuarter}
              onClick={() => open('dueThisQuarter')}
              testId="plan-card-due"
            />
            <StatCard
              label={t('plans.card.overdue')}
              value={summary?.overdue}
              onClick={() => open('overdue')}
              testId="plan-card-overdue"
            />
            <StatCard
              label={t('plans.card.done')}
              value={summary?.done}
              onClick={() => open('done')}
              testId="plan-card-done"
            />
          </SimpleGrid>
          {summary && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('plans.card.total', { year, count: summary.total })}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
