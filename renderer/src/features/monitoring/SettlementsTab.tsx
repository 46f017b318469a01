import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { settlementSummaries, villagesWithoutRecentWork, workInPlaces } from '@shared/monitoring/population';
import { formatNumber } from '@shared/text/number-format';
import { useSafeAction } from '@/components/use-safe-action';
import { saveMonitoringSettings } from '@/db';
import { useCan, useEthnicGroups, useMonitoringSettings, usePopulation, useWorkProjections } from '@/db/hooks';
import { useDistrictOf } from '@/features/events/use-district-of';
import { ImportWizard } from '@/features/import/ImportWizard';
import { useLanguage } from '@/i18n/use-language';
import { useToday } from '@/lib/use-today';
import { PopulationModal } from './PopulationModal';
import { LabelBadge } from '@/components/LabelBadge';

/**
 * Settlements with their latest population by ethnos, the places of compact residence by the
 * office's rule, the events and receptions held there and the last information work; and the
 * villages of compact residence left without work for the months the office set.
 */
export function SettlementsTab() {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const run = useSafeAction();
  const canImport = useCan('import');
  const canEdit = useCan('edit');
  const day = useToday();
  const population = usePopulation();
  const settings = useMonitoringSettings();
  const work = useWorkProjections();
  const ethnicGroups = useEthnicGroups();
  const { districtOf, places } = useDistrictOf();
  const [importing, setImporting] = useState(false);
  const [entering, setEntering] = useState(false);

  const placeById = useMemo(() => new Map(places.map((place) => [place.id as string, place])), [places]);
  const parentOf = useMemo(() => (placeId: string) => placeById.get(placeId)?.parentId, [placeById]);
  const ethnosName = useMemo(
    () => new Map((ethnicGroups ?? []).map((group) => [group.id as string, localName(group)])),
    [ethnicGroups, localName],
  );
  const placeName = (id: string) => {
    const place = placeById.get(id);
    return place ? localName(place) : id;
  };

  // Information work is what the office does in a village (events held there); a citizen's reception
  // is counted beside it but does not make a village "covered".
  const events = useMemo(() => ({ events: work?.events ?? [] }), [work]);
  const summaries = useMemo(
    () =>
      population && settings && work
        ? settlementSummaries(population, events, day, { districtOf, parentOf, rule: settings.compactRule })
        : [],
    [population, settings, work, events, day, districtOf, parentOf],
  );
  const receptionsIn = useMemo(
    () =>
      workInPlaces(
        summaries.map((summary) => summary.placeId),
        { events: [], receptions: work?.receptions ?? [] },
        day,
        { parentOf },
      ),
    [summaries, work, day, parentOf],
  );
  const compactVillages = summaries.filter((summary) => summary.compactGroupIds.length > 0);
  const withoutWork = useMemo(
    () =>
      settings && work
        ? villagesWithoutRecentWork(
            compactVillages.map((village) => village.placeId),
            events,
            day,
            settings.monthsWithoutWork,
            parentOf,
          )
        : [],
    [compactVillages, settings, work, events, day, parentOf],
  );

  const saveSettings = (change: { threshold?: number; months?: number }) =>
    run(async () => {
      if (!settings) return;
      await saveMonitoringSettings({
        compactRule: {
          ...settings.compactRule,
          ...(change.threshold !== undefined ? { threshold: change.threshold / 100 } : {}),
        },
        monthsWithoutWork: change.months ?? settings.monthsWithoutWork,
      });
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <NumberInput
            label={t('monitoring.threshold')}
            value={settings ? Math.round(settings.compactRule.threshold * 100) : ''}
            min={1}
            max={100}
            w={230}
            disabled={!canEdit}
            onBlur={(event) => {
              const value = Number(event.currentTarget.value);
              if (value >= 1 && value <= 100) saveSettings({ threshold: value });
            }}
            data-testid="monitoring-threshold"
          />
          <NumberInput
            label={t('monitoring.months')}
            value={settings?.monthsWithoutWork ?? ''}
            min={1}
            max={60}
            w={270}
            disabled={!canEdit}
            onBlur={(event) => {
              const value = Number(event.currentTarget.value);
              if (value >= 1 && value <= 60) saveSettings({ months: value });
            }}
            data-testid="monitoring-months"
          />
        </Group>
        <Group>
          {canEdit && (
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setEntering(true)}
              data-testid="population-enter"
            >
              {t('monitoring.enterPopulation')}
            </Button>
          )}
          {canImport && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setImporting(true)}
              data-testid="population-import"
            >
              {t('monitoring.importPopulation')}
            </Button>
          )}
        </Group>
      </Group>

      {settings && compactVillages.length > 0 && (
        <Alert
          color={withoutWork.length > 0 ? 'orange' : 'teal'}
          title={
            withoutWork.length > 0
              ? t('monitoring.withoutWork', { months: settings.monthsWithoutWork, count: withoutWork.length })
              : t('monitoring.allCovered', { months: settings.monthsWithoutWork })
          }
          data-testid="compact-without-work"
        >
          <Stack gap={2}>
            {withoutWork.map((village) => (
              <Text key={village.placeId} size="sm" data-testid="village-without-work">
                {placeName(village.placeId)} — {village.lastWork ? formatDate(village.lastWork) : t('monitoring.never')}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('monitoring.tabs.settlements')}
        </Title>
        {population && population.length === 0 ? (
          <Text c="dimmed">{t('monitoring.noPopulation')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder data-testid="settlements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('monitoring.settlement')}</Table.Th>
                  <Table.Th>{t('monitoring.year')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.total')}</Table.Th>
                  <Table.Th>{t('monitoring.composition')}</Table.Th>
                  <Table.Th>{t('monitoring.compact')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.events')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.receptions')}</Table.Th>
                  <Table.Th>{t('monitoring.lastWork')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summaries.map((summary) => (
                  <Table.Tr key={summary.placeId} data-testid="settlement-row">
                    <Table.Td>
                      <Text size="sm">{placeName(summary.placeId)}</Text>
                      <Text size="xs" c="dimmed">
                        {summary.districtId ? placeName(summary.districtId) : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{summary.year}</Table.Td>
                    <Table.Td ta="right">{formatNumber(summary.total)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {summary.shares
                          .slice(0, 3)
                          .map(
                            (share) =>
                              `${ethnosName.get(share.ethnicGroupId) ?? share.ethnicGroupId} ${Math.round(share.share * 100)} %`,
                          )
                          .join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {summary.compactGroupIds.map((id) => (
                          <LabelBadge key={id} variant="light" color="grape" data-testid="compact-badge">
                            {ethnosName.get(id) ?? id}
                          </LabelBadge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{summary.events}</Table.Td>
                    <Table.Td ta="right">{receptionsIn.get(summary.placeId)?.receptions ?? 0}</Table.Td>
                    <Table.Td>{summary.lastWork ? formatDate(summary.lastWork) : t('monitoring.never')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {importing && <ImportWizard register="population" onClose={() => setImporting(false)} />}
      {entering && <PopulationModal onClose={() => setEntering(false)} />}
    </Stack>
  );
}
