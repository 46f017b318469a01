import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook';
import { deflated, lyingBomb, stored, text, zipOf } from './test-zips';

const ROWS = [
  ['ФИО', 'ИИН', 'Дата рождения', 'Членов'],
  ['Ким Марина Викторовна', '850731400453', new Date(Date.UTC(1985, 6, 31)), 12],
  ['Пак Виктор', '900101300126', null, 3],
];

function sheetJsFile(bookType: XLSX.BookType, compression: boolean): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ROWS, { cellDates: true }), 'Лист1');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType, compression }) as ArrayBuffer);
}

/** The rows SheetJS reads from the file on its own, with readWorkbook's options. */
function rowsBySheetJs(data: Uint8Array): unknown[][] {
  const book = XLSX.read(data, { type: 'array', dense: true, cellDates: true, UTC: true, cellFormula: false });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
  return XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, defval: null, blankrows: true, UTC: true });
}

/** A zip bomb: 420 MiB of zeros in 430 KB, its size declared as 0. */
const bomb = () => lyingBomb(420);

describe('reading zipped spreadsheets from the bytes unzipped under the budget', () => {
  it('reads .xlsx from SheetJS and ExcelJS, stored or deflated, and .ods, as SheetJS reads them itself', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Лист1').addRows(ROWS);
    const files = {
      'stored.xlsx': sheetJsFile('xlsx', false),
      'deflated.xlsx': sheetJsFile('xlsx', true),
      'calc.ods': sheetJsFile('ods', true),
      'exceljs.xlsx': new Uint8Array(await workbook.xlsx.writeBuffer()),
    };
    for (const [name, data] of Object.entries(files)) {
      const outcome = readWorkbook(name, data);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.failure}`);
      expect(outcome.workbook.sheets[0]?.rows, name).toEqual(rowsBySheetJs(data));
      expect(outcome.workbook.sheets[0]?.rows[1]?.[0], name).toBe('Ким Марина Викторовна');
    }
  });

  it('goes by the content: an .xlsx saved under a .csv name is read as the workbook it is', () => {
    const outcome = readWorkbook('list.csv', sheetJsFile('xlsx', true));
    expect(outcome.ok && outcome.workbook.sheets[0]?.rows[1]?.[1]).toBe('850731400453');
  });

  it('refuses other zips, which SheetJS would take for Apple Numbers and unzip again on its own', () => {
    // Numbers' Index.zip is a second zip inside the first; this one holds a bomb.
    const nested = zipOf([deflated('Index.zip', bomb())]);
    const numbers = zipOf([stored('Index/Document.iwa', new Uint8Array([0, 5, 0, 0, 1, 2, 3, 4, 5]))]);
    const plain = zipOf([deflated('readme.txt', text('not a spreadsheet'))]);
    for (const file of [nested, numbers, plain])
      expect(readWorkbook('list.xlsx', file)).toEqual({ ok: false, failure: 'unsupported' });
  });

  it('never hands SheetJS text that starts like a zip, which it would unzip with no budget', () => {
    const csv = new Uint8Array([0xef, 0xbb, 0xbf, ...bomb()]);
    expect(readWorkbook('list.csv', csv)).toEqual({ ok: false, failure: 'unreadable' });
  });
});
