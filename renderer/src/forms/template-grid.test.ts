import { describe, expect, it } from 'vitest';
import { matchLabels } from '@shared/forms/labels';
import {
  cellText,
  columnLetters,
  columnNumber,
  rowLabels,
  type TemplateCell,
  type TemplateSheet,
} from './template-grid';

const NBSP = '\u00a0';

describe('the text of a cell as Excel shows it on a Russian or Kazakh PC', () => {
  it.each([
    [1234567, '#,##0', `1${NBSP}234${NBSP}567`],
    [1234.5, '#,##0.00', `1${NBSP}234,50`],
    [3.14159, '0.00', '3,14'],
    [7, '000', '007'],
    [0.125, '0.0%', '12,5%'],
    [0.5, '0%', '50%'],
    [12, '0" чел."', '12 чел.'],
    [-5, '#,##0;(#,##0);"-"', '(5)'],
    [0, '#,##0;(#,##0);"-"', '-'],
    [-1500, '#,##0', `-1${NBSP}500`],
    [2.5, '#,##0.##', '2,5'],
    [3, '#,##0.##', '3'],
    [0.1 + 0.2, 'General', '0,3'],
    [42, undefined, '42'],
    [1234567, 'General', '1234567'],
    [12.5, '[Red]0.0', '12,5'],
  ])('%s in %s shows as %s', (value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });

  it('shows dates by their format, and the system short date as dd.mm.yyyy', () => {
    const day = new Date(Date.UTC(1985, 6, 31));
    expect(cellText(day, 'dd.mm.yyyy')).toBe('31.07.1985');
    expect(cellText(day, 'mm-dd-yy')).toBe('31.07.1985');
    expect(cellText(day, 'yyyy-mm-dd')).toBe('1985-07-31');
    expect(cellText(new Date(Date.UTC(2026, 10, 21, 9, 5)), 'dd.mm.yyyy hh:mm')).toBe('21.11.2026 09:05');
    expect(cellText(day, 'd mmmm yyyy')).toBe('31.07.1985');
    // A formula's result saved as a day number under a date format.
    expect(cellText(46_347, 'dd.mm.yyyy')).toBe('21.11.2026');
  });

  it('shows rich text, links and errors as their text, and nothing for an empty cell', () => {
    expect(cellText({ richText: [{ text: 'Толтыру тәртібі. ', font: { bold: true } }, { text: 'Нысан' }] })).toBe(
      'Толтыру тәртібі. Нысан',
    );
    expect(cellText({ text: 'Нұсқаулық', hyperlink: "#'Нұсқаулық'!A1" })).toBe('Нұсқаулық');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(null)).toBe('');
  });

  it('names columns by letters as Excel does', () => {
    expect([1, 26, 27, 52, 200].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'GR']);
    expect(['A', 'Z', 'AA', 'GR'].map(columnNumber)).toEqual([1, 26, 27, 200]);
  });
});

function cell(address: string, text: string): TemplateCell {
  const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  return {
    address,
    row: Number(row),
    column: columnNumber(letters),
    text,
    bold: false,
    italic: false,
    align: 'left',
    formula: false,
  };
}

function sheetOf(cells: TemplateCell[], merges: string[] = []): TemplateSheet {
  return {
    name: 'Лист1',
    hidden: false,
    rowCount: 20,
    columnCount: 5,
    columns: [],
    rows: [],
    cells,
    merges: merges.map((range) => {
      const [from, to] = range.split(':').map((address) => cell(address, ''));
      if (!from || !to) throw new Error(`not a range: ${range}`);
      return { range, top: from.row, left: from.column, bottom: to.row, right: to.column };
    }),
    frozen: { rows: 0, columns: 0 },
  };
}

describe('the row labels of a block', () => {
  it('gives each row its label, leaving out rows without one', () => {
    const sheet = sheetOf([cell('B5', ' Кордайский район '), cell('B7', 'Меркі ауданы'), cell('C6', '12')]);
    expect(rowLabels(sheet, 'B', 5, 8)).toEqual([
      { row: 5, label: 'Кордайский район' },
      { row: 7, label: 'Меркі ауданы' },
    ]);
    expect(rowLabels(sheet, 2, 6, 7)).toEqual([{ row: 7, label: 'Меркі ауданы' }]);
  });

  it('reads a label merged across columns in any of them, one merged down rows on its first row only', () => {
    const sheet = sheetOf(
      [cell('A5', 'Шуский район'), cell('A6', 'Сарысу'), cell('B8', 'Т. Рыскуловский район')],
      ['A5:B5', 'A6:B7'],
    );
    expect(rowLabels(sheet, 'B', 5, 8)).toEqual([
      { row: 5, label: 'Шуский район' },
      { row: 6, label: 'Сарысу' },
      { row: 8, label: 'Т. Рыскуловский район' },
    ]);
  });

  it('are what matchLabels matches to the directory, the totals row marked', () => {
    const sheet = sheetOf([cell('B6', 'Қордай ауданы'), cell('B7', 'Кордай'), cell('B8', 'Барлығы / Итого')]);
    const districts = [
      { id: 'kordai', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
      { id: 'merke', nameRu: 'Меркенский район', nameKk: 'Меркі ауданы' },
    ];
    const labels = rowLabels(sheet, 'B', 6, 8);
    expect(
      matchLabels(
        labels.map((entry) => entry.label),
        districts,
      ),
    ).toMatchObject([
      { match: 'kordai', total: false },
      { match: 'kordai', total: false },
      { match: null, total: true },
    ]);
  });
});
