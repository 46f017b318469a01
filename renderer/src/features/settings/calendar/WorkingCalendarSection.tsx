import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconChecklist, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { weekdayMondayFirst } from '@shared/dates/iso';
import { calendarYears, daysOfYear, effectiveCalendar, yearStatus, type YearDay } from '@shared/dates/office-calendar';
import { useSafeAction } from '@/components/use-safe-action';
import { addCalendarDay, checkOpenDeadlines, removeCalendarDay, setCalendarYearComplete } from '@/db';
import { useCan, useOfficeCalendar } from '@/db/hooks';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { useShippedDays } from '@/db/hooks';
import { CalendarDayModal } from './CalendarDayModal';
import { useCalendarWarning } from './CalendarEndingNotice';
import { CalendarImportModal } from './CalendarImportModal';
import { useDeadlineReview } from './use-deadline-review';

/**
 * Settings → the production calendar: a year's non-working days and moved working days, shipped
 * and the office's. Everyone sees it; administrators add, take out, import, mark a year whole and
 * check the open deadlines against it.
 */
export function WorkingCalendarSection({ focused }: Readonly<{ focused: boolean }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const canManage = useCan('settings');
  const shipped = useShippedDays();
  const office = useOfficeCalendar();
  const warning = useCalendarWarning();
  const { review, modal } = useDeadlineReview();
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  const years = useMemo(() => (shipped && office ? calendarYears(shipped, office, today()) : []), [shipped, office]);
  const firstToEnter = useMemo(() => {
    const knownUntil = shipped && office ? effectiveCalendar(shipped, office).knownUntil : undefined;
    return knownUntil ? Number(knownUntil.slice(0, 4)) + 1 : Number(today().slice(0, 4));
  }, [shipped, office]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? (warning ? firstToEnter : Number(today().slice(0, 4)));
  // Each change pins the year shown: entering it may end the warning that chose it, and the list
  // must not jump to another year under the administrator's eyes.
  const changing = (change: () => void) => {
    setYear(year);
    change();
  };

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  if (!shipped || !office) return null;
  const status = yearStatus(year, shipped, office);
  const rows = daysOfYear(shipped, office, year);
  const knownUntil = effectiveCalendar(shipped, office).knownUntil;

  return (
    <Paper withBorder p="lg" ref={ref} data-testid="settings-calendar">
      <Title order={4} mb="xs">
        {t('workingCalendar.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('workingCalendar.intro')}
        </Text>
        {warning && (
          <Alert color={warning.ended ? 'red' : 'yellow'} data-testid="calendar-section-warning">
            <Text size="sm">{warning.text}</Text>
          </Alert>
        )}
        <SegmentedControl
          data={years.map((value) => ({ value: String(value), label: String(value) }))}
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
          data-testid="calendar-year"
          w="fit-content"
        />
        <Text size="sm" data-testid="calendar-year-status">
          {t(`workingCalendar.status.${status}`, { year, known: formatDate(knownUntil) })}
        </Text>
        <YearTable
          rows={rows}
          canManage={canManage}
          onRemove={(date) => changing(() => run(async () => review(await removeCalendarDay(date))))}
          onMakeWorking={(date) =>
            changing(() => run(async () => review(await addCalendarDay({ date, kind: 'working_day' }))))
          }
        />
        {canManage && (
          <Group justify="space-between">
            <Group gap="xs">
              <Button
                leftSection={<IconCalendarPlus size={16} />}
                onClick={() => changing(() => setDialog('add'))}
                data-testid="calendar-add"
              >
                {t('workingCalendar.add')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
                onClick={() => changing(() => setDialog('import'))}
                data-testid="calendar-import-open"
              >
                {t('workingCalendar.import')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconChecklist size={16} />}
                onClick={() => run(async () => review(await checkOpenDeadlines(), true))}
                data-testid="calendar-check"
              >
                {t('workingCalendar.check')}
              </Button>
            </Group>
            {status !== 'shipped' && (
              <Checkbox
                label={t('workingCalendar.markComplete')}
                description={t('workingCalendar.markCompleteHint')}
                checked={status === 'complete'}
                onChange={(event) => {
                  const complete = event.currentTarget.checked;
                  changing(() => run(async () => review(await setCalendarYearComplete(year, complete))));
                }}
                maw={360}
                data-testid="calendar-year-complete"
              />
            )}
          </Group>
        )}
      </Stack>
      {dialog === 'add' && (
        <CalendarDayModal
          year={year}
          shipped={shipped}
          office={office}
          onSaved={review}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && <CalendarImportModal onImported={review} onClose={() => setDialog(null)} />}
      {modal}
    </Paper>
  );
}

function YearTable({
  rows,
  canManage,
  onRemove,
  onMakeWorking,
}: Readonly<{
  rows: readonly YearDay[];
  canManage: boolean;
  onRemove: (date: string) => void;
  onMakeWorking: (date: string) => void;
}>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const weekdays = calendarNames(language).weekdaysShort;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('workingCalendar.empty')}
      </Text>
    );
  return (
    <Table striped withTableBorder data-testid="calendar-days">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('workingCalendar.columns.date')}</Table.Th>
          <Table.Th>{t('workingCalendar.columns.weekday')}</Table.Th>
          <Table.Th>{t('workingCalendar.columns.kind')}</Table.Th>
          <Table.Th>{t('workingCalendar.columns.name')}</Table.Th>
          <Table.Th>{t('workingCalendar.columns.source')}</Table.Th>
          {canManage && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.date} data-testid="calendar-day" data-date={row.date}>
            <Table.Td>{formatDate(row.date)}</Table.Td>
            <Table.Td>{weekdays[weekdayMondayFirst(row.date)]}</Table.Td>
            <Table.Td>
              <Text size="sm" c={row.dayOff ? 'red.8' : 'teal.8'}>
                {row.dayOff ? t('workingCalendar.kinds.dayOff') : t('workingCalendar.kinds.workingDay')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{localName(row)}</Text>
              {row.replaces && (
                <Text size="xs" c="dimmed">
                  {t('workingCalendar.replaces', { name: localName(row.replaces) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {/* Plain text rather than a badge: a badge's capitals cut «Внесён организацией» short. */}
              <Text size="xs" c={row.source === 'office' ? 'teal.8' : 'dimmed'}>
                {t(`workingCalendar.sources.${row.source}`)}
              </Text>
              {row.kind === 'day_off_no_transfer_date_estimated' && (
                <Text size="xs" c="orange.9">
                  {t('workingCalendar.sources.estimated')}
                </Text>
              )}
            </Table.Td>
            {canManage && (
              <Table.Td>
                {row.source === 'office' ? (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(row.date)}>
                    {t('workingCalendar.remove')}
                  </Button>
                ) : (
                  row.dayOff && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onMakeWorking(row.date)}>
                      {t('workingCalendar.makeWorking')}
                    </Button>
                  )
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
