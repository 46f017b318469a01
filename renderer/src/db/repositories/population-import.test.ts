import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { planTotals } from '@shared/import/member-rows';
import { analysePopulation, detectLayout } from '@shared/import/pipeline';
import type { CellValue } from '@shared/import/types';
import { readWorkbook } from '@/import/read-workbook';
import { zhambylLookups } from '@/import/test-lookups';
import type { Scope } from '../access';
import type { KelisimDb } from '../db';
import { openTestDb, scopeAs } from '../test-db';
import { applyPopulationImport, undoImport } from './imports';
import { planPopulation } from './import-plan';

const TODAY = '2026-11-30';
const MASANCHI = '314847100';
const SORTOBE = '314854100';
const KORDAI = '314830100';

function workbookFile(rows: CellValue[][], merged = false): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  if (merged) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Население');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const LONG_HEADER = [
  '№',
  'Населённый пункт / Елді мекен',
  'Код КАТО',
  'Национальность / Ұлты',
  'Численность / Саны',
  'Год / Жыл',
];

/** The district's statistics as the akimat gets them: a row per settlement and ethnos, with the census year. */
const longRows = (dungansInMasanchi = 9500, extra: CellValue[][] = []): CellValue[][] => [
  ['Численность населения Кордайского района по национальностям'],
  LONG_HEADER,
  [1, 'с.Масанчи', MASANCHI, 'Дунгане', dungansInMasanchi, 2024],
  [2, 'с.Масанчи', MASANCHI, 'Казахи', 1200, 2024],
  [3, 'с.Масанчи', MASANCHI, 'Русские', 40, 2024],
  [4, 'Сортобе', '', 'Дунгане', 7000, 2024],
  [5, 'Сортобе', '', 'казах', 3000, 2024],
  [6, 'с.Кордай', '', 'Казахи', 9000, 2024],
  [7, 'с.Кордай', '', 'Русские', 1500, 2024],
  ...extra,
];

/** The same figures as a table with a column per ethnos, a total, and no year. */
const wideRows: CellValue[][] = [
  ['Населённый пункт', 'Казахи', 'Русские', 'Дунгане', 'Узбеков', 'Всего'],
  ['с.Масанчи', 1250, 45, 9600, '', 11000],
  ['с.Сортобе', 3100, '', 7100, 12, 10300],
  ['с.Кордай', 9100, 1480, 15, 30, 10700],
  ['Итого', 13450, 1525, 16715, 42, 32000],
];

async function importFile(scope: Scope, rows: CellValue[][], fileName = 'население.xlsx') {
  const outcome = readWorkbook(fileName, workbookFile(rows, rows[0]?.length === 1));
  if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('unreadable');
  const sheet = outcome.workbook.sheets[0];
  const lookups = await zhambylLookups();
  const layout = detectLayout(sheet, 'population', lookups);
  const analysis = analysePopulation(sheet, layout, lookups, TODAY);
  const plan = await planPopulation(scope, analysis.valid);
  const totals = planTotals(plan, analysis.rejected.length);
  const batch = await applyPopulationImport(scope, plan, { fileName, totals });
  return { layout, analysis, totals, batch };
}

/** Each live record as `placeId year {counts} total`, sorted. */
async function stored(db: KelisimDb) {
  return (await db.population.toArray())
    .filter((record) => !record.deletedAt)
    .map((record) => [record.placeId, record.year, record.byEthnicGroup, record.total])
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
}

describe('importing the population of settlements, a row per ethnos', () => {
  it('stores one record per settlement and year with the count of each ethnos', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { layout, analysis, totals, batch } = await importFile(scope, longRows());
    expect(layout.mapping).toEqual(['rowNumber', 'placeId', 'placeCode', 'ethnicGroupId', 'count', 'year']);
    expect(analysis.rejected).toEqual([]);
    expect(totals).toEqual({ new: 7, updated: 0, unchanged: 0, rejected: 0 });
    expect(batch.counts).toEqual({ added: 7, updated: 0, unchanged: 0, rejected: 0 });
    expect(batch.added.population).toHaveLength(3);
    expect(await stored(db)).toEqual([
      [KORDAI, 2024, { kazakhs: 9000, russians: 1500 }, undefined],
      [MASANCHI, 2024, { dungans: 9500, kazakhs: 1200, russians: 40 }, undefined],
      [SORTOBE, 2024, { dungans: 7000, kazakhs: 3000 }, undefined],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await importFile(scope, longRows());
    const before = await db.population.toArray();
    const again = await importFile(scope, longRows());
    expect(again.totals).toEqual({ new: 0, updated: 0, unchanged: 7, rejected: 0 });
    expect(again.batch.added.population).toEqual([]);
    expect(await db.importChanges.where('batchId').equals(again.batch.id).count()).toBe(0);
    expect(await db.population.toArray()).toEqual(before);
  });

  it('replaces a changed count, adds a new year beside the old one, and undo puts back exactly what was', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const first = await importFile(scope, longRows());
    const before = await db.population.toArray();
    const next = await importFile(scope, longRows(9600, [[8, 'с.Масанчи', MASANCHI, 'Дунгане', 9700, 2025]]));
    expect(next.totals).toEqual({ new: 1, updated: 1, unchanged: 6, rejected: 0 });
    expect(await stored(db)).toEqual([
      [KORDAI, 2024, { kazakhs: 9000, russians: 1500 }, undefined],
      [MASANCHI, 2024, { dungans: 9600, kazakhs: 1200, russians: 40 }, undefined],
      [MASANCHI, 2025, { dungans: 9700 }, undefined],
      [SORTOBE, 2024, { dungans: 7000, kazakhs: 3000 }, undefined],
    ]);

    expect(await undoImport(scope, next.batch.id)).toEqual({
      removed: { people: 0, memberships: 0, other: 1 },
      restored: 1,
      keptChangedLater: 0,
      keptReferenced: 0,
    });
    expect(await db.population.toArray()).toEqual(before);

    expect(await undoImport(scope, first.batch.id)).toEqual({
      removed: { people: 0, memberships: 0, other: 3 },
      restored: 0,
      keptChangedLater: 0,
      keptReferenced: 0,
    });
    expect(await db.population.count()).toBe(0);
  });
});

describe('importing the population of settlements, a column per ethnos', () => {
  it('stores this year’s counts and totals, and a second import of the file changes nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { layout, analysis, totals } = await importFile(scope, wideRows, 'свод.xlsx');
    expect(layout.mapping).toEqual([
      'placeId',
      'ethnos:kazakhs',
      'ethnos:russians',
      'ethnos:dungans',
      'ethnos:uzbeks',
      'total',
    ]);
    expect(analysis.skipped).toEqual([{ rowNumber: 5, reason: 'total' }]);
    expect(totals).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(await stored(db)).toEqual([
      [KORDAI, 2026, { kazakhs: 9100, russians: 1480, dungans: 15, uzbeks: 30 }, 10700],
      [MASANCHI, 2026, { kazakhs: 1250, russians: 45, dungans: 9600 }, 11000],
      [SORTOBE, 2026, { kazakhs: 3100, dungans: 7100, uzbeks: 12 }, 10300],
    ]);
    const again = await importFile(scope, wideRows, 'свод.xlsx');
    expect(again.totals).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('adds this year beside a long table’s census year, and undo removes only this year', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await importFile(scope, longRows());
    const census = await db.population.toArray();
    const { batch, totals } = await importFile(scope, wideRows, 'свод.xlsx');
    expect(totals.new).toBe(3);
    expect(await db.population.count()).toBe(6);
    expect(await undoImport(scope, batch.id)).toEqual({
      removed: { people: 0, memberships: 0, other: 3 },
      restored: 0,
      keptChangedLater: 0,
      keptReferenced: 0,
    });
    expect(await db.population.toArray()).toEqual(census);
  });
});
