import { describe, expect, it } from 'vitest';
import { analysePopulation, detectLayout } from './pipeline';
import { mappingNamesPopulation, planPopulationImport, populationWrites, type PopulationRow } from './population-rows';
import type { ImportLookups } from './read-rows';
import type { CellValue, RawSheet } from './types';

const TODAY = '2026-11-30';

const lookups: ImportLookups = {
  ethnicGroups: [
    { id: 'kazakhs', names: ['казахи', 'қазақтар', 'Kazakhs'] },
    { id: 'russians', names: ['русские', 'орыстар', 'Russians'] },
    { id: 'uzbeks', names: ['узбеки', 'өзбектер', 'Uzbeks'] },
    { id: 'dungans', names: ['дунгане', 'дүнгендер', 'Dungans'] },
    { id: 'koreans', names: ['корейцы', 'кәрістер', 'Koreans'] },
    { id: 'other', names: ['другая национальность', 'басқа ұлт', 'Other'] },
  ],
  places: [
    { id: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы', level: 'district' },
    { id: '314830100', nameRu: 'с.Кордай', nameKk: 'Қордай а.', level: 'settlement' },
    { id: '314847000', nameRu: 'Масанчинский с.о.', nameKk: 'Масанчи а.о.', level: 'sub_district' },
    { id: '314847100', nameRu: 'с.Масанчи', nameKk: 'Масанчи а.', level: 'settlement' },
    { id: '314854100', nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.', level: 'settlement' },
  ],
  legalForms: [],
  associations: [],
};

const sheetOf = (rows: CellValue[][]): RawSheet => ({ name: 'Население', rows, merges: [] });

function analyse(rows: CellValue[][]) {
  const sheet = sheetOf(rows);
  const layout = detectLayout(sheet, 'population', lookups);
  return { layout, ...analysePopulation(sheet, layout, lookups, TODAY) };
}

const figures = (rows: readonly PopulationRow[]) =>
  rows.map((row) => [row.rowNumber, row.placeId, row.year, row.counts, row.total]);
const problems = (result: ReturnType<typeof analyse>) =>
  result.rejected.map((row) => [row.rowNumber, row.problems.map((problem) => [problem.code, problem.column])]);

describe('a long population table (a row per settlement and ethnos)', () => {
  const header = [
    'Населённый пункт / Елді мекен',
    'Код КАТО',
    'Национальность / Ұлты',
    'Численность / Саны',
    'Год / Жыл',
  ];

  it('is recognised under a title, read with its year, the КАТО code settling the place', () => {
    const result = analyse([
      ['Численность населения Кордайского района по национальностям'],
      header,
      ['с. Масанчи', '314847100', 'Дунгане', 9500, 2024],
      ['Масанчи', '', 'казахи', '1 200', '2024 г.'],
      ['Каракемер?', '314854100', 'Казах', 300, 2024],
      ['с.Кордай', '', 'Русские', 1500, ''],
    ]);
    expect(result.layout).toEqual({
      headerRow: 1,
      mapping: ['placeId', 'placeCode', 'ethnicGroupId', 'count', 'year'],
    });
    expect(figures(result.valid)).toEqual([
      [3, '314847100', 2024, { dungans: 9500 }, undefined],
      [4, '314847100', 2024, { kazakhs: 1200 }, undefined],
      [5, '314854100', 2024, { kazakhs: 300 }, undefined],
    ]);
    // A year column left blank is not "this year": the row is refused.
    expect(problems(result)).toEqual([[6, [['required', 4]]]]);
  });

  it('refuses an unknown ethnos, a missing count, a year in the future and a repeated settlement and ethnos', () => {
    const result = analyse([
      header,
      ['Масанчи', '', 'дунгане', 9500, 2024],
      ['Масанчи', '', 'марсиане', 10, 2024],
      ['Масанчи', '', 'корейцы', '', 2024],
      ['Сортобе', '', 'дунгане', 100, 2027],
      ['Масанчи', '', 'Дунгане', 9400, 2024],
      ['Масанчи', '', 'Дунгане', 9300, 2021],
    ]);
    expect(problems(result)).toEqual([
      [3, [['unknown_value', 2]]],
      [4, [['required', 3]]],
      [5, [['year_invalid', 4]]],
      [6, [['count_repeated', 2]]],
    ]);
    expect(result.rejected[3]?.problems[0]?.value).toBe('2');
    expect(figures(result.valid)).toEqual([
      [2, '314847100', 2024, { dungans: 9500 }, undefined],
      [7, '314847100', 2021, { dungans: 9300 }, undefined],
    ]);
  });
});

describe('a wide population table (a column per ethnos)', () => {
  it('maps the ethnos columns by their names in any form and gives the counts this year', () => {
    const result = analyse([
      ['№', 'Населённый пункт', 'Казахи', 'Русских', 'Дунган, чел.', 'Другие', 'Всего'],
      [1, 'с.Масанчи', 1200, '', 9500, 50, 10750],
      [2, 'Сортобе', 3000, 40, 7000, 0, 10100],
      [3, 'Масанчинский с.о.', 4200, 40, 16500, 50, 20790],
      [4, 'с.Кордай', 9000, 1500, 10, 0, 10000],
      [5, 'Кордай', '', '', '', '', ''],
      ['Итого по району', '', 13200, 1540, 16500, 50, 31290],
    ]);
    expect(result.layout.mapping).toEqual([
      'rowNumber',
      'placeId',
      'ethnos:kazakhs',
      'ethnos:russians',
      'ethnos:dungans',
      'ethnos:other',
      'total',
    ]);
    expect(figures(result.valid)).toEqual([
      [2, '314847100', 2026, { kazakhs: 1200, dungans: 9500, other: 50 }, 10750],
      [3, '314854100', 2026, { kazakhs: 3000, russians: 40, dungans: 7000, other: 0 }, 10100],
    ]);
    expect(problems(result)).toEqual([
      [4, [['settlement_required', 1]]],
      [5, [['total_below_sum', 6]]],
      [6, [['required', 2]]],
    ]);
    expect(result.skipped).toEqual([{ rowNumber: 7, reason: 'total' }]);
  });

  it('takes a population column beside the ethnos columns for the total', () => {
    const result = analyse([
      ['Елді мекен', 'Қазақтар', 'Дүнгендер', 'Халық саны', 'Жыл'],
      ['Масанчи а.', 1200, 9500, 11000, 2025],
    ]);
    expect(result.layout.mapping).toEqual(['placeId', 'ethnos:kazakhs', 'ethnos:dungans', 'total', 'year']);
    expect(figures(result.valid)).toEqual([[2, '314847100', 2025, { kazakhs: 1200, dungans: 9500 }, 11000]]);
  });

  it('keeps the last settlement of the list, which is not a sum', () => {
    const result = analyse([
      ['Населённый пункт', 'Казахи', 'Дунгане'],
      ['Масанчи', 1200, 9500],
      ['Сортобе', 3000, 7000],
    ]);
    expect(result.valid.map((row) => row.placeId)).toEqual(['314847100', '314854100']);
    expect(result.skipped).toEqual([]);
  });
});

describe('the columns a population table needs', () => {
  it('are the settlement and either ethnos and count, or a column per ethnos', () => {
    expect(mappingNamesPopulation(['placeId', 'ethnicGroupId', 'count'])).toBe(true);
    expect(mappingNamesPopulation(['placeCode', 'ethnos:kazakhs'])).toBe(true);
    expect(mappingNamesPopulation(['placeId', 'count'])).toBe(false);
    expect(mappingNamesPopulation(['ethnicGroupId', 'count'])).toBe(false);
  });
});

describe('the dry run of a population table', () => {
  const row = (rowNumber: number, counts: Record<string, number>, year = 2024, total?: number): PopulationRow => ({
    rowNumber,
    placeId: '314847100',
    year,
    counts,
    ...(total !== undefined ? { total } : {}),
    repairs: [],
    values: {},
  });
  const stored = new Map([
    [
      '314847100|2024',
      { placeId: '314847100', year: 2024, byEthnicGroup: { dungans: 9500, kazakhs: 1200, uzbeks: 30 } },
    ],
  ]);

  it('finds stored counts unchanged, changed counts updated, new ethnoses and years new', () => {
    const plan = planPopulationImport(
      [
        row(2, { dungans: 9500 }),
        row(3, { kazakhs: 1300 }),
        row(4, { russians: 40 }),
        row(5, { dungans: 9400 }, 2025),
        row(6, { kazakhs: 1200, koreans: 5 }),
        row(7, { koreans: 5 }, 2024, 11000),
      ],
      stored,
    );
    expect(plan.map((item) => [item.row.rowNumber, item.kind])).toEqual([
      [2, 'unchanged'],
      [3, 'updated'],
      [4, 'new'],
      [5, 'new'],
      [6, 'updated'],
      [7, 'new'],
    ]);
    expect(populationWrites(plan, stored)).toEqual({
      added: [{ placeId: '314847100', year: 2025, byEthnicGroup: { dungans: 9400 } }],
      changed: [
        {
          before: stored.get('314847100|2024'),
          after: {
            placeId: '314847100',
            year: 2024,
            byEthnicGroup: { dungans: 9500, kazakhs: 1200, uzbeks: 30, russians: 40, koreans: 5 },
            total: 11000,
          },
        },
      ],
    });
  });
});
