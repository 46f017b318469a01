import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CellWrite } from '@shared/forms/plan-fill';
import { unzip } from '@/import/unzip';
import { fillWorkbook } from './fill-workbook';
import { templateRisks, type TemplateRisk } from './template-risks';
import { RISKY_FEATURES, riskyForm } from './test-risky-forms';
import {
  authorityForm,
  DISTRICT_TOTAL_ROW,
  ETHNOS_SHEET,
  EVENTS_SHEET,
  formWithExtras,
  largeForm,
  NOTES_SHEET,
  withParts,
} from './test-templates';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A formula as the form holds it, without the result its writer saved (the fill drops those). */
function withoutResult(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const { result: _result, ...formula } = value as ExcelJS.CellFormulaValue;
    return formula as ExcelJS.CellValue;
  }
  return value;
}

/** Every cell of a sheet, styled or valued, by address: value (formula without result), type and style. */
function cellsOf(sheet: ExcelJS.Worksheet) {
  const cells = new Map<string, { value: ExcelJS.CellValue; type: ExcelJS.ValueType; style: Partial<ExcelJS.Style> }>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.set(cell.address, {
        // ExcelJS gives a cell inside a merge the value of the merge's top-left cell.
        value: cell.type === ExcelJS.ValueType.Merge ? `merged into ${cell.master.address}` : withoutResult(cell.value),
        type: cell.type,
        style: cell.style,
      }),
    ),
  );
  return cells;
}

/** What a sheet is apart from its cells: everything the fill must leave as the authority made it. */
function layoutOf(sheet: ExcelJS.Worksheet) {
  const rows: { number: number; height?: number; hidden: boolean; outlineLevel?: number }[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    rows.push({ number: row.number, height: row.height, hidden: row.hidden, outlineLevel: row.outlineLevel }),
  );
  return {
    name: sheet.name,
    state: sheet.state,
    views: sheet.views,
    properties: sheet.properties,
    columns: (sheet.columns ?? []).map((column) => ({
      width: column.width,
      hidden: column.hidden,
      style: column.style,
    })),
    rows,
    merges: [...sheet.model.merges].sort(),
    validations: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormats: (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
    autoFilter: sheet.autoFilter,
    headerFooter: sheet.headerFooter,
    printArea: sheet.pageSetup.printArea,
    printTitlesRow: sheet.pageSetup.printTitlesRow,
    orientation: sheet.pageSetup.orientation,
    fitToWidth: sheet.pageSetup.fitToWidth,
    protection: (sheet as unknown as { sheetProtection: unknown }).sheetProtection,
  };
}

/** ExcelJS reads a number in a date-formatted cell as a Date; Excel stores the day's serial number. */
const serial = (value: ExcelJS.CellValue | undefined) =>
  value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;

const key = (sheet: string, address: string) => `${sheet}!${address}`;

/**
 * The round trip every test checks: each sheet's layout unchanged, each untouched cell unchanged
 * (value, formula, style), each written cell holding the value written with the style it had.
 */
async function expectOnlyWritten(template: Uint8Array, filled: Uint8Array, writes: readonly CellWrite[]) {
  const [before, after] = [await load(template), await load(filled)];
  expect(after.worksheets.map((sheet) => sheet.name)).toEqual(before.worksheets.map((sheet) => sheet.name));
  const written = new Map(writes.map((write) => [key(write.sheet, write.address), write.value]));
  let compared = 0;
  for (const sheet of before.worksheets) {
    const other = after.getWorksheet(sheet.name);
    if (!other) throw new Error(`${sheet.name} is missing`);
    expect(layoutOf(other)).toEqual(layoutOf(sheet));
    const [was, is] = [cellsOf(sheet), cellsOf(other)];
    for (const address of new Set([...was.keys(), ...is.keys()])) {
      const value = written.get(key(sheet.name, address));
      const cell = is.get(address);
      if (value === undefined) expect(cell, `${sheet.name}!${address}`).toEqual(was.get(address));
      else {
        expect(serial(cell?.value)).toBe(value);
        expect(cell?.style, `style of ${sheet.name}!${address}`).toEqual(was.get(address)?.style ?? {});
      }
      compared++;
    }
  }
  return compared;
}

function partText(bytes: Uint8Array, name: string): string {
  const unzipped = unzip(bytes, 50 * 1024 * 1024);
  if (!unzipped.ok) throw new Error('the output does not unzip');
  const part = unzipped.entries.find((entry) => entry.name === name);
  return part ? new TextDecoder().decode(part.data) : '';
}

const WRITES: CellWrite[] = [
  { sheet: EVENTS_SHEET, address: 'C6', value: 3 },
  { sheet: EVENTS_SHEET, address: 'E6', value: 0 },
  { sheet: EVENTS_SHEET, address: 'D9', value: 12 },
  { sheet: EVENTS_SHEET, address: 'H6', value: 1250 },
  { sheet: EVENTS_SHEET, address: 'J7', value: 'Толық' },
  { sheet: EVENTS_SHEET, address: 'C19', value: 'Иванова Айгүл Сейітқызы' },
  { sheet: EVENTS_SHEET, address: 'H19', value: 46000 },
  { sheet: ETHNOS_SHEET, address: 'C5', value: 4 },
  { sheet: ETHNOS_SHEET, address: 'D5', value: 318 },
  { sheet: ETHNOS_SHEET, address: 'D6', value: 97 },
  { sheet: ETHNOS_SHEET, address: 'F7', value: '007' },
];

describe('fillWorkbook', () => {
  it('changes only the written cells of the authority form, keeping every other cell, style, merge and setting', async () => {
    const template = await authorityForm();
    const { bytes, refused } = await fillWorkbook(template, WRITES);
    expect(refused).toEqual([]);
    // Three sheets of headings, tables and notes: well over a hundred cells compared one by one.
    expect(await expectOnlyWritten(template, bytes, WRITES)).toBeGreaterThan(150);
    // What was compared is there: the comparison is not of two empty lists.
    const events = layoutOf((await load(bytes)).getWorksheet(EVENTS_SHEET) as ExcelJS.Worksheet);
    expect(events.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(events.columns.map((column) => column.width)).toEqual([6, 34, 11, 11, 11, 11, 12, 14, 12, 13]);
    expect(events.columns[8]?.hidden).toBe(true);
    expect(events.rows.filter((row) => row.hidden).map((row) => row.number)).toEqual([DISTRICT_TOTAL_ROW + 1]);
    expect(events.rows.find((row) => row.number === 1)?.height).toBe(36);
    expect(events.merges).toHaveLength(10);
    expect(Object.keys(events.validations as object)).toHaveLength(50);
    expect(events.conditionalFormats).toHaveLength(2);
  });

  it('keeps the shared formulas Excel writes for a column of totals, and refuses to write over one', async () => {
    // Excel stores G6's formula once and lets G7:G15 share it, shifted by row.
    const template = withParts(await authorityForm(), {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace('<f>SUM(C6:F6)</f>', '<f t="shared" ref="G6:G15" si="0">SUM(C6:F6)</f>')
          .replace(/<f>SUM\(C(\d+):F\1\)<\/f>/g, (formula, row: string) =>
            Number(row) > 6 && Number(row) < DISTRICT_TOTAL_ROW ? '<f t="shared" si="0"/>' : formula,
          ),
    });
    expect(partText(template, 'xl/worksheets/sheet1.xml')).toContain('<c r="G9" s="6"><f t="shared" si="0"/>');
    const writes: CellWrite[] = [{ sheet: EVENTS_SHEET, address: 'C9', value: 2 }];
    const { bytes, refused } = await fillWorkbook(template, [
      ...writes,
      { sheet: EVENTS_SHEET, address: 'G9', value: 2 },
    ]);
    expect(refused).toEqual([{ sheet: EVENTS_SHEET, address: 'G9', reason: 'formula' }]);
    await expectOnlyWritten(template, bytes, writes);
    const events = XLSX.read(bytes, { type: 'array', cellFormula: true, sheetStubs: true }).Sheets[EVENTS_SHEET] ?? {};
    expect([6, 9, 15].map((row) => events[`G${row}`]?.f)).toEqual(['SUM(C6:F6)', 'SUM(C9:F9)', 'SUM(C15:F15)']);
  });

  it('writes numbers as numbers and texts as texts, in the written cells’ number formats, for another reader too', async () => {
    const { bytes } = await fillWorkbook(await authorityForm(), WRITES);
    const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: true, sheetStubs: true });
    expect(book.SheetNames).toEqual([EVENTS_SHEET, ETHNOS_SHEET, NOTES_SHEET]);
    const events = book.Sheets[EVENTS_SHEET] ?? {};
    const ethnos = book.Sheets[ETHNOS_SHEET] ?? {};
    expect(events.C6).toMatchObject({ t: 'n', v: 3, z: '0' });
    expect(events.E6).toMatchObject({ t: 'n', v: 0 });
    expect(events.H6).toMatchObject({ t: 'n', v: 1250, z: '#,##0' });
    expect(events.C19).toMatchObject({ t: 's', v: 'Иванова Айгүл Сейітқызы' });
    expect(ethnos.F7).toMatchObject({ t: 's', v: '007' });
    expect(events['!merges']).toHaveLength(10);
    expect(events[`G${DISTRICT_TOTAL_ROW}`]).toMatchObject({ f: 'SUM(G6:G15)' });
    expect(ethnos.F2).toMatchObject({ f: `'${EVENTS_SHEET}'!G${DISTRICT_TOTAL_ROW}` });
  });

  it('tells Excel and LibreOffice to recalculate every formula on opening', async () => {
    const template = await authorityForm();
    expect(partText(template, 'xl/workbook.xml')).not.toContain('fullCalcOnLoad');
    const { bytes } = await fillWorkbook(template, WRITES);
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // No stale result of the blank form is left for a reader that does not calculate.
    expect(partText(template, 'xl/worksheets/sheet1.xml')).toContain('<f>A8+1</f><v>4</v>');
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="A9" s="\d+"><f>A8\+1<\/f><\/c>/);
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<c r="G6" s="6"><f>SUM(C6:F6)</f></c>');
  });

  it('refuses, and lists, a write to a formula, into a merge below its top-left cell, to a missing sheet or past the sheet’s end', async () => {
    const template = await authorityForm();
    const bad: CellWrite[] = [
      { sheet: EVENTS_SHEET, address: 'G6', value: 5 },
      { sheet: EVENTS_SHEET, address: `C${DISTRICT_TOTAL_ROW}`, value: 5 },
      { sheet: ETHNOS_SHEET, address: 'F2', value: 5 },
      { sheet: EVENTS_SHEET, address: 'D19', value: 'Петров' },
      { sheet: EVENTS_SHEET, address: 'B5', value: 'Район' },
      { sheet: 'Лист1', address: 'C6', value: 5 },
      { sheet: EVENTS_SHEET, address: 'XFE6', value: 5 },
      { sheet: EVENTS_SHEET, address: 'C1048577', value: 5 },
      { sheet: EVENTS_SHEET, address: 'c6', value: 5 },
      { sheet: EVENTS_SHEET, address: 'F6', value: Number.NaN },
    ];
    const { bytes, refused } = await fillWorkbook(template, [...bad, WRITES[0] as CellWrite]);
    expect(refused).toEqual([
      { sheet: EVENTS_SHEET, address: 'G6', reason: 'formula' },
      { sheet: EVENTS_SHEET, address: `C${DISTRICT_TOTAL_ROW}`, reason: 'formula' },
      { sheet: ETHNOS_SHEET, address: 'F2', reason: 'formula' },
      { sheet: EVENTS_SHEET, address: 'D19', reason: 'insideMerge' },
      { sheet: EVENTS_SHEET, address: 'B5', reason: 'insideMerge' },
      { sheet: 'Лист1', address: 'C6', reason: 'noSheet' },
      { sheet: EVENTS_SHEET, address: 'XFE6', reason: 'badAddress' },
      { sheet: EVENTS_SHEET, address: 'C1048577', reason: 'badAddress' },
      { sheet: EVENTS_SHEET, address: 'c6', reason: 'badAddress' },
      { sheet: EVENTS_SHEET, address: 'F6', reason: 'badValue' },
    ]);
    // Nothing refused reached the form: not the formulas, not the heading or signature line a merge shows.
    await expectOnlyWritten(template, bytes, [WRITES[0] as CellWrite]);
  });

  it('keeps the emblem, notes, named ranges, protection, hidden sheet, print settings, filter, link and page headers', async () => {
    const template = await formWithExtras();
    const { bytes, refused } = await fillWorkbook(template, WRITES);
    expect(refused).toEqual([]);
    await expectOnlyWritten(template, bytes, WRITES);
    const [before, after] = [await load(template), await load(bytes)];
    expect(after.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [EVENTS_SHEET, 'visible'],
      [ETHNOS_SHEET, 'visible'],
      [NOTES_SHEET, 'visible'],
      ['Тізімдер', 'hidden'],
    ]);
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    const images = (workbook: ExcelJS.Workbook) =>
      workbook
        .getWorksheet(EVENTS_SHEET)
        ?.getImages()
        .map((image) => {
          const { tl, br } = image.range;
          return {
            tl: [tl.nativeCol, tl.nativeRow],
            br: br && [br.nativeCol, br.nativeRow],
            media: workbook.getImage(Number(image.imageId)).buffer?.byteLength,
          };
        });
    expect(images(after)).toEqual(images(before));
    expect(images(after)).toHaveLength(1);
    expect(after.getWorksheet(EVENTS_SHEET)?.getCell('B4').note).toBe('Наименование как в справочнике КАТО');
    expect(layoutOf(after.getWorksheet(ETHNOS_SHEET) as ExcelJS.Worksheet).protection).toMatchObject({ sheet: true });
    expect(partText(bytes, 'xl/theme/theme1.xml')).toBe(partText(template, 'xl/theme/theme1.xml'));
  });

  it('fills 2,000 cells over five sheets, each a number another reader sees, beside each row’s total', async () => {
    const form = await largeForm(5, 100, 20);
    const writes: CellWrite[] = [];
    for (let sheet = 1; sheet <= 5; sheet++)
      for (let row = 1; row <= 100; row++)
        for (const column of ['B', 'C', 'K', 'U'])
          writes.push({ sheet: `Кесте ${sheet}`, address: `${column}${row}`, value: row * 10 + sheet });
    const { bytes, refused } = await fillWorkbook(form, writes);
    expect(refused).toEqual([]);
    const book = XLSX.read(bytes, { type: 'array', cellFormula: true, sheetStubs: true });
    const landed = writes.filter(({ sheet, address, value }) => book.Sheets[sheet]?.[address]?.v === value);
    expect(landed).toHaveLength(2_000);
    expect(book.Sheets['Кесте 5']?.V100?.f).toBe('SUM(B100:U100)');
  });

  it('fills a form again from its own output: the second fill keeps what the first wrote', async () => {
    const first = await fillWorkbook(await authorityForm(), WRITES);
    const again: CellWrite[] = [{ sheet: EVENTS_SHEET, address: 'C7', value: 8 }];
    const second = await fillWorkbook(first.bytes, again);
    await expectOnlyWritten(first.bytes, second.bytes, again);
  });
});

describe('templateRisks', () => {
  it('finds nothing to lose in a form of cells, styles, merges, validations, formats, images and notes', async () => {
    expect(templateRisks(await authorityForm())).toEqual({ ok: true, risks: [] });
    expect(templateRisks(await formWithExtras())).toEqual({ ok: true, risks: [] });
  });

  it.each(Object.keys(RISKY_FEATURES) as (keyof typeof RISKY_FEATURES)[])(
    'names %s, which the fill would drop: found in the form, gone from the filled copy, whose cells still round-trip',
    async (risk) => {
      const template = await riskyForm(risk);
      const check = templateRisks(template);
      // A chart sheet shows a chart: both are lost.
      const risks: TemplateRisk[] = risk === 'chartSheets' ? ['chartSheets', 'charts'] : [risk];
      expect(check.ok && [...check.risks].sort()).toEqual(risks);
      const { bytes } = await fillWorkbook(template, WRITES);
      expect(templateRisks(bytes)).toEqual({ ok: true, risks: [] });
      await expectOnlyWritten(template, bytes, WRITES);
      expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual([EVENTS_SHEET, ETHNOS_SHEET, NOTES_SHEET]);
    },
  );

  it('names validations over whole columns, which take ExcelJS seconds and hundreds of megabytes a column', async () => {
    const form = await authorityForm();
    const over = (sqref: string) =>
      withParts(form, {
        'xl/worksheets/sheet2.xml': (xml) =>
          xml.replace(
            '<pageMargins',
            `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"Иә,Жоқ"</formula1></dataValidation></dataValidations><pageMargins`,
          ),
      });
    expect(templateRisks(over('F5:F10'))).toEqual({ ok: true, risks: [] });
    expect(templateRisks(over('F5:F1048576'))).toEqual({ ok: true, risks: ['largeValidations'] });
    expect(templateRisks(over('AA1:AB99000 F5'))).toEqual({ ok: true, risks: [] });
    expect(templateRisks(over('$AA$1:$AB$100001'))).toEqual({ ok: true, risks: ['largeValidations'] });
  });

  it('refuses a damaged zip as the importer does', () => {
    expect(templateRisks(new TextEncoder().encode('not a zip'))).toEqual({ ok: false, failure: 'damaged-zip' });
  });
});
