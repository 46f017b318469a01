import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import {
  completenessPeriods,
  defaultCompletenessPeriod,
  filterCompleteness,
  type CompletenessFilter,
} from '@shared/exchange/completeness';
import { completenessExport, completenessLine, completenessStatus } from '@shared/exchange/completeness-export';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { DateField } from '@/components/DateField';
import { LabelBadge } from '@/components/LabelBadge';
import { useSafeAction } from '@/components/use-safe-action';
import { useCan, useReceivedSubmissions, useSubmissionCompleteness } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useSaveExport } from '@/export/use-save-export';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

const periodKey = (period: Period) => `${period.from}:${period.to}`;
const periodText = (period: Period) => `${formatDate(period.from)}–${formatDate(period.to)}`;
const filters: CompletenessFilter[] = ['all', 'sent', 'missing'];

/**
 * Oblast mode: every district and city of the oblast for the chosen period, who sent the package,
 * when and in which version, who has not, and the share reporting; the list exported as a sheet.
 */
export function SubmissionCompleteness({
  profile,
  onDelete,
}: Readonly<{ profile: OfficeProfile; onDelete: (id: string) => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const canReceive = useCan('edit');
  const canExport = useCan('export');
  const submissions = useReceivedSubmissions();
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [filter, setFilter] = useState<CompletenessFilter>('all');

  const day = today();
  const received = useMemo(() => submissions?.periods ?? [], [submissions]);
  const choices = useMemo(() => completenessPeriods(received, day), [received, day]);
  const sentCount = useMemo(() => {
    const counts = new Map<string, number>();
    received.forEach((period, index) =>
      counts.set(periodKey(period), submissions?.rows.filter((row) => row.cells[index]).length ?? 0),
    );
    return counts;
  }, [received, submissions]);
  const period = choices.find((choice) => periodKey(choice) === chosenKey) ?? defaultCompletenessPeriod(received, day);
  const completeness = useSubmissionCompleteness(period, dueDate || null);
  const rows = completeness ? filterCompleteness(completeness.rows, filter) : [];
  const name = (row: { districtNameRu: string | null; districtNameKk: string | null; districtCode: string }) =>
    (language === 'kk' ? row.districtNameKk : row.districtNameRu) ?? row.districtNameRu ?? row.districtCode;

  const exportList = () =>
    run(async () => {
      if (!completeness) return;
      const table = completenessExport(completeness, rows, {
        language,
        headers: language,
        oblastName: profile.officeName,
        filter,
      });
      const bytes = await buildWorkbookInWorker([table]);
      const fileName = `${t('exchange.completeness.sheet')} ${periodText(period)}.xlsx`;
      await saveExport(fileName, bytes, { kind: 'submission-completeness', ...period, filter, rows: rows.length });
    });

  return (
    <Paper withBorder p="md" data-testid="submissions">
      <Title order={5} mb="sm">
        {t('exchange.completeness.title')}
      </Title>
      <Group align="flex-end" gap="md" mb="sm">
        <Select
          label={t('exchange.completeness.period')}
          value={periodKey(period)}
          onChange={(value) => setChosenKey(value)}
          allowDeselect={false}
          data={choices.map((choice) => {
            const count = sentCount.get(periodKey(choice));
            return {
              value: periodKey(choice),
              label: count
                ? `${periodText(choice)} · ${t('exchange.completeness.sentCount', { count })}`
                : periodText(choice),
            };
          })}
          w={320}
          data-testid="completeness-period"
        />
        <DateField
          label={t('exchange.completeness.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          w={170}
          data-testid="completeness-due"
        />
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value as CompletenessFilter)}
          data={filters.map((value) => ({ value, label: t(`exchange.completeness.filter.${value}`) }))}
          data-testid="completeness-filter"
        />
        <Button
          leftSection={<IconDownload size={16} />}
          variant="light"
          onClick={exportList}
          disabled={!canExport || !completeness || rows.length === 0}
          data-testid="completeness-export"
        >
          {t('exchange.completeness.export')}
        </Button>
      </Group>
      {completeness && (
        <Group gap="md" mb="sm" data-testid="completeness-summary">
          <Text fw={600}>{completenessLine(completeness, language)}</Text>
          {completeness.share !== null && (
            <Progress
              value={completeness.share}
              color={completeness.share === 100 ? 'teal' : 'orange'}
              w={200}
              aria-hidden
            />
          )}
        </Group>
      )}
      {completeness && rows.length === 0 ? (
        <Text c="dimmed">{t('exchange.completeness.noneInFilter')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table withTableBorder striped fz="sm" data-testid="completeness-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.completeness.columns.district')}</Table.Th>
                <Table.Th miw={170}>{t('exchange.completeness.columns.status')}</Table.Th>
                <Table.Th>{t('exchange.completeness.columns.madeOn')}</Table.Th>
                <Table.Th>{t('exchange.completeness.columns.receivedAt')}</Table.Th>
                <Table.Th>{t('exchange.completeness.columns.versions')}</Table.Th>
                <Table.Th>{t('exchange.completeness.columns.office')}</Table.Th>
                {canReceive && <Table.Th aria-label={t('exchange.receive.delete')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const status = completenessStatus(row, language);
                const late = row.latest ? row.onTime === false : true;
                return (
                  <Table.Tr key={row.districtCode} data-testid="submission-row" data-sent={row.latest !== null}>
                    <Table.Td>
                      {name(row)}
                      {!row.expected && (
                        <Text size="xs" c="dimmed">
                          {t('exchange.completeness.notExpected')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <LabelBadge
                          variant={row.latest ? 'light' : 'filled'}
                          color={late ? (row.latest ? 'orange' : 'red') : 'teal'}
                          data-testid="submission-status"
                        >
                          {status}
                        </LabelBadge>
                        {/* A district pulled from the server is known by the server's account, not by a signature. */}
                        {row.latest?.source === 'server' && (
                          <LabelBadge variant="outline" color="gray" data-testid="package-from-server">
                            {t('exchange.freshness.server')}
                          </LabelBadge>
                        )}
                        {row.latest && row.latest.source !== 'server' && !row.latest.meta.signature && (
                          <LabelBadge variant="outline" color="gray" data-testid="package-unsigned">
                            {t('exchange.receive.unsigned')}
                          </LabelBadge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{row.latest ? formatDate(row.latest.meta.asOf) : '—'}</Table.Td>
                    <Table.Td>{row.receivedAt ? formatDateTime(row.receivedAt) : '—'}</Table.Td>
                    <Table.Td
                      title={row.latest ? t('exchange.completeness.versionsHint', { count: row.versions }) : ''}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {row.latest ? t('exchange.completeness.version', { count: row.versions }) : '—'}
                    </Table.Td>
                    <Table.Td>{row.latest?.meta.office ?? '—'}</Table.Td>
                    {canReceive && (
                      <Table.Td>
                        {row.latest && (
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('exchange.receive.delete')}
                            title={t('exchange.receive.delete')}
                            onClick={() => row.latest && onDelete(row.latest.id)}
                            data-testid="package-delete"
                          >
                            <IconTrash size={14} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
