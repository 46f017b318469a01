import type { TFunction } from 'i18next';
import type { ExportTable } from '@shared/export/table';
import { cellText } from '@shared/import/cells';
import type { RejectedRow } from '@shared/import/member-rows';
import type { CellValue, RawSheet } from '@shared/import/types';
import { isProblemCode } from '@shared/validation/problems';
import { columnLetter } from './field-labels';

/**
 * The rows an import refused, as they were in the file, each with the reason: the file to send
 * back to whoever made the list, or to correct and import again.
 */
export function rejectedRowsTable(
  t: TFunction,
  sheet: RawSheet,
  /** The column names, as the importer read them (a two-row header made one). */
  header: readonly CellValue[],
  rejected: readonly RejectedRow[],
  fileName: string,
): ExportTable {
  const width = Math.max(header.length, ...rejected.map((row) => (sheet.rows[row.rowNumber - 1] ?? []).length));
  const reason = (row: RejectedRow) =>
    row.problems
      .map((problem) => {
        const where = problem.column >= 0 ? `${columnLetter(problem.column)}: ` : '';
        return (
          where + (isProblemCode(problem.code) ? t(`problems.${problem.code}`, { value: problem.value }) : problem.code)
        );
      })
      .join('; ');
  return {
    sheetName: t('exports.sheetRejected'),
    title: t('exports.rejectedTitle', { name: fileName }),
    columns: [
      { header: t('exports.columns.row'), width: 10, kind: 'number' },
      ...Array.from({ length: width }, (_, column) => ({
        header: cellText(header[column]) || columnLetter(column),
        width: 18,
        kind: 'text' as const,
      })),
      { header: t('exports.columns.reason'), width: 60, kind: 'text' },
    ],
    rows: rejected.map((row) => {
      const cells = sheet.rows[row.rowNumber - 1] ?? [];
      return [
        row.rowNumber,
        ...Array.from({ length: width }, (_, column) => cellText(cells[column]) || null),
        reason(row),
      ];
    }),
  };
}
