import { formatDate } from '../dates/format';
import { bilingual } from '../export/columns';
import { resources } from '../i18n/resources';
import { safeSheetName, type ExportColumn, type ExportTable, type HeaderLanguage } from '../export/table';
import { summaryFigures } from './format';
import type { Consolidation } from './summary';

/**
 * The oblast's consolidated summary (свод) as a styled sheet: a row per district with the period's
 * figures of its package, and the oblast's totals under them.
 */
export function consolidationExport(
  consolidation: Consolidation,
  options: { language: 'ru' | 'kk'; headers: HeaderLanguage; oblastName: string },
): ExportTable {
  const { language, headers } = options;
  const text = resources[language];
  const label = (ru: string, kk: string) => bilingual(ru, kk, headers);
  const columns: ExportColumn[] = [
    {
      header: label(resources.ru.exports.columns.number, resources.kk.exports.columns.number),
      width: 6,
      kind: 'number',
    },
    {
      header: label(resources.ru.exports.columns.district, resources.kk.exports.columns.district),
      width: 26,
      kind: 'text',
    },
    { header: label(resources.ru.dashboard.period, resources.kk.dashboard.period), width: 24, kind: 'text' },
    ...summaryFigures.map((figure) => ({
      header: label(resources.ru.exchange.figures[figure], resources.kk.exchange.figures[figure]),
      width: 16,
      kind: 'number' as const,
    })),
  ];
  const title = label(resources.ru.exchange.consolidationTitle, resources.kk.exchange.consolidationTitle);
  const subtitle = consolidation.period
    ? `${options.oblastName}, ${text.exports.eventsPeriod
        .replace('{{from}}', formatDate(consolidation.period.from))
        .replace('{{to}}', formatDate(consolidation.period.to))}`
    : `${options.oblastName}, ${text.exchange.latestPeriods}`;
  return {
    sheetName: safeSheetName(text.exchange.consolidationSheet),
    title,
    subtitle,
    columns,
    rows: consolidation.byDistrict.map((district, index) => [
      index + 1,
      (language === 'kk' ? district.districtNameKk : district.districtNameRu) ??
        district.districtNameRu ??
        district.districtCode,
      `${formatDate(district.period.from)}–${formatDate(district.period.to)}`,
      ...summaryFigures.map((figure) => district.summary[figure]),
    ]),
    totals: [null, text.exports.total, null, ...summaryFigures.map((figure) => consolidation.totals[figure])],
    ...(consolidation.confidentialLeftOut > 0
      ? { notes: [text.exports.confidentialLeftOut.replace('{{count}}', String(consolidation.confidentialLeftOut))] }
      : {}),
  };
}
