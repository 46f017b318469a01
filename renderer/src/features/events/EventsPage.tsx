import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import type { CalendarRef } from '@fullcalendar/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/dates/iso';
import { formatDate, formatMonthYear } from '@shared/dates/format';
import type { EventInput } from '@shared/events/event-input';
import { monthGrid, type Period } from '@shared/events/period';
import { toEventId } from '@shared/model/ids';
import type { IsoDate, KelisimEvent } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { useSafeAction } from '@/components/use-safe-action';
import { type EventFilter, moveEvent } from '@/db';
import { useCalendarMonth, useCan, useEventFilterOptions, useOverdueEvents } from '@/db/hooks';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { ImportWizard } from '@/features/import/ImportWizard';
import { blankEvent } from './event-form-values';
import { EventFormModal } from './EventFormModal';
import { EventsExportModal } from './EventsExportModal';
import { calendarEntry, dayGridEntries, MORE_PREFIX } from './calendar-entries';
import { DayEventsModal } from './DayEventsModal';
import { CalendarView, localDate, type CalendarHandlers } from './CalendarView';
import { EventFilters } from './EventFilters';

type ViewKey = 'dayGridMonth' | 'dayGridWeek' | 'listMonth';

const localDateTime = (date: Date, allDay: boolean) =>
  allDay
    ? localDate(date)
    : `${localDate(date)}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * The events calendar: month, week and list views, filters, colour by type or status, a click on a
 * day creates an event there, dragging one reschedules it. Month and weekday names come from our
 * own resources (Chromium has no real Kazakh calendar data).
 */
const setField =
  (key: keyof EventFilter, value: string | null) =>
  (current: EventFilter): EventFilter =>
    Object.fromEntries(
      Object.entries({ ...current, [key]: value ?? undefined }).filter(([, given]) => given !== undefined),
    );

export function EventsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = calendarNames(language);
  const canEdit = useCan('edit');
  const canExport = useCan('export');
  const canImport = useCan('import');
  const [importing, setImporting] = useState(false);
  const run = useSafeAction();
  const calendar = useRef<CalendarRef>(null);
  const [view, setView] = useState<ViewKey>('dayGridMonth');
  // The month grid the calendar opens on is known before it draws: its events are read at once
  // instead of after the calendar's first layout reports its dates.
  const [range, setRange] = useState<{ period: Period; anchor: Date }>(() => ({
    period: monthGrid(today()),
    anchor: new Date(`${today()}T00:00`),
  }));
  const [colourBy, setColourBy] = useState<'type' | 'status'>('type');
  const [filter, setFilter] = useState<EventFilter>({});
  const setFilterField = useCallback(
    (key: keyof EventFilter, value: string | null) => setFilter(setField(key, value)),
    [],
  );
  const [editing, setEditing] = useState<{ event: KelisimEvent | null; draft: EventInput } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [dayList, setDayList] = useState<IsoDate | null>(null);
  const day = today();
  const events = useCalendarMonth(range.period, filter);
  // FullCalendar (0.1–0.2 s to mount) and the seven filter comboboxes come once the month is read,
  // so that the grid is laid out once, with its events; the filters sit above the calendar and
  // appear with it, so nothing moves.
  const calendarShown = events !== undefined;
  // The filters' lists (every place of the oblast, the associations, three directories) are read
  // after the month: issued first, they held its events back by a sixth of a second at 100,000 people.
  const options = useEventFilterOptions(calendarShown);
  // A busy year has a thousand planned events never marked held; reading them in the same moment as
  // the month's events held the calendar back by a tenth of a second, so they are read after it.
  const overdue = useOverdueEvents(day, calendarShown);
  // The list view shows every event; the month and week grids a few a day and a "more" line.
  const entries = useMemo(
    () =>
      view === 'listMonth'
        ? (events ?? []).map((event) => calendarEntry(event, colourBy, day, language))
        : dayGridEntries(events ?? [], colourBy, day, (hidden) => t('events.moreOnDay', { n: hidden }), language),
    [events, colourBy, day, view, t, language],
  );
  const byId = useMemo(() => new Map((events ?? []).map((event) => [event.id, event])), [events]);
  const handlers = useRef<CalendarHandlers | null>(null);
  useLayoutEffect(() => {
    handlers.current = {
      // The shown month from the view itself: on mount the calendar's ref is not attached yet, and the
      // grid's first day (30 November for December 2026) titled the page with the month before.
      datesSet: (start, end, anchor) => {
        const from = localDate(start);
        const to = addDays(localDate(end), -1);
        setRange((current) => {
          const samePeriod = current.period.from === from && current.period.to === to;
          const sameAnchor = current.anchor.getTime() === anchor.getTime();
          if (samePeriod && sameAnchor) return current;
          return { period: samePeriod ? current.period : { from, to }, anchor };
        });
      },
      dateClick: (date) => {
        if (canEdit) setEditing({ event: null, draft: blankEvent(localDate(date)) });
      },
      eventClick: (id) => {
        if (id.startsWith(MORE_PREFIX)) return setDayList(id.slice(MORE_PREFIX.length) as IsoDate);
        const event = byId.get(toEventId(id));
        if (event) setEditing({ event, draft: blankEvent(day) });
      },
      eventDrop: (id, start, allDay, revert) => {
        if (!start) return revert();
        const next = localDateTime(start, allDay);
        run(async () => {
          try {
            await moveEvent(toEventId(id), next);
            notifications.show({ color: 'teal', message: t('events.moved', { date: formatDate(next) }) });
          } catch (error) {
            revert();
            throw error;
          }
        });
      },
    };
  });

  const title =
    view === 'dayGridWeek'
      ? `${formatDate(range.period.from)} – ${formatDate(range.period.to)}`
      : formatMonthYear(range.anchor.getFullYear(), range.anchor.getMonth(), names);

  return (
    <Stack gap="sm" data-testid="events-page">
      <Group justify="space-between">
        <Title order={2}>{t('events.title')}</Title>
        <Group>
          {canExport && (
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => setExporting(true)}
              data-testid="events-export"
            >
              {t('events.export')}
            </Button>
          )}
          {canImport && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setImporting(true)}
              data-testid="events-import"
            >
              {t('events.importPlan')}
            </Button>
          )}
          {canEdit && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ event: null, draft: blankEvent(day) })}
              data-testid="event-new"
            >
              {t('events.newEvent')}
            </Button>
          )}
        </Group>
      </Group>

      {overdue && overdue.length > 0 && (
        <Alert color="orange" title={t('events.overdueTitle', { count: overdue.length })} data-testid="events-overdue">
          <Text size="sm" mb={4}>
            {t('events.overdueHint')}
          </Text>
          <Group gap="xs">
            {overdue.slice(0, 8).map((event) => (
              <Anchor key={event.id} size="sm" onClick={() => setEditing({ event, draft: blankEvent(day) })}>
                {formatDate(event.start)} · {nameIn(language, event)}
              </Anchor>
            ))}
            {overdue.length > 8 && <Text size="sm">…</Text>}
          </Group>
        </Alert>
      )}

      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => calendar.current?.getApi().prev()}
            aria-label="prev"
            data-testid="calendar-prev"
          >
            <IconChevronLeft size={16} />
          </Button>
          <Button variant="default" size="xs" onClick={() => calendar.current?.getApi().today()}>
            {t('events.today')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => calendar.current?.getApi().next()}
            aria-label="next"
            data-testid="calendar-next"
          >
            <IconChevronRight size={16} />
          </Button>
          <Text fw={600} size="lg" ml="sm" data-testid="calendar-title" tt="capitalize">
            {title}
          </Text>
        </Group>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={colourBy}
            onChange={(value) => setColourBy(value as 'type' | 'status')}
            data={[
              { value: 'type', label: `${t('events.colourBy')}: ${t('events.colourByType')}` },
              { value: 'status', label: t('events.colourByStatus') },
            ]}
          />
          <SegmentedControl
            size="xs"
            value={view}
            data-testid="calendar-views"
            onChange={(value) => {
              setView(value as ViewKey);
              calendar.current?.getApi().changeView(value);
            }}
            data={[
              { value: 'dayGridMonth', label: t('events.views.month') },
              { value: 'dayGridWeek', label: t('events.views.week') },
              { value: 'listMonth', label: t('events.views.list') },
            ]}
          />
        </Group>
      </Group>

      {calendarShown && <EventFilters filter={filter} options={options} onChange={setFilterField} />}

      <div data-testid="calendar" data-events={events ? events.length : -1}>
        {calendarShown && (
          <CalendarView
            calendarRef={calendar}
            initialDate={day}
            entries={entries}
            language={language}
            editable={canEdit}
            handlers={handlers}
          />
        )}
      </div>

      {editing && (
        <EventFormModal
          key={editing.event?.id ?? editing.draft.start}
          event={editing.event}
          draft={editing.draft}
          readOnly={!canEdit}
          onClose={() => setEditing(null)}
        />
      )}
      {dayList && (
        <DayEventsModal
          day={dayList}
          events={events ?? []}
          onOpen={(event) => {
            setDayList(null);
            setEditing({ event, draft: blankEvent(day) });
          }}
          onClose={() => setDayList(null)}
        />
      )}
      {importing && <ImportWizard register="events" onClose={() => setImporting(false)} />}
      {exporting && <EventsExportModal filter={filter} onClose={() => setExporting(false)} />}
    </Stack>
  );
}
