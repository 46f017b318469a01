import { formatDate } from '../dates/format';
import { eventTotals, countedParticipants, type EventTotalsRow } from '../events/totals';
import type { Period } from '../events/period';
import type { RotationVisit } from '../events/rotation';
import { resources } from '../i18n/resources';
import type { KelisimEvent } from '../model/records';
import type { ExportOptions, Named } from './registry-exports';
import { safeSheetName, type ExportColumn, type ExportTable } from './table';
import { localName, header, columns, type ColumnKey } from './columns';
import { nameIn } from '../text/name-in';

export interface EventLookups {
  places: ReadonlyMap<string, Named>;
  eventTypes: ReadonlyMap<string, Named>;
  directions: ReadonlyMap<string, Named>;
  /** The district (KATO code) a place lies in, '' when unknown. */
  districtOf: (placeId: string | undefined) => string;
}

const local = localName;

const EVENT_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['eventDate', 12, 'date'],
  ['eventTitle', 44, 'text'],
  ['eventType', 22, 'text'],
  ['direction', 30, 'text'],
  ['district', 22, 'text'],
  ['place', 22, 'text'],
  ['venue', 24, 'text'],
  ['participants', 12, 'number'],
  ['result', 44, 'text'],
];

const TOTAL_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['district', 30, 'text'],
  ['events', 14, 'number'],
  ['participants', 14, 'number'],
];

/**
 * "Information on events held" for a period: the events held, one per row, and their totals per
 * district and per form, on three sheets. Events planned, postponed or cancelled are left out:
 * the oblast asks for what was held.
 */
export function eventsHeldExport(
  events: readonly KelisimEvent[],
  lookups: EventLookups,
  period: Period,
  options: ExportOptions,
): ExportTable[] {
  const { language, headers } = options;
  const text = resources[language].exports;
  const both = headers === 'both';
  const titleText = both
    ? `${resources.ru.exports.eventsHeldTitle} / ${resources.kk.exports.eventsHeldTitle}`
    : text.eventsHeldTitle;
  const subtitle = text.eventsPeriod
    .replace('{{from}}', formatDate(period.from))
    .replace('{{to}}', formatDate(period.to));
  const held = events.filter((event) => event.status === 'held').sort((a, b) => a.start.localeCompare(b.start));
  const districtName = (code: string) => (code ? local(lookups.places.get(code), language) || code : text.noPlace);
  const rows = held.map((event, index) => [
    index + 1,
    event.start.slice(0, 10),
    nameIn(language, event),
    local(lookups.eventTypes.get(event.typeCode), language) || event.typeCode,
    local(lookups.directions.get(event.directionId ?? ''), language) || null,
    districtName(lookups.districtOf(event.placeId)),
    local(lookups.places.get(event.placeId ?? ''), language) || null,
    event.venue ?? null,
    countedParticipants(event),
    event.result ?? null,
  ]);
  const totals = eventTotals(held, lookups.districtOf);
  const totalRows = (list: EventTotalsRow[], name: (key: string) => string) =>
    list.map((row, index) => [index + 1, name(row.key), row.events, row.participants]);
  const totalLine = [null, resources[language].exports.total, totals.events, totals.participants];
  const typeColumns = columns(TOTAL_COLUMNS, headers).map((column, index) =>
    index === 1 ? { ...column, header: header('eventType', headers) } : column,
  );
  return [
    {
      sheetName: safeSheetName(text.sheetEvents),
      title: titleText,
      subtitle,
      columns: columns(EVENT_COLUMNS, headers),
      rows,
      totals: [null, resources[language].exports.total, null, null, null, null, null, null, totals.participants, null],
    },
    {
      sheetName: safeSheetName(text.sheetByDistrict),
      title: titleText,
      subtitle,
      columns: columns(TOTAL_COLUMNS, headers),
      rows: totalRows(totals.byDistrict, districtName),
      totals: totalLine,
    },
    {
      sheetName: safeSheetName(text.sheetByType),
      title: titleText,
      subtitle,
      columns: typeColumns,
      rows: totalRows(totals.byType, (code) => local(lookups.eventTypes.get(code), language) || code),
      totals: totalLine,
    },
  ];
}

/** The rotation schedule as the working groups will carry it: round, dates, group, place. */
export function rotationExport(
  schedule: readonly RotationVisit[],
  groupName: (id: string) => string,
  placeName: (id: string) => string,
  options: ExportOptions,
): ExportTable {
  const text = resources[options.language].exports;
  return {
    sheetName: safeSheetName(text.sheetRotation),
    title: text.rotationTitle,
    columns: [
      { header: header('number', options.headers), width: 6, kind: 'number' },
      { header: header('eventDate', options.headers), width: 24, kind: 'text' },
      { header: resources[options.language].workingGroups.group, width: 30, kind: 'text' },
      { header: header('place', options.headers), width: 30, kind: 'text' },
    ],
    rows: schedule.map((visit, index) => [
      index + 1,
      `${formatDate(visit.start)} – ${formatDate(visit.end)}`,
      groupName(visit.groupId),
      placeName(visit.placeId),
    ]),
  };
}
