import { Group, List, Modal, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '@shared/events/period';
import { formatNumber } from '@shared/text/number-format';
import { LabelBadge } from '@/components/LabelBadge';
import { useCoverage, usePlaces } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { useSettled } from '@/lib/use-settled';

/**
 * «Охват населения» on the dashboard: the share of the area's population the period's events reached,
 * the settlements without information work (their list a click away) and the remote ones reached.
 */
export function CoverageCard({
  period,
  placeId,
  ready: totalsShown,
}: Readonly<{ period: Period; placeId: string; ready: boolean }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  // Read after the dashboard's first paint, as its own figures are: the register totals come first.
  const ready = useSettled(totalsShown, 500);
  const coverage = useCoverage(period, placeId, ready);
  const places = usePlaces(ready);
  const [listing, setListing] = useState(false);
  const byId = useMemo(() => new Map((places ?? []).map((place) => [place.id as string, place])), [places]);
  const name = (id: string) => {
    const place = byId.get(id);
    return place ? localName(place) : id;
  };
  const withoutWork = [...(coverage?.withoutWork ?? [])].sort((a, b) => name(a).localeCompare(name(b)));
  const remoteReached = coverage?.remote.filter((row) => row.events > 0).length ?? 0;
  const share =
    coverage?.share === undefined
      ? null
      : coverage.capped
        ? t('coverage.card.capped')
        : `${formatNumber(coverage.share * 100, 1)}\u00a0%`;

  return (
    <Paper withBorder p="md" data-testid="coverage-card">
      <Title order={4} mb="sm">
        {t('coverage.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('coverage.card.share')}
          </Text>
          <Text fz={28} fw={600} data-testid="coverage-share">
            {coverage === undefined ? '…' : (share ?? '—')}
          </Text>
          {coverage && (
            <Text size="xs" c="dimmed" data-testid="coverage-share-detail">
              {coverage.population > 0
                ? t('coverage.card.shareOf', {
                    reached: formatNumber(coverage.total.reached),
                    population: formatNumber(coverage.population),
                  })
                : t('coverage.card.noPopulation')}
            </Text>
          )}
        </Stack>
        <UnstyledButton onClick={() => setListing(true)} data-testid="coverage-without-work">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('coverage.card.withoutWork')}
            </Text>
            <Text
              fz={28}
              fw={600}
              c={withoutWork.length > 0 ? 'orange.8' : undefined}
              data-testid="coverage-without-work-value"
            >
              {coverage === undefined ? '…' : formatNumber(withoutWork.length)}
            </Text>
          </Stack>
        </UnstyledButton>
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('coverage.card.remoteReached')}
          </Text>
          <Text fz={28} fw={600} data-testid="coverage-remote-value">
            {coverage === undefined
              ? '…'
              : t('coverage.card.remoteOf', { reached: remoteReached, total: coverage.remote.length })}
          </Text>
        </Stack>
      </SimpleGrid>
      <Modal opened={listing} onClose={() => setListing(false)} title={t('coverage.card.withoutWorkTitle')} size="lg">
        {withoutWork.length === 0 ? (
          <Text c="dimmed">{t('coverage.card.none')}</Text>
        ) : (
          <List spacing={4} data-testid="coverage-without-work-list">
            {withoutWork.map((id) => (
              <List.Item key={id}>
                <Group gap="xs">
                  <Text size="sm">{name(id)}</Text>
                  {byId.get(id)?.remote && (
                    <LabelBadge variant="light" color="grape">
                      {t('coverage.remote')}
                    </LabelBadge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Modal>
    </Paper>
  );
}
