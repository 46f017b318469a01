import { formatDate } from '../dates/format';
import type { Period } from '../events/period';
import { resources } from '../i18n/resources';
import { outletTypes, publicationLanguages, type Publication } from '../model/records';
import { countPublications, type PublicationTally } from '../publications/counts';
import { bilingual } from './columns';
import type { ExportOptions } from './registry-exports';
import { safeSheetName, type ExportColumn, type ExportTable } from './table';

type ColumnKey = keyof (typeof resources)['ru']['publications']['exports']['columns'];

const columnsOf = (spec: readonly [ColumnKey, number, ExportColumn['kind']][], options: ExportOptions) =>
  spec.map(([key, width, kind]) => ({
    header: bilingual(
      resources.ru.publications.exports.columns[key],
      resources.kk.publications.exports.columns[key],
      options.headers,
    ),
    width,
    kind,
  }));

/**
 * The publications of a period as a list and as totals by outlet type and by language, the way
 * the dashboard counts them (countPublications). Publications carry no personal data: the list
 * goes whole. `eventTitle` names the linked event in the report's language.
 */
export function publicationsExport(
  publications: readonly Publication[],
  eventTitle: (eventId: string) => string,
  period: Period,
  options: ExportOptions,
): ExportTable[] {
  const text = resources[options.language].publications;
  const title =
    options.headers === 'both'
      ? `${resources.ru.publications.exports.title} / ${resources.kk.publications.exports.title}`
      : text.exports.title;
  const subtitle = text.exports.period
    .replace('{{from}}', formatDate(period.from))
    .replace('{{to}}', formatDate(period.to));
  const rows = publications
    .filter((publication) => !publication.deletedAt && publication.date >= period.from && publication.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.outletName.localeCompare(b.outletName));
  const counts = countPublications(rows, period);
  const line = (at: number, heading: string, tally: PublicationTally) => [at + 1, heading, tally.count, tally.reach];
  const summaryRows = [
    [null, text.exports.byOutletType, null, null],
    ...outletTypes.map((type, at) => line(at, text.outletTypes[type], counts.byOutletType[type])),
    [null, text.exports.byLanguage, null, null],
    ...publicationLanguages.map((language, at) => line(at, text.languages[language], counts.byLanguage[language])),
  ];
  return [
    {
      sheetName: safeSheetName(text.exports.sheetList),
      title,
      subtitle,
      columns: columnsOf(
        [
          ['number', 6, 'number'],
          ['date', 12, 'date'],
          ['outletType', 16, 'text'],
          ['outletName', 28, 'text'],
          ['language', 18, 'text'],
          ['title', 50, 'text'],
          ['url', 40, 'text'],
          ['reach', 14, 'number'],
          ['event', 40, 'text'],
        ],
        options,
      ),
      rows: rows.map((publication, index) => [
        index + 1,
        publication.date,
        text.outletTypes[publication.outletType],
        publication.outletName,
        text.languages[publication.language],
        publication.title ?? null,
        publication.url ?? null,
        publication.reach ?? null,
        publication.eventId ? eventTitle(publication.eventId) || null : null,
      ]),
      totals: [null, text.exports.total, null, null, null, null, null, counts.reach, null],
    },
    {
      sheetName: safeSheetName(text.exports.sheetSummary),
      title,
      subtitle,
      columns: columnsOf(
        [
          ['number', 6, 'number'],
          ['heading', 36, 'text'],
          ['count', 14, 'number'],
          ['reach', 14, 'number'],
        ],
        options,
      ),
      rows: summaryRows,
      boldRows: [0, outletTypes.length + 1],
      totals: [null, text.exports.total, counts.count, counts.reach],
    },
  ];
}
