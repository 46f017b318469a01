import { Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import type { IsoDate, Reception } from '@shared/model/records';
import { filterAppeals, noAppealFilter } from '@shared/receptions/appeal-filter';
import { journalGroupings, type JournalGrouping } from '@shared/receptions/journal';
import { DateField } from '@/components/DateField';
import { VirtualRows } from '@/components/VirtualRows';
import { AppealFilters } from './AppealFilters';
import { journalGroupLabel, journalRows } from './journal-rows';
import { JOURNAL_ROW_HEIGHT, JournalGroupLine, JournalHeader, JournalReceptionLine } from './JournalRows';
import type { JournalLookups } from './use-journal-lookups';

/** The journal of a period, grouped as the user chooses; confidential receptions left out are counted. */
export function JournalTab({
  receptions,
  hidden,
  period,
  onPeriodChange,
  grouping,
  onGroupingChange,
  day,
  names,
  onOpen,
}: Readonly<{
  receptions: readonly Reception[] | undefined;
  hidden: number;
  period: Period;
  onPeriodChange: (change: (current: Period) => Period) => void;
  grouping: JournalGrouping;
  onGroupingChange: (grouping: JournalGrouping) => void;
  day: IsoDate;
  names: JournalLookups;
  onOpen: (reception: Reception) => void;
}>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(noAppealFilter);
  const shown = useMemo(() => (receptions ? filterAppeals(receptions, filter) : undefined), [receptions, filter]);
  const rows = useMemo(() => journalRows(shown ?? [], grouping), [shown, grouping]);
  const groupNames = {
    noGroup: t('receptions.noGroup'),
    date: formatDate,
    person: names.personName,
    visit: names.visitName,
    topic: names.topicName,
    outcome: (outcome: Reception['outcome']) => t(`enums.receptionOutcome.${outcome}`),
  };

  const renderRow = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    if (row.kind === 'group')
      return <JournalGroupLine label={journalGroupLabel(row.key, grouping, groupNames)} count={row.count} />;
    return <JournalReceptionLine reception={row.reception} day={day} names={names} onOpen={onOpen} />;
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <DateField
              label={t('receptions.from')}
              value={period.from}
              onChange={(from) => from && onPeriodChange((current) => ({ ...current, from }))}
              data-testid="journal-from"
              w={150}
            />
            <DateField
              label={t('receptions.to')}
              value={period.to}
              onChange={(to) => to && onPeriodChange((current) => ({ ...current, to }))}
              data-testid="journal-to"
              w={150}
            />
            <Stack gap={2} w="100%">
              <Text size="sm" fw={500}>
                {t('receptions.groupBy')}
              </Text>
              {/* Chips wrap onto a second line where the Kazakh choices are wider than a narrow window. */}
              <Chip.Group value={grouping} onChange={(next) => onGroupingChange(next as JournalGrouping)}>
                <Group gap={6} data-testid="journal-grouping">
                  {journalGroupings.map((value) => (
                    <Chip key={value} value={value} size="sm" variant="outline">
                      {t(`receptions.groups.${value}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Stack>
            <AppealFilters filter={filter} onChange={setFilter} />
          </Group>
          <Stack gap={0} align="flex-end">
            <Text size="sm" data-testid="journal-count">
              {t('receptions.count', { count: shown?.length ?? 0 })}
            </Text>
            {hidden > 0 && (
              <Text size="xs" c="dimmed" data-testid="journal-hidden">
                {t('receptions.confidentialHidden', { count: hidden })}
              </Text>
            )}
          </Stack>
        </Group>
        {shown && shown.length === 0 ? (
          <Text c="dimmed">{t('receptions.empty')}</Text>
        ) : (
          <VirtualRows
            count={rows.length}
            rowHeight={JOURNAL_ROW_HEIGHT}
            height="calc(100vh - var(--app-shell-header-height, 56px) - 324px)"
            header={<JournalHeader />}
            renderRow={renderRow}
            testId="journal"
          />
        )}
      </Stack>
    </Paper>
  );
}
