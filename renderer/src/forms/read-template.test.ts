import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { isZip } from '@/import/unzip';
import { lyingBomb, text } from '@/import/test-zips';
import { readTemplate, type TemplateOutcome } from './read-template';
import type { TemplateSheet } from './template-grid';
import { TEMPLATE_LIMITS } from './template-limits';
import {
  authorityForm,
  DISTRICT_ROWS,
  DISTRICT_TOTAL_ROW,
  ETHNOS_SHEET,
  EVENTS_SHEET,
  FIRST_DISTRICT_ROW,
  formWithExtras,
  NOTES_SHEET,
  withParts,
} from './test-templates';

const EVENTS_XML = 'xl/worksheets/sheet1.xml';

function read(outcome: TemplateOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.error)}`);
  return outcome;
}

function sheetNamed(outcome: TemplateOutcome, name: string): TemplateSheet {
  const sheet = read(outcome).grid.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function notesOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(NOTES_SHEET);
  if (!sheet) throw new Error('the test form lost its notes sheet');
  return sheet;
}

const cellAt = (sheet: TemplateSheet, address: string) => sheet.cells.find((cell) => cell.address === address);

/** The events sheet with XML put just after its cells, where Excel writes merges. */
const afterCells = (form: Uint8Array, xml: string) =>
  withParts(form, { [EVENTS_XML]: (sheet) => sheet.replace('</sheetData>', `</sheetData>${xml}`) });

describe('an authority’s form shown as it looks', () => {
  it('keeps the merged headings, widths, hidden rows and columns, bold and fills, and the frozen panes', async () => {
    const form = await authorityForm();
    const outcome = await readTemplate(form, 'Нысан 3-ИС.xlsx');
    expect(read(outcome).warnings).toEqual([]);
    expect(read(outcome).bytes).toBe(form);
    expect(read(outcome).grid.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      [EVENTS_SHEET, false],
      [ETHNOS_SHEET, false],
      [NOTES_SHEET, false],
    ]);

    const events = sheetNamed(outcome, EVENTS_SHEET);
    expect(events.frozen).toEqual({ rows: 5, columns: 2 });
    expect(events.columnCount).toBe(10);
    expect(events.columns[1]).toEqual({ width: 34, hidden: false });
    // The districts' codes, in column I.
    expect(events.columns[8]).toEqual({ width: 12, hidden: true });
    expect(events.rows[0]).toEqual({ height: 36, hidden: false });
    // The oblast's check row under the totals.
    expect(events.rows[DISTRICT_TOTAL_ROW]?.hidden).toBe(true);
    expect(events.merges.map((merge) => merge.range)).toEqual(expect.arrayContaining(['A1:J1', 'C4:F4', 'B4:B5']));

    expect(cellAt(events, 'A1')).toMatchObject({
      text: 'Сведения о проведённых мероприятиях по укреплению межэтнического согласия',
      bold: true,
      align: 'center',
      merge: { rows: 1, columns: 10 },
    });
    expect(cellAt(events, 'A2')).toMatchObject({ italic: true, bold: false, merge: { rows: 1, columns: 10 } });
    expect(cellAt(events, 'C4')).toMatchObject({
      text: 'Өткізілген іс-шаралар / Проведено мероприятий',
      fill: '#D9E1F2',
      border: { top: true, right: true, bottom: true, left: true },
      merge: { rows: 1, columns: 4 },
    });
    // Inside a merge: only its top-left cell is given.
    expect(cellAt(events, 'D4')).toBeUndefined();
    expect(cellAt(events, 'A6')).toMatchObject({ text: '1', align: 'right' });
    expect(cellAt(events, `B${FIRST_DISTRICT_ROW}`)?.text).toBe(DISTRICT_ROWS[0]);
    // The authority's totals: formulas shown by the result Excel saved (0 in a blank form).
    expect(cellAt(events, `G${DISTRICT_TOTAL_ROW}`)).toMatchObject({
      formula: true,
      text: '0',
      bold: true,
      fill: '#FFF2CC',
    });
    expect(cellAt(events, `B${DISTRICT_TOTAL_ROW}`)).toMatchObject({ text: 'Барлығы / Итого', formula: false });
    // An empty cell with no style shows nothing and is not listed.
    expect(cellAt(events, 'L3')).toBeUndefined();
  });

  it('reads a form with pictures, notes, names, a protected sheet and a hidden sheet of lists', async () => {
    const outcome = await readTemplate(await formWithExtras(), 'form.xlsx');
    expect(read(outcome).grid.sheets.map((sheet) => [sheet.name, sheet.hidden])).toContainEqual(['Тізімдер', true]);
    expect(cellAt(sheetNamed(outcome, NOTES_SHEET), 'A1')?.text).toMatch(/^Толтыру тәртібі\. Нысан/);
  });

  it('reads a form whose lists cover whole columns without ExcelJS expanding them, and keeps them in the file', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="K1:R1048576"><formula1>"Толық,Жоқ"</formula1></dataValidation></dataValidations>';
    const form = withParts(await authorityForm(), {
      [EVENTS_XML]: (sheet) => sheet.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, validation),
    });
    const started = performance.now();
    const outcome = await readTemplate(form, 'form.xlsx');
    // Expanded cell by cell, these eight million validated cells take ExcelJS about 15 s here.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(read(outcome).bytes).toBe(form);
    expect(cellAt(sheetNamed(outcome, EVENTS_SHEET), 'B4')?.text).toBe('Ауданның атауы / Наименование района');
  });
});

describe('forms refused with the reason', () => {
  it('refuses macros, by the file’s name or by what it holds', async () => {
    const form = await authorityForm();
    expect(await readTemplate(form, 'form.xlsm')).toEqual({ ok: false, error: { code: 'macros' } });
    const withMacros = withParts(form, { 'xl/vbaProject.bin': 'Attribute VB_Name = "Module1"' });
    expect(await readTemplate(withMacros, 'form.xlsx')).toEqual({ ok: false, error: { code: 'macros' } });
  });

  it('refuses a zip bomb, naming the unzipped size', async () => {
    const outcome = await readTemplate(lyingBomb(420), 'form.xlsx');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-large', limit: { limit: 'unzippedBytes' } } });
    expect(!outcome.ok && outcome.error.limit?.value).toBeGreaterThan(TEMPLATE_LIMITS.unzippedBytes);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await readTemplate(new Uint8Array(TEMPLATE_LIMITS.fileBytes + 1), 'form.xlsx');
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'too-large', limit: { limit: 'fileBytes', value: TEMPLATE_LIMITS.fileBytes + 1 } },
    });
  });

  it('refuses too many sheets, rows or columns, naming the limit and how many there were', async () => {
    const manySheets = await authorityForm((workbook) => {
      for (let index = 1; index <= 48; index++) workbook.addWorksheet(`Қосымша ${index}`).getCell('A1').value = index;
    });
    expect(await readTemplate(manySheets, 'form.xlsx')).toEqual({
      ok: false,
      error: { code: 'too-large', limit: { limit: 'sheets', value: 51 } },
    });
    const longSheet = await authorityForm((workbook) => {
      notesOf(workbook).getCell(TEMPLATE_LIMITS.rows + 1, 1).value = 'соңы';
    });
    expect(await readTemplate(longSheet, 'form.xlsx')).toEqual({
      ok: false,
      error: { code: 'too-large', limit: { limit: 'rows', value: TEMPLATE_LIMITS.rows + 1 } },
    });
    const wideSheet = await authorityForm((workbook) => {
      notesOf(workbook).getCell(1, 250).value = 'соңы';
    });
    expect(await readTemplate(wideSheet, 'form.xlsx')).toEqual({
      ok: false,
      error: { code: 'too-large', limit: { limit: 'columns', value: 250 } },
    });
  });

  it('refuses merges that would make ExcelJS create millions of cells or compare thousands of merges', async () => {
    const form = await authorityForm();
    // Within the rows and columns allowed, one merge of 40 million cells.
    const huge = afterCells(form, '<mergeCells count="1"><mergeCell ref="K1:GR200000"/></mergeCells>');
    const refused = await readTemplate(huge, 'form.xlsx');
    expect(refused).toMatchObject({ ok: false, error: { code: 'too-large', limit: { limit: 'mergedCells' } } });
    expect(!refused.ok && refused.error.limit?.value).toBeGreaterThan(190 * 200_000);
    const count = TEMPLATE_LIMITS.merges + 1;
    const pairs = Array.from({ length: count }, (_, index) => `<mergeCell ref="L${index * 2 + 1}:L${index * 2 + 2}"/>`);
    const many = afterCells(form, `<mergeCells count="${count}">${pairs.join('')}</mergeCells>`);
    expect(await readTemplate(many, 'form.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'too-large', limit: { limit: 'merges' } },
    });
  });

  it('refuses a damaged file, a file that is not a workbook, and other formats', async () => {
    const form = await authorityForm();
    expect(await readTemplate(form.slice(0, form.length >> 1), 'form.xlsx')).toEqual({
      ok: false,
      error: { code: 'damaged-zip' },
    });
    const noise = text('Бұл кесте емес, жай мәтін.');
    expect(await readTemplate(noise, 'form.xlsx')).toEqual({ ok: false, error: { code: 'unreadable' } });
    expect(await readTemplate(noise, 'form.xls')).toEqual({ ok: false, error: { code: 'unreadable' } });
    const brokenSheet = withParts(form, { [EVENTS_XML]: '<worksheet><sheetData><row r="1"><c r="A1"' });
    expect(await readTemplate(brokenSheet, 'form.xlsx')).toEqual({ ok: false, error: { code: 'unreadable' } });
    const ods = XLSX.write(XLSX.read(form, { type: 'array' }), { type: 'array', bookType: 'ods' }) as ArrayBuffer;
    expect(await readTemplate(new Uint8Array(ods), 'form.xlsx')).toEqual({ ok: false, error: { code: 'unsupported' } });
    expect(await readTemplate(form, 'form.pdf')).toEqual({ ok: false, error: { code: 'unsupported' } });
  });

  it('says a form encrypted with a password cannot be read', async () => {
    // What Excel writes when a workbook gets a password to open: a compound file with the encrypted package.
    const container = XLSX.CFB.utils.cfb_new();
    const info = new Uint8Array(64);
    new DataView(info.buffer).setUint16(0, 4, true);
    new DataView(info.buffer).setUint16(2, 4, true);
    XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', info);
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096));
    const encrypted = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as number[]);
    expect(await readTemplate(encrypted, 'form.xlsx')).toEqual({ ok: false, error: { code: 'encrypted' } });
  });

  it('refuses a form with no cell filled', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Лист1');
    const empty = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readTemplate(empty, 'form.xlsx')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('an .xls form', () => {
  /** An old-format form: a merged title, a header, a district row and its total as a formula, widths and a hidden column. */
  function xlsForm(bookType: 'biff8' | 'xlml'): Uint8Array {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Сведения о мероприятиях, 2026 год', null, null],
      ['Наименование района', 'I квартал', 'Всего'],
      ['Кордайский район', 1234.5, null],
    ]);
    sheet.C3 = { t: 'n', f: 'SUM(B3:B3)', v: 1234.5 };
    sheet.B3 = { ...sheet.B3, z: '#,##0.0' };
    sheet['!merges'] = [XLSX.utils.decode_range('A1:C1')];
    sheet['!cols'] = [{ wch: 30 }, { wch: 12 }, { wch: 10, hidden: true }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Нысан');
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
  }

  it('is converted to .xlsx for the fill, with its values, merges and widths, and a warning that styles were lost', async () => {
    const outcome = read(await readTemplate(xlsForm('biff8'), 'Нысан.xls'));
    expect(outcome.warnings).toEqual(['stylesLost']);
    const sheet = sheetNamed(outcome, 'Нысан');
    expect(cellAt(sheet, 'A1')).toMatchObject({ text: 'Сведения о мероприятиях, 2026 год', merge: { columns: 3 } });
    expect(cellAt(sheet, 'B3')?.text).toBe('1\u00a0234,5');
    expect(sheet.columns[0]?.width).toBeGreaterThan(25);
    expect(sheet.columns[2]?.hidden).toBe(true);

    expect(isZip(outcome.bytes)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(outcome.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Нысан')?.getCell('A3').value).toBe('Кордайский район');
  });

  it('keeps the authority’s formulas, here from an Excel 2003 XML table saved as .xls', async () => {
    const outcome = read(await readTemplate(xlsForm('xlml'), 'Нысан.xls'));
    expect(outcome.warnings).toEqual(['stylesLost']);
    expect(cellAt(sheetNamed(outcome, 'Нысан'), 'C3')).toMatchObject({ formula: true, text: '1234,5' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(outcome.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Нысан')?.getCell('C3').formula).toBe('SUM(B3:B3)');
  });

  it('saved under .xls but really an .xlsx, is read as the .xlsx it is, styles and all', async () => {
    const outcome = read(await readTemplate(await authorityForm(), 'form.xls'));
    expect(outcome.warnings).toEqual([]);
    expect(cellAt(sheetNamed(outcome, EVENTS_SHEET), 'A1')?.bold).toBe(true);
  });
});
