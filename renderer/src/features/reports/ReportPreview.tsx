import { Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '@shared/dates/format';
import type { ExportCell, ExportTable } from '@shared/export/table';
import classes from './report-preview.module.css';

const cellText = (cell: ExportCell, kind: string): string =>
  cell === null ? '' : kind === 'date' && typeof cell === 'string' ? formatDate(cell) : String(cell);

/**
 * A report's sheets as HTML tables: what the screen previews and what the print stylesheet puts on
 * paper (or into a PDF). Long sheets show their first rows; the workbook always has them all.
 */
export function ReportPreview({
  tables,
  rowLimit,
  moreText,
}: Readonly<{ tables: readonly ExportTable[]; rowLimit: number; moreText: (count: number) => string }>) {
  return (
    <Stack gap="xl" className={classes.report} data-testid="report-preview">
      {tables.map((table) => {
        const bold = new Set(table.boldRows ?? []);
        return (
          <Stack key={table.sheetName} gap={4} className={classes.sheet}>
            <Title order={4}>{table.title}</Title>
            {table.subtitle && (
              <Text size="sm" c="dimmed">
                {table.subtitle}
              </Text>
            )}
            <Table withTableBorder withColumnBorders striped className={classes.table} data-testid="report-table">
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((column, index) => (
                    <Table.Th key={index}>{column.header}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.slice(0, rowLimit).map((row, rowIndex) => (
                  <Table.Tr key={rowIndex} fw={bold.has(rowIndex) ? 700 : undefined}>
                    {row.map((cell, index) => (
                      <Table.Td key={index} ta={table.columns[index]?.kind === 'number' ? 'right' : undefined}>
                        {cellText(cell, table.columns[index]?.kind ?? 'text')}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                {table.totals && (
                  <Table.Tr fw={700} data-testid="report-totals">
                    {table.totals.map((cell, index) => (
                      <Table.Td key={index} ta={table.columns[index]?.kind === 'number' ? 'right' : undefined}>
                        {cellText(cell, 'text')}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
            {table.rows.length > rowLimit && (
              <Text size="sm" c="dimmed">
                {moreText(table.rows.length - rowLimit)}
              </Text>
            )}
            {(table.notes ?? []).map((note) => (
              <Text key={note} size="sm" fs="italic">
                {note}
              </Text>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
