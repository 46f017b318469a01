import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dimensions, figurePeriods, type Dimension, type FigureId, type FigurePeriod } from '@shared/forms/catalogue';
import {
  blockAt,
  mappedCells,
  newBlock,
  withBlock,
  withBlockColumn,
  withCell,
  withoutBlock,
  withRowMatch,
} from '@shared/forms/edit-mapping';
import { isTotalLabel, type LabelEntry } from '@shared/forms/labels';
import type { FormMapping } from '@shared/forms/mapping';
import { rowEntries, type RowDirectories } from '@shared/forms/row-entries';
import { periodKinds, type PeriodKind } from '@shared/events/period';
import type { AuthorityFormId } from '@shared/model/ids';
import { saveAuthorityForm } from '@/db';
import { columnLetters, rowLabels, type TemplateGrid } from '@/forms/template-grid';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { useSafeAction } from '@/components/use-safe-action';
import { figureLabel, figureOptions, figurePeriodLabel, isFixedFigure } from './figure-labels';
import { FormGrid } from './FormGrid';

type BlockDimension = Exclude<Dimension, 'none'>;
const blockDimensions = dimensions.filter((value): value is BlockDimension => value !== 'none');

type Selection =
  | { kind: 'cell'; address: string; row: number; column: number }
  | { kind: 'labels'; column: number; fromRow: number; toRow: number }
  | { kind: 'block'; index: number; column: string | null };

/**
 * Mapping an authority's form: the form as it looks, a figure put in a cell by clicking it, a table
 * of districts, villages or ethnic groups made by selecting its row labels, its rows matched to the
 * directories for review, and a figure given to each of its columns.
 */
export function FormMapper({
  grid,
  initial,
  formId,
  template,
  directories,
  onClose,
  onSaved,
}: Readonly<{
  grid: TemplateGrid;
  initial: FormMapping;
  formId?: AuthorityFormId;
  template?: Uint8Array;
  directories: RowDirectories;
  onClose: () => void;
  onSaved: (name: string) => void;
}>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const names = calendarNames(language);
  const run = useSafeAction();
  const [mapping, setMapping] = useState(initial);
  const visibleSheets = grid.sheets.filter((sheet) => !sheet.hidden);
  const [sheetName, setSheetName] = useState(visibleSheets[0]?.name ?? grid.sheets[0]?.name ?? '');
  const sheet = grid.sheets.find((item) => item.name === sheetName) ?? grid.sheets[0];
  const [selection, setSelection] = useState<Selection | null>(null);
  const [figure, setFigure] = useState<FigureId | null>(null);
  const [period, setPeriod] = useState<FigurePeriod>('selected');
  const [dimension, setDimension] = useState<BlockDimension>('district');
  const [saving, setSaving] = useState(false);

  const cellText = (ref: { figure: FigureId; period?: FigurePeriod }) =>
    `${figureLabel(t, ref.figure)}${ref.period && ref.period !== 'selected' ? `, ${figurePeriodLabel(t, ref.period, names)}` : ''}`;

  const marks = useMemo(() => {
    const mapped = new Map<string, string>();
    const labels = new Set<string>();
    const selected = new Set<string>();
    if (!sheet) return { mapped, labels, selected };
    for (const [address, cell] of mappedCells(mapping, sheet.name)) mapped.set(address, `= ${cellText(cell.figure)}`);
    for (const block of mapping.blocks)
      if (block.sheet === sheet.name) for (const row of block.rows) labels.add(`${block.labelColumn}${row.row}`);
    if (selection?.kind === 'cell') selected.add(selection.address);
    if (selection?.kind === 'labels')
      for (let row = selection.fromRow; row <= selection.toRow; row++)
        selected.add(`${columnLetters(selection.column)}${row}`);
    if (selection?.kind === 'block') {
      const block = mapping.blocks[selection.index];
      if (block && selection.column) for (const row of block.rows) selected.add(`${selection.column}${row.row}`);
    }
    return { mapped, labels, selected };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cellText follows the language, which t follows
  }, [mapping, sheet, selection, t]);

  if (!sheet) return null;

  const click = ({ address, row, column }: { address: string; row: number; column: number }, extend: boolean) => {
    const letters = columnLetters(column);
    if (extend && selection?.kind === 'cell' && selection.column === column) {
      setSelection({
        kind: 'labels',
        column,
        fromRow: Math.min(selection.row, row),
        toRow: Math.max(selection.row, row),
      });
      return;
    }
    const labelBlock = mapping.blocks.findIndex(
      (block) => block.sheet === sheet.name && block.labelColumn === letters && block.rows.some((r) => r.row === row),
    );
    if (labelBlock >= 0) return setSelection({ kind: 'block', index: labelBlock, column: null });
    const inBlock =
      blockAt(mapping, sheet.name, letters, row) >= 0
        ? blockAt(mapping, sheet.name, letters, row)
        : mapping.blocks.findIndex(
            (block) => block.sheet === sheet.name && block.firstRow <= row && row <= block.lastRow,
          );
    if (inBlock >= 0) {
      const current = mapping.blocks[inBlock]?.columns.find((entry) => entry.column === letters)?.figure;
      setFigure(current?.figure ?? null);
      setPeriod(current?.period ?? 'selected');
      return setSelection({ kind: 'block', index: inBlock, column: letters });
    }
    const current = mapping.cells.find((cell) => cell.sheet === sheet.name && cell.address === address)?.figure;
    setFigure(current?.figure ?? null);
    setPeriod(current?.period ?? 'selected');
    setSelection({ kind: 'cell', address, row, column });
  };

  const selectedCell = selection?.kind === 'cell' ? sheet.cells.find((c) => c.address === selection.address) : null;
  const ref = figure ? { figure, ...(isFixedFigure(figure) || period === 'selected' ? {} : { period }) } : null;
  const periodData = figurePeriods.map((value) => ({ value, label: figurePeriodLabel(t, value, names) }));
  const block = selection?.kind === 'block' ? mapping.blocks[selection.index] : undefined;
  const entries: LabelEntry[] = block ? rowEntries(block.dimension as BlockDimension, directories) : [];
  const entryOptions = entries.map((entry) => ({ value: entry.id, label: localName(entry) }));

  const save = () =>
    run(async () => {
      setSaving(true);
      try {
        await saveAuthorityForm({ ...(formId ? { id: formId } : {}), mapping, ...(template ? { template } : {}) });
        onSaved(mapping.name);
      } finally {
        setSaving(false);
      }
    });

  return (
    <Modal opened onClose={onClose} fullScreen title={t('forms.screen.mapTitle', { name: mapping.name })}>
      <Stack gap="sm" data-testid="form-mapper">
        <Group align="end">
          <TextInput
            label={t('forms.screen.name')}
            value={mapping.name}
            onChange={(event) => setMapping({ ...mapping, name: event.currentTarget.value })}
            w={420}
            data-testid="form-name"
          />
          <Select
            label={t('forms.screen.periodKind')}
            value={mapping.periodKind}
            onChange={(value) => value && setMapping({ ...mapping, periodKind: value as PeriodKind })}
            data={periodKinds.map((value) => ({ value, label: t(`events.periods.${value}`) }))}
            allowDeselect={false}
            w={180}
            data-testid="form-period-kind"
          />
          <Button onClick={save} loading={saving} disabled={!mapping.name.trim()} data-testid="form-save">
            {t('forms.screen.saveMapping')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('forms.screen.clickCell')}
        </Text>
        <Group align="start" wrap="nowrap" gap="md">
          <Stack style={{ flex: 1, minWidth: 0 }} gap={4}>
            {visibleSheets.length > 1 && (
              <Tabs value={sheet.name} onChange={(value) => value && (setSheetName(value), setSelection(null))}>
                <Tabs.List>
                  {visibleSheets.map((item) => (
                    <Tabs.Tab key={item.name} value={item.name} data-testid={`form-sheet-${item.name}`}>
                      {item.name}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
              </Tabs>
            )}
            <FormGrid sheet={sheet} marks={marks} onCell={click} testId="form-grid" />
          </Stack>
          <Paper withBorder p="sm" w={400} style={{ flexShrink: 0 }}>
            <ScrollArea.Autosize mah="70vh">
              {!selection && <Text c="dimmed">{t('forms.screen.clickCell')}</Text>}
              {selection?.kind === 'cell' && (
                <Stack gap="xs" data-testid="form-cell-panel">
                  <Title order={5}>{t('forms.screen.cell', { address: selection.address })}</Title>
                  {selectedCell?.formula ? (
                    <Alert color="gray">{t('forms.screen.formulaCell')}</Alert>
                  ) : (
                    <>
                      <Select
                        label={t('forms.screen.figure')}
                        data={figureOptions(t, 'none')}
                        value={figure}
                        onChange={(value) => setFigure(value as FigureId | null)}
                        searchable
                        data-testid="form-cell-figure"
                      />
                      {figure && !isFixedFigure(figure) && (
                        <Select
                          label={t('forms.screen.period')}
                          data={periodData}
                          value={period}
                          onChange={(value) => setPeriod((value as FigurePeriod | null) ?? 'selected')}
                          allowDeselect={false}
                          data-testid="form-cell-period"
                        />
                      )}
                      <Group>
                        <Button
                          disabled={!ref}
                          onClick={() => ref && setMapping(withCell(mapping, sheet.name, selection.address, ref))}
                          data-testid="form-cell-put"
                        >
                          {t('forms.screen.put')}
                        </Button>
                        <Button
                          variant="default"
                          onClick={() => setMapping(withCell(mapping, sheet.name, selection.address, null))}
                        >
                          {t('forms.screen.clear')}
                        </Button>
                      </Group>
                    </>
                  )}
                </Stack>
              )}
              {selection?.kind === 'labels' && (
                <Stack gap="xs" data-testid="form-labels-panel">
                  <Title order={5}>
                    {t('forms.screen.blockTitle', {
                      first: selection.fromRow,
                      last: selection.toRow,
                      column: columnLetters(selection.column),
                    })}
                  </Title>
                  <Select
                    label={t('forms.screen.dimension')}
                    data={blockDimensions.map((value) => ({ value, label: t(`forms.dimensions.${value}`) }))}
                    value={dimension}
                    onChange={(value) => value && setDimension(value as BlockDimension)}
                    allowDeselect={false}
                    data-testid="form-block-dimension"
                  />
                  <Button
                    onClick={() => {
                      const labels = rowLabels(sheet, selection.column, selection.fromRow, selection.toRow);
                      if (labels.length === 0) return;
                      const made = newBlock(
                        sheet.name,
                        columnLetters(selection.column),
                        labels,
                        dimension,
                        rowEntries(dimension, directories),
                      );
                      setMapping(withBlock(mapping, made.block));
                      setSelection({ kind: 'block', index: mapping.blocks.length, column: null });
                    }}
                    data-testid="form-block-make"
                  >
                    {t('forms.screen.makeBlock')}
                  </Button>
                </Stack>
              )}
              {selection?.kind === 'block' && block && (
                <Stack gap="xs" data-testid="form-block-panel">
                  <Title order={5}>
                    {t('forms.screen.blockTitle', {
                      first: block.firstRow,
                      last: block.lastRow,
                      column: block.labelColumn,
                    })}
                  </Title>
                  <Text size="sm">
                    {t('forms.screen.dimension')} {t(`forms.dimensions.${block.dimension}`)}
                  </Text>
                  {selection.column && (
                    <Paper withBorder p="xs">
                      <Stack gap="xs">
                        <Text fw={600}>{t('forms.screen.blockColumn', { column: selection.column })}</Text>
                        <Select
                          label={t('forms.screen.figure')}
                          data={figureOptions(t, block.dimension)}
                          value={figure}
                          onChange={(value) => setFigure(value as FigureId | null)}
                          searchable
                          data-testid="form-column-figure"
                        />
                        <Select
                          label={t('forms.screen.period')}
                          data={periodData}
                          value={period}
                          onChange={(value) => setPeriod((value as FigurePeriod | null) ?? 'selected')}
                          allowDeselect={false}
                          data-testid="form-column-period"
                        />
                        <Group>
                          <Button
                            disabled={!ref}
                            onClick={() =>
                              ref &&
                              selection.column &&
                              setMapping(withBlockColumn(mapping, selection.index, selection.column, ref))
                            }
                            data-testid="form-column-put"
                          >
                            {t('forms.screen.putColumn')}
                          </Button>
                          <Button
                            variant="default"
                            onClick={() =>
                              selection.column &&
                              setMapping(withBlockColumn(mapping, selection.index, selection.column, null))
                            }
                          >
                            {t('forms.screen.clearColumn')}
                          </Button>
                        </Group>
                      </Stack>
                    </Paper>
                  )}
                  <Text fw={600}>{t('forms.screen.rows')}</Text>
                  <Table striped withTableBorder data-testid="form-block-rows">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('forms.screen.rowLabel')}</Table.Th>
                        <Table.Th>{t('forms.screen.rowMatch')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {block.rows.map((row) => (
                        <Table.Tr key={row.row} data-testid={`form-row-${row.row}`}>
                          <Table.Td>{row.label}</Table.Td>
                          <Table.Td>
                            {isTotalLabel(row.label) ? (
                              <Text size="xs" c="dimmed">
                                {t('forms.screen.totalRow')}
                              </Text>
                            ) : (
                              <Select
                                size="xs"
                                data={entryOptions}
                                value={row.match}
                                placeholder={t('forms.screen.notMatched')}
                                onChange={(value) => setMapping(withRowMatch(mapping, selection.index, row.row, value))}
                                searchable
                                clearable
                                error={row.match === null}
                                data-testid={`form-row-match-${row.row}`}
                              />
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                  <Button
                    variant="light"
                    color="red"
                    onClick={() => {
                      setMapping(withoutBlock(mapping, selection.index));
                      setSelection(null);
                    }}
                  >
                    {t('forms.screen.removeBlock')}
                  </Button>
                  {block.rows.some((row) => row.match === null && !isTotalLabel(row.label)) && (
                    <Badge color="orange" variant="light">
                      {t('forms.screen.notMatched')}
                    </Badge>
                  )}
                </Stack>
              )}
            </ScrollArea.Autosize>
          </Paper>
        </Group>
      </Stack>
    </Modal>
  );
}
