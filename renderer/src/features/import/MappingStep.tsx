import { Alert, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import/auto-map';
import { cellText } from '@shared/import/cells';
import { headerCellsAt } from '@shared/import/headers';
import { registers, type RegisterId } from '@shared/import/registers';
import type { ImportField, RawWorkbook } from '@shared/import/types';
import { useLanguage } from '@/i18n/use-language';
import { columnLetter, fieldLabel } from './field-labels';

/** Sheet, header row and which column fills which field; all detected, all correctable. */
export function MappingStep({
  register,
  fields = registers[register],
  workbook,
  sheetIndex,
  headerRow,
  mapping,
  remembered,
  problem,
  onSheet,
  onHeaderRow,
  onMapping,
}: Readonly<{
  register: RegisterId;
  /** The register's fields, when they depend on the directories (a population table's column per ethnos). */
  fields?: readonly ImportField[];
  workbook: RawWorkbook;
  sheetIndex: number;
  headerRow: number;
  mapping: ColumnMapping;
  remembered: boolean;
  problem: string | null;
  onSheet: (index: number) => void;
  onHeaderRow: (row: number) => void;
  onMapping: (mapping: ColumnMapping) => void;
}>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const sheet = workbook.sheets[sheetIndex];
  if (!sheet) return null;
  const header = headerCellsAt(sheet, headerRow, fields);
  const samples = sheet.rows.slice(headerRow + 1, headerRow + 4);
  const fieldOptions = [
    { value: '', label: t('importer.skip') },
    ...fields.map((field) => ({ value: field.key, label: fieldLabel(t, register, field.key, { fields, localName }) })),
  ];
  return (
    <Stack>
      <Group align="flex-end">
        {workbook.sheets.length > 1 && (
          <Select
            label={t('importer.sheet')}
            allowDeselect={false}
            value={String(sheetIndex)}
            onChange={(value) => onSheet(Number(value))}
            data={workbook.sheets.map((candidate, index) => ({ value: String(index), label: candidate.name }))}
          />
        )}
        <NumberInput
          label={t('importer.headerRow')}
          min={1}
          max={Math.max(1, sheet.rows.length)}
          w={180}
          value={headerRow + 1}
          onChange={(value) => typeof value === 'number' && onHeaderRow(value - 1)}
          data-testid="import-header-row"
        />
        <Text size="sm" c="dimmed" pb={6}>
          {headerRow >= 0 ? t('importer.headerDetected', { n: headerRow + 1 }) : t('importer.headerNotFound')}
        </Text>
      </Group>
      {remembered && (
        <Alert color="teal" variant="light">
          {t('importer.remembered')}
        </Alert>
      )}
      {problem && (
        <Alert color="red" data-testid="mapping-problem">
          {problem}
        </Alert>
      )}
      <Table withTableBorder striped data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('importer.column')}</Table.Th>
            <Table.Th>{t('importer.sample')}</Table.Th>
            <Table.Th w={320}>{t('importer.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.map((field, column) => (
            <Table.Tr key={column}>
              <Table.Td>{columnLetter(column)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {cellText(header[column])}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {samples
                    .map((row) => cellText(row[column]))
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  searchable
                  allowDeselect={false}
                  aria-label={`${t('importer.column')} ${columnLetter(column)}`}
                  value={field ?? ''}
                  data={fieldOptions}
                  onChange={(value) => {
                    const next = mapping.map((current) => (value && current === value ? null : current));
                    next[column] = value || null;
                    onMapping(next);
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
