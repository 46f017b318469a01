import { describe, expect, it } from 'vitest';
import { blockAt, mappedCells, newBlock, withBlock, withBlockColumn, withCell, withRowMatch } from './edit-mapping';
import { formMappingSchema, type FormMapping } from './mapping';

const empty: FormMapping = {
  name: 'Информация АНК',
  periodKind: 'quarter',
  template: { fileName: 'форма.xlsx', sha256: 'b'.repeat(64) },
  cells: [],
  blocks: [],
};
const districts = [
  { id: '314000000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
  { id: '316000000', nameRu: 'Меркенский район', nameKk: 'Меркі ауданы' },
];
const labels = [
  { row: 6, label: 'Кордай' },
  { row: 7, label: 'Меркі ауданы' },
  { row: 8, label: 'Итого' },
];

describe('mapping a form by clicking its cells', () => {
  it('puts a figure in a cell, replaces it, and clears it', () => {
    let mapping = withCell(empty, 'Лист1', 'C3', { figure: 'eventsHeld' });
    mapping = withCell(mapping, 'Лист1', 'C3', { figure: 'participants', period: 'q3' });
    expect(mappedCells(mapping, 'Лист1').get('C3')).toEqual({ figure: { figure: 'participants', period: 'q3' } });
    expect(withCell(mapping, 'Лист1', 'C3', null).cells).toEqual([]);
  });

  it('refuses a figure split by district in a single cell', () => {
    expect(() => withCell(empty, 'Лист1', 'C3', { figure: 'eventsHeldByDistrict' })).toThrow();
  });

  it('makes a block of district rows with the rows matched and the totals row left out', () => {
    const { block, review } = newBlock('Лист1', 'B', labels, 'district', districts);
    expect(block).toMatchObject({ firstRow: 6, lastRow: 8, labelColumn: 'B', dimension: 'district' });
    expect(block.rows.map((row) => row.match)).toEqual(['314000000', '316000000', null]);
    expect(review[2]?.total).toBe(true);
  });

  it('fills each matched row of a block column, and the mapping stays valid', () => {
    const { block } = newBlock('Лист1', 'B', labels, 'district', districts);
    let mapping = withCell(withBlock(empty, block), 'Лист1', 'C6', { figure: 'eventsHeld' });
    mapping = withBlockColumn(mapping, 0, 'C', { figure: 'eventsHeldByDistrict', period: 'q3' });
    const cells = mappedCells(mapping, 'Лист1');
    expect(cells.get('C6')).toEqual({ figure: { figure: 'eventsHeldByDistrict', period: 'q3' }, block: 0 });
    expect(cells.get('C7')?.block).toBe(0);
    expect(cells.has('C8')).toBe(false);
    // The single cell the column covered was dropped: no cell is mapped twice.
    expect(mapping.cells).toEqual([]);
    expect(formMappingSchema.safeParse(mapping).success).toBe(true);
    expect(blockAt(mapping, 'Лист1', 'C', 7)).toBe(0);
    expect(blockAt(mapping, 'Лист1', 'D', 7)).toBe(-1);
  });

  it('lets the clerk correct a row, never a totals row', () => {
    const { block } = newBlock('Лист1', 'B', labels, 'district', districts);
    let mapping = withRowMatch(withBlock(empty, block), 0, 6, '316000000');
    mapping = withRowMatch(mapping, 0, 8, '314000000');
    expect(mapping.blocks[0]?.rows.map((row) => row.match)).toEqual(['316000000', '316000000', null]);
  });

  it('refuses a column figure of another dimension', () => {
    const { block } = newBlock('Лист1', 'B', labels, 'district', districts);
    expect(() => withBlockColumn(withBlock(empty, block), 0, 'C', { figure: 'membersByEthnos' })).toThrow();
  });
});
