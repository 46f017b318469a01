import FullCalendar, { type CalendarOptions, type CalendarRef } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import kkLocale from '@fullcalendar/react/locales/kk';
import ruLocale from '@fullcalendar/react/locales/ru';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { memo, useMemo, type RefObject } from 'react';
import { formatLongDate } from '@shared/dates/format';
import type { Language } from '@shared/i18n/languages';
import { calendarNames } from '@/i18n/i18n';
import { DAY_LINES, type CalendarEntry } from './calendar-entries';

const PLUGINS = [dayGridPlugin, listPlugin, interactionPlugin, classicThemePlugin];
const LOCALES = [ruLocale, kkLocale];
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

export const localDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** What the page does when the calendar reports something; read at the moment it happens. */
export interface CalendarHandlers {
  /** The grid's first and day-after-last dates, and the first day of the month or week it shows. */
  datesSet(start: Date, end: Date, current: Date): void;
  dateClick(date: Date): void;
  eventClick(id: string): void;
  /** The event's new start, or null when the calendar lost it; false puts it back where it was. */
  eventDrop(id: string, start: Date | null, allDay: boolean, revert: () => void): void;
}

type CalendarCallbacks = Pick<
  CalendarOptions,
  'dayHeaderContent' | 'listDayHeaderContent' | 'datesSet' | 'dateClick' | 'eventClick' | 'eventDrop'
>;

interface CalendarViewProps {
  calendarRef: RefObject<CalendarRef | null>;
  initialDate: string;
  entries: readonly CalendarEntry[];
  language: Language;
  editable: boolean;
  handlers: RefObject<CalendarHandlers | null>;
}

/**
 * FullCalendar on its own, redrawn only when its events, language or editing right change. The page
 * around it re-renders for every filter list and count that arrives; laying the month grid out
 * again each time is what made the calendar slow to open.
 */
export const CalendarView = memo(function CalendarView({
  calendarRef,
  initialDate,
  entries,
  language,
  editable,
  handlers,
}: CalendarViewProps) {
  // The callbacks keep their identity between renders: FullCalendar compares its options one by one,
  // so when the month's events arrive they are the only option that changed.
  const callbacks = useMemo<CalendarCallbacks>(() => {
    const names = calendarNames(language);
    return {
      dayHeaderContent: (arg) => names.weekdaysShort[(arg.dow + 6) % 7] ?? '',
      listDayHeaderContent: (arg) =>
        `${names.weekdaysShort[(arg.dow + 6) % 7] ?? ''}, ${formatLongDate(localDate(arg.date), names)}`,
      datesSet: (info) => handlers.current?.datesSet(info.start, info.end, info.view.currentStart),
      dateClick: (info) => handlers.current?.dateClick(info.date),
      eventClick: (info) => handlers.current?.eventClick(info.event.id),
      eventDrop: (info) => handlers.current?.eventDrop(info.event.id, info.event.start, info.event.allDay, info.revert),
    };
  }, [language, handlers]);
  return (
    <FullCalendar
      ref={calendarRef}
      plugins={PLUGINS}
      initialView="dayGridMonth"
      initialDate={initialDate}
      locales={LOCALES}
      locale={language}
      firstDay={1}
      headerToolbar={false}
      height="auto"
      dayMaxEvents={DAY_LINES}
      eventOrder="rank,start,-duration,allDay,title"
      eventOrderStrict
      editable={editable}
      eventDurationEditable={false}
      events={entries as CalendarEntry[]}
      displayEventTime
      eventTimeFormat={TIME_FORMAT}
      {...callbacks}
    />
  );
});
