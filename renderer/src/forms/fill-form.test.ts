import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '@shared/dashboard/compute';
import type { DashboardPlace } from '@shared/dashboard/places';
import { districtOf, generatedDistrict, Q3, TODAY } from '@shared/dashboard/test-data';
import type { Period } from '@shared/events/period';
import type { FigureSource } from '@shared/forms/compute-figures';
import { newBlock, withBlock, withBlockColumn, withCell, withRowMatch } from '@shared/forms/edit-mapping';
import type { FormMapping } from '@shared/forms/mapping';
import type { FillPlan, UnfilledCell } from '@shared/forms/plan-fill';
import { rowEntries, type RowDirectories } from '@shared/forms/row-entries';
import { toPlaceId } from '@shared/model/ids';
import { katoOfOblast } from '@shared/places/kato';
import { loadEthnicGroupSeeds, loadKato } from '@/reference/reference-files';
import { fillForm, planFormFill, type FilledForm } from './fill-form';
import { readTemplate } from './read-template';
import { rowLabels, type TemplateGrid } from './template-grid';
import {
  authorityForm,
  DISTRICT_TOTAL_ROW,
  ETHNOS_SHEET,
  ETHNOS_TOTAL_ROW,
  EVENTS_SHEET,
  FIRST_DISTRICT_ROW,
  FIRST_ETHNOS_ROW,
} from './test-templates';

const data = generatedDistrict(2_000);
const OFFICE_NAME = 'Жамбыл облысы әкімдігінің ішкі саясат басқармасы';
const PERIOD_TEXT = '2026 жылғы III тоқсан / III квартал 2026 года';
/** An oblast office: every district of the form is its own, as on its dashboard. */
const source: FigureSource = {
  data,
  today: TODAY,
  place: {},
  districtOf,
  fixed: { officeName: OFFICE_NAME, periodText: PERIOD_TEXT },
};

/** Мерке ауданы in the classifier; the authority writes it "Меркі ауданы". */
const MERKE = '315400000';
/** The records of the fixture lie in Кордайский район and Мерке ауданы. */
const DISTRICTS_WITH_DATA = ['314800000', MERKE];
const ETHNOS_NOT_IN_DIRECTORY = 'Месхетинцы';

const QUARTERS: Record<string, Period | null> = {
  C: { from: '2026-01-01', to: '2026-03-31' },
  D: { from: '2026-04-01', to: '2026-06-30' },
  E: Q3,
  // The form is filled for Q3: its Q4 column has no data yet.
  F: null,
};
const SINGLE_CELLS = {
  officeName: 'C3',
  periodText: 'H3',
  eventsHeldInQ3: `C${DISTRICT_TOTAL_ROW + 2}`,
  signatory: `C${DISTRICT_TOTAL_ROW + 3}`,
};

/**
 * The oblast's quarter-by-district form with what an authority adds around its tables: the office
 * and the period above the table (styled), the quarter's events under it, and an ethnos the
 * directory does not know by the form's name.
 */
const templateOf = () =>
  authorityForm((workbook) => {
    const events = workbook.getWorksheet(EVENTS_SHEET);
    const ethnos = workbook.getWorksheet(ETHNOS_SHEET);
    if (!events || !ethnos) throw new Error('the test form lost a sheet');
    events.getCell('B3').value = 'Орган / Орган:';
    const office = events.getCell(SINGLE_CELLS.officeName);
    office.font = { italic: true, name: 'Times New Roman', size: 12 };
    office.border = { bottom: { style: 'thin' } };
    events.mergeCells(`${SINGLE_CELLS.officeName}:F3`);
    events.getCell('G3').value = 'Кезең / Период:';
    events.getCell(SINGLE_CELLS.periodText).font = { bold: true };
    events.getCell(SINGLE_CELLS.periodText).alignment = { horizontal: 'center' };
    events.getCell(`B${DISTRICT_TOTAL_ROW + 2}`).value = 'III тоқсанда өткізілді / Проведено в III квартале:';
    const held = events.getCell(SINGLE_CELLS.eventsHeldInQ3);
    held.numFmt = '0';
    held.font = { bold: true, color: { argb: 'FF1F4E79' } };
    ethnos.getCell(`B${ETHNOS_TOTAL_ROW - 1}`).value = ETHNOS_NOT_IN_DIRECTORY;
  });

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every formula of a workbook by sheet and address. */
function formulasOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const formulas = new Map<string, string>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.set(`${sheet.name}!${cell.address}`, cell.formula);
      }),
    ),
  );
  return formulas;
}

/**
 * The mapping a clerk makes: the district table matched to the classifier's districts (the review
 * puts "Меркі ауданы" on Мерке ауданы, which the classifier spells otherwise), its quarters and its
 * participants; the ethnos table's members; the office, the period, the quarter's events and the
 * signatory in single cells.
 */
async function mappingOf(grid: TemplateGrid): Promise<FormMapping> {
  const sheet = (name: string) => {
    const found = grid.sheets.find((entry) => entry.name === name);
    if (!found) throw new Error(`no sheet ${name} in the grid`);
    return found;
  };
  const zhambyl = katoOfOblast(await loadKato(), '310000000');
  const directories: RowDirectories = {
    places: zhambyl.map(({ kato, level, nameRu, nameKk }) => ({ id: toPlaceId(kato), level, nameRu, nameKk })),
    districtOf,
    ethnicGroups: (await loadEthnicGroupSeeds()).map(({ id, nameRu, nameKk }) => ({ id, nameRu, nameKk })),
    eventTypes: [],
    directions: [],
    projects: [],
    topics: [],
    outcomes: [],
  };
  const districts = newBlock(
    EVENTS_SHEET,
    'B',
    rowLabels(sheet(EVENTS_SHEET), 'B', FIRST_DISTRICT_ROW, DISTRICT_TOTAL_ROW),
    'district',
    rowEntries('district', directories),
  );
  const ethnicGroups = newBlock(
    ETHNOS_SHEET,
    'B',
    rowLabels(sheet(ETHNOS_SHEET), 'B', FIRST_ETHNOS_ROW, ETHNOS_TOTAL_ROW),
    'ethnos',
    rowEntries('ethnos', directories),
  );
  let mapping: FormMapping = {
    name: 'Іс-шаралар және этномәдени бірлестіктер',
    periodKind: 'quarter',
    template: { fileName: 'нысан 3-ИС.xlsx', sha256: '0'.repeat(64) },
    cells: [],
    blocks: [],
  };
  mapping = withBlock(mapping, districts.block);
  mapping = withBlock(mapping, ethnicGroups.block);
  const merke = districts.block.rows.find((row) => row.label === 'Меркі ауданы');
  if (!merke) throw new Error('the form lost Меркі ауданы');
  mapping = withRowMatch(mapping, 0, merke.row, MERKE);
  (['q1', 'q2', 'q3', 'q4'] as const).forEach((period, at) => {
    mapping = withBlockColumn(mapping, 0, 'CDEF'.charAt(at), { figure: 'eventsHeldByDistrict', period });
  });
  mapping = withBlockColumn(mapping, 0, 'H', { figure: 'participantsByDistrict' });
  mapping = withBlockColumn(mapping, 1, 'D', { figure: 'membersByEthnos' });
  mapping = withCell(mapping, EVENTS_SHEET, SINGLE_CELLS.officeName, { figure: 'officeName' });
  mapping = withCell(mapping, EVENTS_SHEET, SINGLE_CELLS.periodText, { figure: 'periodText' });
  mapping = withCell(mapping, EVENTS_SHEET, SINGLE_CELLS.eventsHeldInQ3, { figure: 'eventsHeld', period: 'q3' });
  mapping = withCell(mapping, EVENTS_SHEET, SINGLE_CELLS.signatory, { figure: 'signatory' });
  return mapping;
}

const dashboard = (period: Period, place: DashboardPlace) => computeDashboard(data, period, place, TODAY, districtOf);

describe('filling the authority’s quarter-by-district and per-ethnos form for Q3', () => {
  let template: ExcelJS.Workbook;
  let mapping: FormMapping;
  let plan: FillPlan;
  let filled: FilledForm;
  let output: ExcelJS.Workbook;

  beforeAll(async () => {
    // Read as the forms screen reads it, its labels taken from the grid the clerk selects them in.
    const read = await readTemplate(await templateOf(), 'нысан 3-ИС.xlsx');
    if (!read.ok) throw new Error(`the form was not read: ${read.error.code}`);
    template = await load(read.bytes);
    mapping = await mappingOf(read.grid);
    plan = planFormFill(mapping, source, Q3);
    filled = await fillForm(read.bytes, plan);
    output = await load(filled.bytes);
  });

  const valueAt = (sheet: string, address: string) => sheetOf(output, sheet).getCell(address).value;

  it('writes each district’s quarters and participants as the dashboard narrowed to that district', () => {
    const [block] = mapping.blocks;
    if (!block) throw new Error('no district block');
    const matched = block.rows.filter((row) => row.match !== null);
    // Every district of the form but the totals row, each found in the classifier.
    expect(matched).toHaveLength(DISTRICT_TOTAL_ROW - FIRST_DISTRICT_ROW);
    const checked: string[] = [];
    for (const { row, match } of matched) {
      const place = { placeId: match ?? '' };
      for (const [column, quarter] of Object.entries(QUARTERS)) {
        if (!quarter) continue;
        expect(valueAt(EVENTS_SHEET, `${column}${row}`), `${column}${row}`).toBe(
          dashboard(quarter, place).eventsHeld.current,
        );
        checked.push(`${column}${row}`);
      }
      expect(valueAt(EVENTS_SHEET, `H${row}`), `H${row}`).toBe(dashboard(Q3, place).participants.current);
      checked.push(`H${row}`);
    }
    for (const district of DISTRICTS_WITH_DATA) {
      const row = matched.find((entry) => entry.match === district)?.row;
      expect(valueAt(EVENTS_SHEET, `E${row}`), district).toBeGreaterThan(0);
    }
    const inBlock = plan.writes.filter(
      ({ sheet, address }) =>
        sheet === EVENTS_SHEET &&
        Number(address.slice(1)) >= block.firstRow &&
        Number(address.slice(1)) <= block.lastRow,
    );
    expect(inBlock.map((write) => write.address).sort()).toEqual(checked.sort());
  });

  it('writes each ethnos’s members as the dashboard’s members-by-ethnos bucket', () => {
    const [, block] = mapping.blocks;
    if (!block) throw new Error('no ethnos block');
    const buckets = new Map(dashboard(Q3, {}).membersByEthnos.map((bar) => [bar.key, bar.count]));
    const matched = block.rows.filter((row) => row.match !== null);
    expect(matched.map((row) => row.match)).toEqual(['kazakhs', 'russians', 'dungans', 'uzbeks', 'kurds']);
    for (const { row, match } of matched)
      expect(valueAt(ETHNOS_SHEET, `D${row}`), `D${row}`).toBe(buckets.get(match ?? '') ?? 0);
    expect(valueAt(ETHNOS_SHEET, `D${FIRST_ETHNOS_ROW}`)).toBeGreaterThan(0);
  });

  it('writes the single cells: the office, the period and the quarter’s events of the whole dashboard', () => {
    expect(valueAt(EVENTS_SHEET, SINGLE_CELLS.officeName)).toBe(OFFICE_NAME);
    expect(valueAt(EVENTS_SHEET, SINGLE_CELLS.periodText)).toBe(PERIOD_TEXT);
    const held = dashboard(Q3, {}).eventsHeld.current;
    expect(valueAt(EVENTS_SHEET, SINGLE_CELLS.eventsHeldInQ3)).toBe(held);
    // The authority's total of the Q3 column, once recalculated, shows the same figure.
    let column = 0;
    for (let row = FIRST_DISTRICT_ROW; row < DISTRICT_TOTAL_ROW; row++)
      column += Number(valueAt(EVENTS_SHEET, `E${row}`));
    expect(column).toBe(held);
  });

  it('keeps every formula of the form, the totals rows’ sums among them, and writes nothing in the totals rows', () => {
    const before = formulasOf(template);
    for (const letter of ['C', 'D', 'E', 'F', 'G', 'H'])
      expect(before.get(`${EVENTS_SHEET}!${letter}${DISTRICT_TOTAL_ROW}`)).toBe(
        `SUM(${letter}${FIRST_DISTRICT_ROW}:${letter}${DISTRICT_TOTAL_ROW - 1})`,
      );
    expect(formulasOf(output)).toEqual(before);
    const touched = [...plan.writes, ...plan.unfilled];
    expect(
      touched.filter((cell) => cell.address.endsWith(String(DISTRICT_TOTAL_ROW)) && cell.sheet === EVENTS_SHEET),
    ).toEqual([]);
    expect(
      touched.filter((cell) => cell.address.endsWith(String(ETHNOS_TOTAL_ROW)) && cell.sheet === ETHNOS_SHEET),
    ).toEqual([]);
    expect(filled.refused).toEqual([]);
  });

  it('lists the Q4 column, the unknown ethnos’s row and the missing signatory as unfilled, and leaves them empty', () => {
    const q4: UnfilledCell[] = Array.from({ length: DISTRICT_TOTAL_ROW - FIRST_DISTRICT_ROW }, (_, at) => ({
      sheet: EVENTS_SHEET,
      address: `F${FIRST_DISTRICT_ROW + at}`,
      reason: 'noData',
    }));
    expect(filled.unfilled).toEqual([
      { sheet: EVENTS_SHEET, address: SINGLE_CELLS.signatory, reason: 'noData' },
      ...q4,
      { sheet: ETHNOS_SHEET, address: `D${ETHNOS_TOTAL_ROW - 1}`, reason: 'unmatchedRow' },
    ]);
    for (const cell of filled.unfilled) expect(valueAt(cell.sheet, cell.address), cell.address).toBeNull();
  });

  it('keeps the style of every cell it fills', () => {
    // Ten districts by three quarters and participants, five ethnic groups, three single cells.
    expect(plan.writes).toHaveLength(10 * 4 + 5 + 3);
    for (const { sheet, address } of plan.writes)
      expect(sheetOf(output, sheet).getCell(address).style, `${sheet}!${address}`).toEqual(
        sheetOf(template, sheet).getCell(address).style,
      );
    expect(sheetOf(output, EVENTS_SHEET).getCell(SINGLE_CELLS.eventsHeldInQ3).font).toMatchObject({ bold: true });
    expect(sheetOf(output, EVENTS_SHEET).getCell(`H${FIRST_DISTRICT_ROW}`).numFmt).toBe('#,##0');
  });
});
