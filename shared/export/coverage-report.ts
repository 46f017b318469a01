import type { Coverage, CoverageBreakdownRow, CoverageFigures, SettlementCoverage } from '../dashboard/coverage';
import { formatDate } from '../dates/format';
import { resources } from '../i18n/resources';
import type { ExportOptions, Named } from './registry-exports';
import { bilingual, header, localName } from './columns';
import { safeSheetName, type ExportCell, type ExportColumn, type ExportTable } from './table';

export interface CoverageLookups {
  places: ReadonlyMap<string, Named>;
  projects: ReadonlyMap<string, Named>;
  directions: ReadonlyMap<string, Named>;
  /** Audiences by code, as events name them. */
  audiences: ReadonlyMap<string, Named>;
}

type Texts = (typeof resources)['ru']['coverage']['report'];
type TextKey = { [K in keyof Texts]: Texts[K] extends string ? K : never }[keyof Texts];

/**
 * The coverage of the population in a period as the oblast asks for it: each village with its
 * events, participants, people reached, population and share, the remote villages apart under
 * their heading; the villages without information work; the same figures by project, by
 * direction and by audience. The rules of reach and share are written under the tables.
 */
export function coverageExport(coverage: Coverage, lookups: CoverageLookups, options: ExportOptions): ExportTable[] {
  const { language, headers } = options;
  const text = resources[language].coverage.report;
  const both = (key: TextKey) =>
    bilingual(resources.ru.coverage.report[key], resources.kk.coverage.report[key], headers);
  const column = (key: TextKey, width: number, kind: ExportColumn['kind']): ExportColumn => ({
    header: both(key),
    width,
    kind,
  });
  const title = both('title');
  const subtitle = text.period
    .replace('{{from}}', formatDate(coverage.period.from))
    .replace('{{to}}', formatDate(coverage.period.to));
  const placeName = (id: string) => localName(lookups.places.get(id), language) || id;
  const byName = (rows: readonly SettlementCoverage[]) =>
    [...rows].sort((a, b) => placeName(a.placeId).localeCompare(placeName(b.placeId), language));
  const percent = (share: number | undefined, capped: boolean): ExportCell =>
    capped ? resources[language].coverage.card.capped : share === undefined ? null : Math.round(share * 1000) / 10;
  const figures = (row: CoverageFigures): ExportCell[] => [row.events, row.participants, row.reached];

  const numberColumn: ExportColumn = { header: header('number', headers), width: 6, kind: 'number' };
  const settlementColumns = [
    numberColumn,
    column('settlement', 34, 'text'),
    column('events', 14, 'number'),
    column('participants', 14, 'number'),
    column('reached', 14, 'number'),
    column('population', 16, 'number'),
    column('share', 14, 'number'),
  ];
  const rows: ExportCell[][] = [];
  const boldRows: number[] = [];
  let number = 0;
  const settlementRow = (row: SettlementCoverage): ExportCell[] => [
    ++number,
    placeName(row.placeId),
    ...figures(row),
    row.population ?? null,
    percent(row.share, row.capped),
  ];
  for (const row of byName(coverage.settlements)) rows.push(settlementRow(row));
  if (coverage.remote.length > 0) {
    boldRows.push(rows.length);
    rows.push([null, text.remoteHeading, null, null, null, null, null]);
    for (const row of byName(coverage.remote)) rows.push(settlementRow(row));
  }
  if (coverage.elsewhere.events > 0) rows.push([null, text.elsewhere, ...figures(coverage.elsewhere), null, null]);

  const without = coverage.withoutWork.map((placeId) => ({
    placeId,
    row: [...coverage.settlements, ...coverage.remote].find((entry) => entry.placeId === placeId),
  }));
  const withoutRows = without
    .sort((a, b) => placeName(a.placeId).localeCompare(placeName(b.placeId), language))
    .map(({ placeId, row }, index) => [
      index + 1,
      placeName(placeId),
      row?.remote ? resources[language].common.yes : null,
      row?.population ?? null,
    ]);

  const breakdownSheet = (
    sheet: TextKey,
    key: TextKey,
    names: ReadonlyMap<string, Named>,
    list: readonly CoverageBreakdownRow[],
    notes: readonly string[] = [],
  ): ExportTable => ({
    sheetName: safeSheetName(text[sheet]),
    title,
    subtitle,
    columns: [
      numberColumn,
      column(key, 40, 'text'),
      column('events', 14, 'number'),
      column('participants', 14, 'number'),
      column('reached', 14, 'number'),
    ],
    rows: list.map((row, index) => [
      index + 1,
      row.key ? localName(names.get(row.key), language) || row.key : text.notSet,
      ...figures(row),
    ]),
    totals: [null, text.total, ...figures(coverage.total)],
    ...(notes.length > 0 ? { notes } : {}),
  });

  return [
    {
      sheetName: safeSheetName(text.sheetSettlements),
      title,
      subtitle,
      columns: settlementColumns,
      rows,
      boldRows,
      totals: [
        null,
        text.total,
        ...figures(coverage.total),
        coverage.population || null,
        percent(coverage.share, coverage.capped),
      ],
      notes: [text.reachRule, text.shareRule],
    },
    {
      sheetName: safeSheetName(text.sheetWithoutWork),
      title,
      subtitle,
      columns: [
        numberColumn,
        column('settlement', 34, 'text'),
        {
          ...column('settlement', 22, 'text'),
          header: bilingual(resources.ru.coverage.remoteColumn, resources.kk.coverage.remoteColumn, headers),
        },
        column('population', 16, 'number'),
      ],
      rows: withoutRows,
      ...(withoutRows.length === 0 ? { notes: [text.noneWithoutWork] } : {}),
    },
    breakdownSheet('sheetProjects', 'project', lookups.projects, coverage.byProject),
    breakdownSheet('sheetDirections', 'direction', lookups.directions, coverage.byDirection),
    breakdownSheet('sheetAudiences', 'audience', lookups.audiences, coverage.byAudience, [text.audienceRule]),
  ];
}
