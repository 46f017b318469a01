import { formatDate, formatDateTime } from '../dates/format';
import { bilingual } from '../export/columns';
import { safeSheetName, type ExportColumn, type ExportTable, type HeaderLanguage } from '../export/table';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { Completeness, CompletenessFilter, CompletenessRow, KeptPackage } from './completeness';

type ColumnKey = keyof (typeof resources)['ru']['exchange']['completeness']['columns'];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The completeness line, "Отчитались 9 из 14 — 64 %", with the on-time count when there is a due date. */
export function completenessLine(completeness: Completeness<unknown>, language: Language): string {
  const text = resources[language].exchange.completeness;
  if (completeness.share === null) return text.noDistricts;
  const line = fill(text.summary, {
    reported: completeness.reported,
    expected: completeness.expected,
    share: completeness.share,
  });
  return completeness.onTime === null ? line : `${line}; ${fill(text.onTimeSummary, { count: completeness.onTime })}`;
}

/** What the status column says of a district: sent (in time or late), not sent. */
export function completenessStatus(row: CompletenessRow<unknown>, language: Language): string {
  const text = resources[language].exchange.completeness;
  if (!row.latest) return text.missing;
  if (row.onTime === null) return text.sent;
  return row.onTime ? text.onTime : text.late;
}

/**
 * The list of districts for a period as a styled sheet, to send on or file: each district and city
 * of oblast significance, whether and when it sent its package and in which version, the share
 * reporting under the table. The rows are those the screen shows (its filter applied).
 */
export function completenessExport<T extends KeptPackage>(
  completeness: Completeness<T>,
  rows: readonly CompletenessRow<T>[],
  options: { language: Language; headers: HeaderLanguage; oblastName: string; filter: CompletenessFilter },
): ExportTable {
  const { language, headers } = options;
  const text = resources[language];
  const label = (key: ColumnKey) =>
    bilingual(
      resources.ru.exchange.completeness.columns[key],
      resources.kk.exchange.completeness.columns[key],
      headers,
    );
  const spec: [ColumnKey, number, ExportColumn['kind']][] = [
    ['number', 6, 'number'],
    ['district', 28, 'text'],
    ['code', 12, 'code'],
    ['status', 16, 'text'],
    ['madeOn', 14, 'date'],
    ['receivedAt', 18, 'text'],
    ['versions', 10, 'number'],
    ['office', 34, 'text'],
    ['receivedBy', 14, 'text'],
  ];
  const columns = spec.map(([key, width, kind]) => ({ header: label(key), width, kind }));
  const { period } = completeness;
  const parts = [
    options.oblastName,
    fill(text.exports.eventsPeriod, { from: formatDate(period.from), to: formatDate(period.to) }),
    ...(completeness.dueDate
      ? [fill(text.exchange.completeness.dueOn, { date: formatDate(completeness.dueDate) })]
      : []),
    ...(options.filter === 'all' ? [] : [text.exchange.completeness.filter[options.filter].toLowerCase()]),
  ];
  return {
    sheetName: safeSheetName(text.exchange.completeness.sheet),
    title: bilingual(
      resources.ru.exchange.completeness.exportTitle,
      resources.kk.exchange.completeness.exportTitle,
      headers,
    ),
    subtitle: parts.join(', '),
    columns,
    rows: rows.map((row, index) => {
      const name = (language === 'kk' ? row.districtNameKk : row.districtNameRu) ?? row.districtNameRu ?? '';
      return [
        index + 1,
        row.expected ? name : `${name} (${text.exchange.completeness.notExpected})`,
        row.districtCode,
        completenessStatus(row, language),
        row.latest?.meta.asOf ?? null,
        row.receivedAt ? formatDateTime(row.receivedAt) : null,
        row.latest ? row.versions : null,
        row.latest?.meta.office ?? null,
        row.latest?.receivedBy ?? null,
      ];
    }),
    notes: [completenessLine(completeness, language)],
  };
}
