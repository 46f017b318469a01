import { BarChart } from '@mantine/charts';
import { Button, Checkbox, Group, Modal, Paper, Select, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '@shared/dates/iso';
import { formatDate, formatShortMonth } from '@shared/dates/format';
import { monthsOf } from '@shared/dashboard/periods';
import type { TensionRiskId } from '@shared/model/ids';
import type { RiskLevel, TensionRisk } from '@shared/model/records';
import { reviewOverdue, riskRegister, risksByLevelAndDistrict } from '@shared/monitoring/risks';
import { deleteRisk, recordRiskView, restoreRisk } from '@/db';
import { useCan, useEventsByIds, usePerson, useRisk, useRisks } from '@/db/hooks';
import { fullName } from '@shared/people/search';
import { nameIn } from '@shared/text/name-in';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { useDistrictOf } from '@/features/events/use-district-of';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { useToday } from '@/lib/use-today';
import { RiskFormModal } from './RiskFormModal';
import { RiskReview } from './RiskReview';
import { LabelBadge } from '@/components/LabelBadge';

const LEVEL_COLOR: Record<RiskLevel, string> = { high: 'red', medium: 'orange', low: 'yellow' };

export function RiskLevelBadge({ level }: Readonly<{ level: RiskLevel }>) {
  const { t } = useTranslation();
  return (
    <LabelBadge
      color={LEVEL_COLOR[level]}
      variant={level === 'high' ? 'filled' : 'light'}
      data-testid="risk-level-badge"
    >
      {t(`monitoring.riskLevels.${level}`)}
    </LabelBadge>
  );
}

/** A risk's card: opening it is written to the audit log, as every view of a confidential record. */
function RiskCard({ id, onEdit, onClose }: Readonly<{ id: TensionRiskId; onEdit: () => void; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const canEdit = useCan('edit');
  const run = useSafeAction();
  const risk = useRisk(id);
  const responsible = usePerson(risk?.responsiblePersonId ?? null);
  const measures = useEventsByIds(risk?.measureEventIds);
  const { places } = useDistrictOf();
  useEffect(() => {
    void recordRiskView(id);
  }, [id]);
  const remove = () =>
    modals.openConfirmModal({
      title: t('monitoring.deleteRiskTitle'),
      children: <Text size="sm">{t('monitoring.deleteRiskText')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'risk-delete-confirm' },
      onConfirm: () =>
        run(async () => {
          await deleteRisk(id);
          onClose();
          showUndoNotification(
            (t) => t('monitoring.riskDeleted'),
            () => run(() => restoreRisk(id)),
          );
        }),
    });
  if (!risk) return null;
  const place = places.find((item) => item.id === risk.placeId);
  return (
    <Modal opened onClose={onClose} size="lg" title={t('monitoring.editRisk')} data-testid="risk-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{place ? localName(place) : ''}</Text>
          <RiskLevelBadge level={risk.level} />
        </Group>
        <Text size="sm">{risk.description}</Text>
        <Text size="sm" c="dimmed">
          {t(`monitoring.riskSources.${risk.source}`)} · {t(`monitoring.riskStatuses.${risk.status}`)} ·{' '}
          {t('monitoring.riskFields.nextReview')}: {formatDate(risk.nextReviewOn)}
          {responsible ? ` · ${fullName(responsible)}` : ''}
        </Text>
        <Title order={6}>{t('monitoring.riskFields.measures')}</Title>
        {(measures ?? []).map((event) => (
          <Text key={event.id} size="sm" data-testid="risk-measure">
            {formatDate(event.start)} · {nameIn(language, event)}
          </Text>
        ))}
        <Title order={6}>{t('monitoring.history')}</Title>
        <Timeline bulletSize={12} lineWidth={2} data-testid="risk-history">
          {risk.levelHistory.map((entry, index) => (
            <Timeline.Item
              key={index}
              title={`${formatDate(entry.on)}: ${entry.from ? `${t(`monitoring.riskLevels.${entry.from}`)} → ` : ''}${t(
                `monitoring.riskLevels.${entry.to}`,
              )}`}
            >
              <Text size="xs" c="dimmed">
                {[entry.note, entry.author].filter(Boolean).join(' · ')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {canEdit && risk.status === 'watched' && <RiskReview risk={risk} />}
        {canEdit && (
          <Group justify="space-between">
            <Button variant="subtle" color="red" onClick={remove} data-testid="risk-delete">
              {t('common.delete')}
            </Button>
            <Button onClick={onEdit} data-testid="risk-edit">
              {t('common.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

/** The register of tension risks: high first, overdue reviews first within a level; and their course over a year. */
export function RisksTab() {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const canEdit = useCan('edit');
  const day = useToday();
  const visible = useRisks();
  const risks = visible?.rows;
  const hidden = visible?.hidden ?? 0;
  const { districtOf, places } = useDistrictOf();
  const [includeResolved, setIncludeResolved] = useState(false);
  const [opened, setOpened] = useState<TensionRiskId | null>(null);
  const [editing, setEditing] = useState<{ risk: TensionRisk | null } | null>(null);
  const [chartDistrict, setChartDistrict] = useState<string | null>(null);
  const placeName = useMemo(
    () => new Map(places.map((place) => [place.id as string, localName(place)])),
    [places, localName],
  );
  const register = useMemo(() => riskRegister(risks ?? [], day, { includeResolved }), [risks, day, includeResolved]);
  const chart = useMemo(() => {
    const months = monthsOf({ from: `${addMonths(day, -11).slice(0, 7)}-01`, to: day });
    const bars = risksByLevelAndDistrict(risks ?? [], districtOf, months);
    return months.map((month) => {
      const row = { month: formatShortMonth(month, calendarNames(language)), low: 0, medium: 0, high: 0 };
      for (const bar of bars.filter(
        (item) => item.month === month && (!chartDistrict || item.districtId === chartDistrict),
      )) {
        row.low += bar.low;
        row.medium += bar.medium;
        row.high += bar.high;
      }
      return {
        month: row.month,
        [t('monitoring.riskLevels.high')]: row.high,
        [t('monitoring.riskLevels.medium')]: row.medium,
        [t('monitoring.riskLevels.low')]: row.low,
      };
    });
  }, [risks, day, districtOf, t, chartDistrict, language]);
  const riskDistricts = useMemo(
    () => [...new Set((risks ?? []).map((risk) => districtOf(risk.placeId)).filter(Boolean))],
    [risks, districtOf],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Checkbox
          label={t('monitoring.includeResolved')}
          checked={includeResolved}
          onChange={(event) => setIncludeResolved(event.currentTarget.checked)}
        />
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ risk: null })}
            data-testid="risk-new"
          >
            {t('monitoring.newRisk')}
          </Button>
        )}
      </Group>
      {hidden > 0 && (
        <Text size="sm" c="dimmed" data-testid="risks-hidden">
          {t('monitoring.hiddenConfidential', { count: hidden })}
        </Text>
      )}
      <Paper withBorder p="md">
        {register.length === 0 ? (
          <Text c="dimmed">{t('monitoring.noRisks')}</Text>
        ) : (
          <Table highlightOnHover data-testid="risk-register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring.riskFields.level')}</Table.Th>
                <Table.Th>{t('monitoring.riskFields.place')}</Table.Th>
                <Table.Th>{t('monitoring.riskFields.description')}</Table.Th>
                <Table.Th>{t('monitoring.riskFields.source')}</Table.Th>
                <Table.Th>{t('monitoring.riskFields.nextReview')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {register.map((risk) => (
                <Table.Tr
                  key={risk.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setOpened(risk.id)}
                  data-testid="risk-row"
                >
                  <Table.Td w={120}>
                    <RiskLevelBadge level={risk.level} />
                  </Table.Td>
                  <Table.Td>{placeName.get(risk.placeId ?? '') ?? ''}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {risk.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`monitoring.riskSources.${risk.source}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={reviewOverdue(risk, day) ? 'red' : undefined}>
                      {formatDate(risk.nextReviewOn)}
                    </Text>
                    {reviewOverdue(risk, day) && (
                      <Text size="xs" c="red">
                        {t('monitoring.reviewOverdue')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" data-testid="risks-chart">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('monitoring.risksChart')}</Title>
          <Select
            placeholder={t('monitoring.allDistricts')}
            clearable
            value={chartDistrict}
            onChange={setChartDistrict}
            data={riskDistricts.map((id) => ({ value: id, label: placeName.get(id) ?? id }))}
            w={240}
            data-testid="risks-chart-district"
          />
        </Group>
        <BarChart
          h={220}
          data={chart}
          dataKey="month"
          type="stacked"
          withLegend
          series={[
            { name: t('monitoring.riskLevels.high'), color: 'red.6' },
            { name: t('monitoring.riskLevels.medium'), color: 'orange.5' },
            { name: t('monitoring.riskLevels.low'), color: 'yellow.5' },
          ]}
        />
      </Paper>
      {opened && (
        <RiskCard
          id={opened}
          onClose={() => setOpened(null)}
          onEdit={() => {
            const risk = risks?.find((item) => item.id === opened) ?? null;
            setOpened(null);
            setEditing({ risk });
          }}
        />
      )}
      {editing && <RiskFormModal risk={editing.risk} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
