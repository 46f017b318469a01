import { Group, Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '@shared/events/period';
import { outletTypes } from '@shared/model/records';
import { countPublications } from '@shared/publications/counts';
import { formatNumber } from '@shared/text/number-format';
import { usePublicationsInPeriod } from '@/db/hooks';
import { useLocation } from 'wouter';

/**
 * «Публикации в СМИ» on the dashboard: how many appeared in the period and how many times they were
 * viewed, by outlet type below. Publications name no place: the card counts the whole office. It
 * reads once `ready`: the dashboard's register totals go first in the database's queue.
 */
export function PublicationsCard({ period, ready }: Readonly<{ period: Period; ready: boolean }>) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const publications = usePublicationsInPeriod(period, ready);
  const counts = useMemo(
    () => (publications ? countPublications(publications, period) : undefined),
    [publications, period],
  );
  const types = outletTypes.filter((type) => (counts?.byOutletType[type].count ?? 0) > 0);
  return (
    <Paper
      withBorder
      p="md"
      data-testid="publications-card"
      style={{ cursor: 'pointer' }}
      onClick={() => navigate('/publications')}
    >
      <Text size="sm" c="dimmed">
        {t('publications.card.title')}
      </Text>
      <Group gap="md" align="baseline">
        <Text fz={28} fw={600} data-testid="publications-card-count">
          {counts === undefined ? '…' : formatNumber(counts.count)}
        </Text>
        {counts && (
          <Text size="sm" data-testid="publications-card-reach">
            {t('publications.card.reach', { reach: formatNumber(counts.reach) })}
          </Text>
        )}
      </Group>
      {counts && types.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="publications-card-types">
          {types
            .map((type) => `${t(`publications.outletTypes.${type}`)}: ${formatNumber(counts.byOutletType[type].count)}`)
            .join(' · ')}
        </Text>
      )}
    </Paper>
  );
}
