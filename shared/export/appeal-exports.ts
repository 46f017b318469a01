import { formatDate } from '../dates/format';
import type { Period } from '../events/period';
import { resources } from '../i18n/resources';
import { answerResults, appealChannels, appealTypes } from '../model/records';
import type { AppealCounts } from '../receptions/appeal-counts';
import { columns, type ColumnKey } from './columns';
import type { ExportOptions } from './registry-exports';
import { safeSheetName, type ExportCell, type ExportColumn, type ExportTable } from './table';

const COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['indicator', 48, 'text'],
  ['appealCount', 14, 'number'],
];

type Texts = (typeof resources)['ru'];

/**
 * Appeals of a period as the law counts them: by type, by channel, by result of consideration,
 * each block adding up to the total, then the repeated and the collective ones apart. Every
 * appeal of the period is counted, confidential ones too: only numbers are shown.
 */
export function appealsExport(counts: AppealCounts, period: Period, options: ExportOptions): ExportTable {
  const { language, headers } = options;
  const pick = (get: (texts: Texts) => string) =>
    headers === 'both' ? `${get(resources.ru)} / ${get(resources.kk)}` : get(resources[language]);
  const text = (key: keyof Texts['exports']) => pick((texts) => String(texts.exports[key]));
  const dates = { from: formatDate(period.from), to: formatDate(period.to) };
  const title = pick((texts) => texts.exports.appealsTitle.replace('{{from}}', dates.from).replace('{{to}}', dates.to));

  const rows: ExportCell[][] = [];
  const boldRows: number[] = [];
  const block = (heading: string, lines: readonly [string, number][]) => {
    boldRows.push(rows.length);
    rows.push([null, heading, null]);
    lines.forEach(([label, value], index) => rows.push([index + 1, label, value]));
  };
  block(text('appealsByType'), [
    ...appealTypes.map((key): [string, number] => [pick((t) => t.enums.appealType[key]), counts.byType[key]]),
    [text('appealsNotGiven'), counts.byType.none],
  ]);
  block(text('appealsByChannel'), [
    ...appealChannels.map((key): [string, number] => [pick((t) => t.enums.appealChannel[key]), counts.byChannel[key]]),
    [text('appealsNotGiven'), counts.byChannel.none],
  ]);
  block(text('appealsByResult'), [
    ...answerResults.map((key): [string, number] => [pick((t) => t.enums.answerResult[key]), counts.byResult[key]]),
    [text('appealsNotAnswered'), counts.byResult.none],
  ]);
  block(text('appealsApart'), [
    [text('appealsRepeated'), counts.repeated],
    [text('appealsCollective'), counts.collective],
  ]);

  return {
    sheetName: safeSheetName(resources[language].exports.sheetAppeals),
    title,
    subtitle: resources[language].exports.asOf.replace('{{date}}', formatDate(options.asOf)),
    columns: columns(COLUMNS, headers),
    rows,
    boldRows,
    totals: [null, text('appealsTotal'), counts.total],
  };
}
