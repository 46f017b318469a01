import type { DashboardFigures } from '../dashboard/compute';
import { formatDate } from '../dates/format';
import { countedParticipants } from '../events/totals';
import { resources } from '../i18n/resources';
import type { KelisimEvent } from '../model/records';
import type { ExportOptions, Named } from './registry-exports';
import { safeSheetName, type ExportTable } from './table';
import { localName, columns } from './columns';
import { nameIn } from '../text/name-in';

type FigureKey = keyof (typeof resources)['ru']['dashboard']['figures'];

/** The figures the "information" lists, in the order the oblast reads them. */
const FIGURES: readonly FigureKey[] = [
  'eventsHeld',
  'participants',
  'eventsPlanned',
  'receptions',
  'helped',
  'underControl',
  'overdue',
  'associations',
  'members',
];

/** How many events the list of main events names: the largest by participants. */
export const MAIN_EVENTS = 20;

const local = localName;

/**
 * "Information on the work done" for a period: the period's figures next to the period before,
 * and the main events held (the largest by participants), as the akimat sends it upward.
 */
export function informationExport(
  figures: DashboardFigures,
  eventsHeld: readonly KelisimEvent[],
  lookups: { places: ReadonlyMap<string, Named>; eventTypes: ReadonlyMap<string, Named> },
  options: ExportOptions,
): ExportTable[] {
  const { language, headers } = options;
  const text = resources[language];
  const label = (key: FigureKey) =>
    headers === 'both'
      ? `${resources.ru.dashboard.figures[key]} / ${resources.kk.dashboard.figures[key]}`
      : text.dashboard.figures[key];
  const title =
    headers === 'both'
      ? `${resources.ru.exports.informationTitle} / ${resources.kk.exports.informationTitle}`
      : text.exports.informationTitle;
  const subtitle = text.exports.eventsPeriod
    .replace('{{from}}', formatDate(figures.period.from))
    .replace('{{to}}', formatDate(figures.period.to));
  const previous = `${formatDate(figures.previousPeriod.from)}–${formatDate(figures.previousPeriod.to)}`;
  const main = eventsHeld
    .filter((event) => event.status === 'held')
    .sort((a, b) => countedParticipants(b) - countedParticipants(a) || a.start.localeCompare(b.start))
    .slice(0, MAIN_EVENTS)
    .sort((a, b) => a.start.localeCompare(b.start));
  return [
    {
      sheetName: safeSheetName(text.exports.sheetFigures),
      title,
      subtitle: `${subtitle}; ${text.exports.comparedWith.replace('{{period}}', previous)}`,
      columns: columns(
        [
          ['number', 6, 'number'],
          ['indicator', 40, 'text'],
          ['currentValue', 16, 'number'],
          ['previousValue', 16, 'number'],
          ['change', 14, 'number'],
        ],
        headers,
      ),
      rows: FIGURES.map((key, index) => [
        index + 1,
        label(key),
        figures[key].current,
        figures[key].previous,
        figures[key].change,
      ]),
    },
    {
      sheetName: safeSheetName(text.exports.sheetMainEvents),
      title,
      subtitle,
      columns: columns(
        [
          ['number', 6, 'number'],
          ['eventDate', 12, 'date'],
          ['eventTitle', 50, 'text'],
          ['eventType', 22, 'text'],
          ['place', 24, 'text'],
          ['participants', 12, 'number'],
          ['result', 44, 'text'],
        ],
        headers,
      ),
      rows: main.map((event, index) => [
        index + 1,
        event.start.slice(0, 10),
        nameIn(language, event),
        local(lookups.eventTypes.get(event.typeCode), language) || event.typeCode,
        local(lookups.places.get(event.placeId ?? ''), language) || null,
        countedParticipants(event),
        event.result ?? null,
      ]),
    },
  ];
}
