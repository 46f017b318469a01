import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../dashboard/compute';
import { demoPlaces, districtOf, generatedDistrict, Q3, TODAY } from '../dashboard/test-data';
import type { FigureRef } from './catalogue';
import { figureComputer, type FigureComputer } from './compute-figures';
import type { BlockMapping, FormMapping } from './mapping';
import { planFill, rowKeysOf } from './plan-fill';

/** A quarter-by-district table: rows 6–9 (the last one the authority's total), columns C–F for Q1–Q4. */
const byDistrict: BlockMapping = {
  sheet: 'Мероприятия',
  labelColumn: 'B',
  firstRow: 6,
  lastRow: 9,
  dimension: 'district',
  rows: [
    { row: 6, label: 'Кордайский район', match: '314800000' },
    { row: 7, label: 'Т. Рыскуловский район', match: '315400000' },
    { row: 8, label: 'Новый район', match: null },
    { row: 9, label: 'Итого', match: null },
  ],
  columns: (['q1', 'q2', 'q3', 'q4'] as const).map((period, at) => ({
    column: 'CDEF'[at] ?? 'C',
    figure: { figure: 'eventsHeldByDistrict', period },
  })),
};

const form: FormMapping = {
  name: 'Информация о работе с этносами',
  periodKind: 'quarter',
  template: { fileName: 'форма.xlsx', sha256: 'a'.repeat(64) },
  cells: [
    { sheet: 'Титул', address: 'B2', figure: { figure: 'officeName' } },
    { sheet: 'Титул', address: 'B3', figure: { figure: 'signatory' } },
    { sheet: 'Мероприятия', address: 'C12', figure: { figure: 'participants' } },
  ],
  blocks: [
    byDistrict,
    {
      sheet: 'Этносы',
      labelColumn: 'A',
      firstRow: 3,
      lastRow: 5,
      dimension: 'ethnos',
      rows: [
        { row: 3, label: 'казахи', match: 'kazakhs' },
        { row: 4, label: 'русские', match: 'russians' },
        { row: 5, label: 'Барлығы', match: null },
      ],
      columns: [{ column: 'B', figure: { figure: 'membersByEthnos' } }],
    },
  ],
};

/** A computer that answers by figure and key from a table, and remembers what it was asked. */
function fakeComputer(values: Record<string, number | string | null>) {
  const asked: string[] = [];
  const compute: FigureComputer = (ref: FigureRef, key?: string) => {
    const name = [ref.figure, ref.period, key].filter(Boolean).join(':');
    asked.push(name);
    return values[name] ?? null;
  };
  return { compute, asked };
}

describe('planning a fill of the authority’s form', () => {
  const { compute, asked } = fakeComputer({
    officeName: 'Акимат Кордайского района',
    participants: 412,
    'eventsHeldByDistrict:q1:314800000': 10,
    'eventsHeldByDistrict:q2:314800000': 0,
    'eventsHeldByDistrict:q3:314800000': 7,
    'eventsHeldByDistrict:q1:315400000': 3,
    'eventsHeldByDistrict:q2:315400000': 4,
    'eventsHeldByDistrict:q3:315400000': 5,
    'membersByEthnos:kazakhs': 120,
    'membersByEthnos:russians': 30,
  });
  const plan = planFill(form, compute);
  const written = new Map(plan.writes.map((write) => [`${write.sheet}!${write.address}`, write.value]));

  it('writes each mapped cell with its figure, zeros included', () => {
    expect(written.get('Титул!B2')).toBe('Акимат Кордайского района');
    expect(written.get('Мероприятия!C12')).toBe(412);
    expect(written.get('Мероприятия!C6')).toBe(10);
    expect(written.get('Мероприятия!D6')).toBe(0);
    expect(written.get('Мероприятия!E7')).toBe(5);
    expect(written.get('Этносы!B4')).toBe(30);
    expect(plan.writes).toHaveLength(10);
  });

  it('leaves a cell with no value or no matched row empty and lists it with the reason', () => {
    expect(plan.unfilled).toEqual([
      { sheet: 'Титул', address: 'B3', reason: 'noData' },
      { sheet: 'Мероприятия', address: 'F6', reason: 'noData' },
      { sheet: 'Мероприятия', address: 'F7', reason: 'noData' },
      { sheet: 'Мероприятия', address: 'C8', reason: 'unmatchedRow' },
      { sheet: 'Мероприятия', address: 'D8', reason: 'unmatchedRow' },
      { sheet: 'Мероприятия', address: 'E8', reason: 'unmatchedRow' },
      { sheet: 'Мероприятия', address: 'F8', reason: 'unmatchedRow' },
    ]);
  });

  it('never writes a totals row, so that the authority’s formulas stay, nor lists it as missing', () => {
    const touched = [...plan.writes, ...plan.unfilled].map((cell) => `${cell.sheet}!${cell.address}`);
    expect(touched.filter((cell) => cell.endsWith('9') || cell === 'Этносы!B5')).toEqual([]);
    expect(asked.some((name) => name.endsWith(':'))).toBe(false);
  });

  it('asks for every row entry of each dimension at once, totals and unmatched rows left out', () => {
    expect(rowKeysOf(form)).toEqual({ district: ['314800000', '315400000'], ethnos: ['kazakhs', 'russians'] });
  });
});

describe('filling a large form from the records', () => {
  const data = generatedDistrict(2_000);

  it('fills 2,000 cells by village and month with the dashboard’s figures for each', () => {
    const villages = demoPlaces.map((place) => place.id as string);
    const months = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09'] as const;
    const figures = ['eventsHeldByVillage', 'participantsByVillage', 'receptionsByVillage'] as const;
    const columns = figures.flatMap((figure) => months.map((period) => ({ figure, period })));
    const letter = (at: number) => String.fromCharCode(65 + at);
    const rows = Array.from({ length: 75 }, (_, at) => ({
      row: 10 + at,
      label: `село ${at}`,
      match: villages[at % 3] ?? null,
    }));
    const large: FormMapping = {
      ...form,
      cells: [],
      blocks: [
        {
          sheet: 'Сёла',
          labelColumn: 'A',
          firstRow: 10,
          lastRow: 84,
          dimension: 'village',
          rows,
          columns: columns.map((figure, at) => ({ column: `${'AB'[Math.floor(at / 26)]}${letter(at % 26)}`, figure })),
        },
      ],
    };
    const source = { data, today: TODAY, place: {}, districtOf, fixed: {} };
    const plan = planFill(large, figureComputer(source, Q3, rowKeysOf(large)));
    expect(plan.writes.length + plan.unfilled.length).toBe(75 * 27);
    expect(plan.unfilled).toEqual([]);
    const august = computeDashboard(
      data,
      { from: '2026-08-01', to: '2026-08-31' },
      { placeId: villages[1] },
      TODAY,
      districtOf,
    );
    // Row 11 is the second village; the 26th column, AZ, is receptions in August.
    expect(plan.writes.find((write) => write.address === 'AZ11')?.value).toBe(august.receptions.current);
  });
});
