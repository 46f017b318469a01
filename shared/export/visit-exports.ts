import { formatDate } from '../dates/format';
import type { Period } from '../events/period';
import type { VisitTotals } from '../events/totals';
import { resources } from '../i18n/resources';
import type { Visit } from '../model/records';
import type { ExportOptions, Named } from './registry-exports';
import { safeSheetName, type ExportColumn, type ExportTable } from './table';
import { localName, header, type ColumnKey } from './columns';

export interface VisitReportEntry {
  visit: Pick<Visit, 'start' | 'end' | 'placeId'>;
  groupName: string;
  totals: VisitTotals;
}

export interface VisitLookups {
  places: ReadonlyMap<string, Named>;
  districtOf: (placeId: string | undefined) => string;
}

const local = localName;

const COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['workingGroup', 30, 'text'],
  ['district', 22, 'text'],
  ['place', 22, 'text'],
  ['visitFrom', 12, 'date'],
  ['visitTo', 12, 'date'],
  ['events', 12, 'number'],
  ['participants', 12, 'number'],
  ['receptions', 12, 'number'],
  ['helped', 12, 'number'],
  ['underControl', 12, 'number'],
];

/**
 * The field visits of a period, one per row with what each amounted to (events held, people
 * reached, citizens received, helped, taken under control), and their sum. A visit counts in the
 * period when it starts in it.
 */
export function visitsExport(
  entries: readonly VisitReportEntry[],
  lookups: VisitLookups,
  period: Period,
  options: ExportOptions,
): ExportTable {
  const { language, headers } = options;
  const text = resources[language].exports;
  const title =
    headers === 'both' ? `${resources.ru.exports.visitsTitle} / ${resources.kk.exports.visitsTitle}` : text.visitsTitle;
  const inPeriod = entries
    .filter((entry) => entry.visit.start >= period.from && entry.visit.start <= period.to)
    .sort((a, b) => a.visit.start.localeCompare(b.visit.start) || a.groupName.localeCompare(b.groupName));
  const sum = (pick: (totals: VisitTotals) => number) =>
    inPeriod.reduce((total, entry) => total + pick(entry.totals), 0);
  return {
    sheetName: safeSheetName(text.sheetVisits),
    title,
    subtitle: text.eventsPeriod.replace('{{from}}', formatDate(period.from)).replace('{{to}}', formatDate(period.to)),
    columns: COLUMNS.map(([key, width, kind]) => ({ header: header(key, headers), width, kind })),
    rows: inPeriod.map((entry, index) => {
      const district = lookups.districtOf(entry.visit.placeId);
      return [
        index + 1,
        entry.groupName,
        district ? local(lookups.places.get(district), language) || district : null,
        local(lookups.places.get(entry.visit.placeId), language) || null,
        entry.visit.start,
        entry.visit.end,
        entry.totals.events,
        entry.totals.participants,
        entry.totals.received,
        entry.totals.helped,
        entry.totals.underControl,
      ];
    }),
    totals: [
      null,
      text.total,
      null,
      null,
      null,
      null,
      sum((totals) => totals.events),
      sum((totals) => totals.participants),
      sum((totals) => totals.received),
      sum((totals) => totals.helped),
      sum((totals) => totals.underControl),
    ],
  };
}
