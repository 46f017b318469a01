import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memberRowsWithoutIin } from '@shared/import/missing-iin';
import { analyseAssociations, analyseEvents, analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { CellValue, RawSheet } from '@shared/import/types';
import { readWorkbook } from './read-workbook';
import { zhambylLookups } from './test-lookups';
import { firstSheet, workbookBytes } from './test-workbooks';

const TODAY = '2026-11-21';

/** The member list of the tests: a title, the header, four people (one without an IIN). */
const MEMBERS: CellValue[][] = [
  ['Список членов корейского центра «Ариран»', null, null, null, null],
  ['ФИО', 'ИИН', 'Дата рождения', 'Национальность', 'Телефон'],
  ['Ким Марина Викторовна', '850731400453', new Date(Date.UTC(1985, 6, 31)), 'кореянка', '87011234567'],
  ['Пак Виктор', '900101300126', new Date(Date.UTC(1990, 0, 1)), 'корейцы', ''],
  ['Тен Лариса', '', new Date(Date.UTC(1970, 4, 5)), 'корейцы', '+7 777 100 20 30'],
  ['Цой Роман', '051212500780', null, 'корейцы', ''],
];

async function importedPeople(sheet: RawSheet) {
  const layout = detectLayout(sheet, 'members');
  const result = analyseMembers(sheet, layout, await zhambylLookups(), TODAY);
  return { layout, result, people: result.valid.map((row) => row.person) };
}

const EXPECTED_PEOPLE = [
  expect.objectContaining({
    surname: 'Ким',
    givenName: 'Марина',
    patronymic: 'Викторовна',
    iin: '850731400453',
    birthDate: '1985-07-31',
    ethnicGroupId: 'koreans',
    phone: '77011234567',
  }),
  expect.objectContaining({ surname: 'Пак', iin: '900101300126', birthDate: '1990-01-01' }),
  expect.objectContaining({ surname: 'Тен', givenName: 'Лариса', birthDate: '1970-05-05', phone: '77771002030' }),
  expect.objectContaining({ surname: 'Цой', iin: '051212500780', birthDate: '2005-12-12' }),
];

/**
 * A list as a House of Friendship draws it in Excel: a title, then a header over two rows, with the
 * group titles «Сведения о члене» and «Контакты» merged over the column names below them, and «№»
 * and «Роль» merged down through both rows. One data row has its phone merged over the address.
 */
async function twoRowHeaderXlsx(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Члены');
  sheet.getCell('A1').value = 'Список членов корейского центра «Ариран» на 01.11.2026';
  sheet.mergeCells('A1:H1');
  sheet.getCell('A2').value = '№';
  sheet.mergeCells('A2:A3');
  sheet.getCell('B2').value = 'Сведения о члене';
  sheet.mergeCells('B2:E2');
  sheet.getCell('F2').value = 'Контакты';
  sheet.mergeCells('F2:G2');
  sheet.getCell('H2').value = 'Роль в объединении';
  sheet.mergeCells('H2:H3');
  const put = (row: number, cells: readonly (string | number | Date | null)[]) =>
    cells.forEach((value, index) => {
      if (value !== null) sheet.getCell(row, index + 1).value = value;
    });
  put(3, [null, 'Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Телефон', 'Адрес', null]);
  put(4, [
    1,
    'Ким',
    'Марина',
    '850731400453',
    new Date(Date.UTC(1985, 6, 31)),
    '87011234567',
    'ул. Абая, 1',
    'председатель',
  ]);
  put(5, [2, 'Пак', 'Виктор', '900101300126', new Date(Date.UTC(1990, 0, 1)), '+7 777 100 20 30', null, 'член']);
  sheet.mergeCells('F5:G5');
  put(6, [3, 'Тен', 'Лариса', null, null, null, 'с. Сортобе', 'член совета']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('files in every format an office has', () => {
  it('reads an OpenDocument .ods as the app does and imports its people', async () => {
    const sheet = firstSheet('Ариран.ods', workbookBytes(MEMBERS, 'ods', [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }]));
    const { layout, result, people } = await importedPeople(sheet);
    expect(layout.headerRow).toBe(1);
    expect(layout.mapping).toEqual(['fullName', 'iin', 'birthDate', 'ethnicGroupId', 'phone']);
    expect(result.rejected).toEqual([]);
    expect(people).toEqual(EXPECTED_PEOPLE);
  });

  it('reads an Excel 2003 XML table (.xml) as the app does and imports its people', async () => {
    const data = workbookBytes(MEMBERS, 'xlml');
    expect(new TextDecoder().decode(data.subarray(0, 400))).toContain('urn:schemas-microsoft-com:office:spreadsheet');
    const sheet = firstSheet('Ариран 2003.xml', data);
    const { result, people } = await importedPeople(sheet);
    expect(result.rejected).toEqual([]);
    expect(people).toEqual(EXPECTED_PEOPLE);
  });

  it('refuses an .xml file that is not an Excel table, saying the format is not supported', () => {
    const data = new TextEncoder().encode('<?xml version="1.0"?><config><row>Ким</row></config>');
    expect(readWorkbook('settings.xml', data)).toEqual({ ok: false, failure: 'unsupported' });
  });

  it('takes a header over two merged rows: the column names below, the names merged down, no column shifted', async () => {
    const sheet = firstSheet('Ариран, шапка в две строки.xlsx', await twoRowHeaderXlsx());
    const { layout, result, people } = await importedPeople(sheet);
    expect(layout.headerRow).toBe(2);
    expect(layout.mapping).toEqual([
      'rowNumber',
      'surname',
      'givenName',
      'iin',
      'birthDate',
      'phone',
      'address',
      'role',
    ]);
    // The header row itself is never read as a person, nor as a rejected row.
    expect(result.rejected).toEqual([]);
    expect(result.valid.map((row) => [row.rowNumber, row.role])).toEqual([
      [4, 'chairman'],
      [5, 'member'],
      [6, 'council_member'],
    ]);
    expect(people).toEqual([
      expect.objectContaining({ surname: 'Ким', iin: '850731400453', phone: '77011234567', address: 'ул. Абая, 1' }),
      expect.objectContaining({ surname: 'Пак', iin: '900101300126', phone: '77771002030' }),
      expect.objectContaining({ surname: 'Тен', givenName: 'Лариса', address: 'с. Сортобе' }),
    ]);
    expect(people[1]?.address).toBeUndefined();
    expect(people[2]?.iin).toBeUndefined();
  });

  it('counts rows and columns from A1 when the list starts lower and to the right, as Excel shows them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Члены');
    sheet.getCell('B3').value = 'ФИО';
    sheet.getCell('C3').value = 'ИИН';
    sheet.getCell('B4').value = 'Ким Марина';
    sheet.getCell('C4').value = '850731400453';
    sheet.getCell('B5').value = 'Пак Виктор';
    sheet.getCell('C5').value = '900101300127';
    const read = firstSheet('со второго столбца.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const { layout, result } = await importedPeople(read);
    expect(layout).toEqual({ headerRow: 2, mapping: [null, 'fullName', 'iin'] });
    expect(result.valid.map((row) => row.rowNumber)).toEqual([4]);
    expect(result.rejected.map((row) => [row.rowNumber, row.problems[0]?.column])).toEqual([[5, 2]]);
  });

  it('finds a two-row header left unmerged, and keeps a one-row header under a group-less title as it was', () => {
    const unmerged: CellValue[][] = [
      ['№', 'ФИО', 'ИИН', 'Контакты', null],
      [null, null, null, 'Телефон', 'Адрес'],
      [1, 'Ким Марина', '850731400453', '87011234567', 'ул. Абая, 1'],
    ];
    const layout = detectLayout({ name: 'Лист1', rows: unmerged, merges: [] }, 'members');
    expect(layout.headerRow).toBe(1);
    expect(layout.mapping).toEqual(['rowNumber', 'fullName', 'iin', 'phone', 'address']);

    const plain: CellValue[][] = [
      ['Список членов', null, null],
      ['ФИО', 'ИИН', 'Телефон'],
      ['Ким Марина', '850731400453', '87011234567'],
    ];
    const single = detectLayout(
      { name: 'Лист1', rows: plain, merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }] },
      'members',
    );
    expect(single).toEqual({ headerRow: 1, mapping: ['fullName', 'iin', 'phone'] });
  });
});

describe('the same row twice in one list', () => {
  it('merges an exact repeat into one person, naming both rows, and keeps a repeat with other data a problem', async () => {
    const rows: CellValue[][] = [
      ['ФИО', 'ИИН', 'Дата рождения', 'Телефон'],
      ['Ким Марина', '850731400453', '31.07.1985', '87011234567'],
      ['Пак Виктор', '900101300126', '', ''],
      ['Тен Лариса', '', '05.05.1970', ''],
      // Glued from a second list: the same people, written a little differently.
      ['  Ким   Марина ', 850731400453, new Date(Date.UTC(1985, 6, 31)), '+7 701 123 45 67'],
      ['Пак Виктор Сергеевич', '900101300126', '', ''],
      ['Тен Лариса', '', '05.05.1970', ''],
      // Born in the future: refused, and so is its repeat, for the same reason.
      ['Ли Анна', '', '01.01.2030', ''],
      ['Ли Анна', '', '01.01.2030', ''],
    ];
    const sheet = firstSheet('склеенные списки.xlsx', workbookBytes(rows, 'xlsx'));
    const { result } = await importedPeople(sheet);
    expect(result.valid.map((row) => row.rowNumber)).toEqual([2, 3, 4]);
    expect(result.repeats).toEqual([
      { rowNumber: 5, sameAs: 2 },
      { rowNumber: 7, sameAs: 4 },
    ]);
    expect(result.rejected.map((row) => [row.rowNumber, row.problems.map((problem) => problem.code)])).toEqual([
      [6, ['duplicate_row']],
      [8, ['date_future']],
      [9, ['date_future']],
    ]);
    expect(result.rejected[0]?.problems[0]?.value).toBe('3');
  });

  it('merges exact repeats in a register of associations and in a plan of events', async () => {
    const lookups = await zhambylLookups();
    const associations: CellValue[][] = [
      ['Наименование', 'Этнос', 'Телефон'],
      ['Корейский культурный центр «Ариран»', 'корейцы', '87011234567'],
      ['Корейский культурный центр «Ариран»', 'корейцы', '8 701 123 45 67'],
    ];
    const registry = { name: 'Реестр', rows: associations, merges: [] };
    const found = analyseAssociations(registry, detectLayout(registry, 'associations'), lookups, TODAY);
    expect(found.rejected).toEqual([]);
    expect(found.valid.map((row) => row.rowNumber)).toEqual([2]);
    expect(found.repeats).toEqual([{ rowNumber: 3, sameAs: 2 }]);

    const events: CellValue[][] = [
      ['Наименование мероприятия', 'Форма проведения', 'Дата проведения', 'Место проведения'],
      ['Круглый стол «Единство»', 'Круглый стол', '15.12.2026', 'Дом дружбы'],
      ['Круглый стол «Единство»', 'Круглый стол', '15.12.2026', 'Дом дружбы'],
      ['Круглый стол «Единство»', 'Круглый стол', '16.12.2026', 'Дом дружбы'],
    ];
    const plan = { name: 'План', rows: events, merges: [] };
    const planned = analyseEvents(plan, detectLayout(plan, 'events'), lookups);
    expect(planned.rejected).toEqual([]);
    expect(planned.valid.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(planned.repeats).toEqual([{ rowNumber: 3, sameAs: 2 }]);
  });
});

describe('rows without an IIN', () => {
  it('imports them and names them, unless the stored person they match has an IIN', async () => {
    const sheet = firstSheet('Ариран.xlsx', workbookBytes(MEMBERS, 'xlsx'));
    const { result } = await importedPeople(sheet);
    expect(result.valid).toHaveLength(4);
    expect(memberRowsWithoutIin(result.valid.map((row) => ({ row })))).toEqual([5]);
    const [, , ten] = result.valid;
    if (!ten) throw new Error('no row 5');
    expect(memberRowsWithoutIin([{ row: ten, existing: { iin: '700505400123' } }])).toEqual([]);
    expect(memberRowsWithoutIin([{ row: ten, existing: {} }])).toEqual([5]);
  });
});
