import ExcelJS from 'exceljs';
import { unzip } from '@/import/unzip';
import { deflated, text, zipOf } from '@/import/test-zips';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };
/** A darker shade of the theme's accent, as Excel's palette gives it: ExcelJS keeps the tint though its types omit it. */
const THEME_SHADE = { theme: 4, tint: -0.249977111117893 };
const CENTERED = { horizontal: 'center' as const, vertical: 'middle' as const, wrapText: true };

export const EVENTS_SHEET = 'Іс-шаралар';
export const ETHNOS_SHEET = 'Этносы';
export const NOTES_SHEET = 'Нұсқаулық';

/** The districts of Zhambyl oblast as the oblast's forms list them: Russian, Kazakh and short names mixed. */
export const DISTRICT_ROWS = [
  'Байзакский район',
  'Жамбыл ауданы',
  'Жуалынский район',
  'Кордайский район',
  'Меркі ауданы',
  'Мойынкумский район',
  'Сарысу',
  'Таласский район',
  'Шуский район',
  'Т. Рыскуловский район',
] as const;
export const FIRST_DISTRICT_ROW = 6;
export const DISTRICT_TOTAL_ROW = FIRST_DISTRICT_ROW + DISTRICT_ROWS.length;

export const ETHNOS_ROWS = ['Қазақтар', 'Орыстар', 'Дүнгендер', 'Өзбектер', 'Күрдтер', 'Түріктер'] as const;
export const FIRST_ETHNOS_ROW = 5;
export const ETHNOS_TOTAL_ROW = FIRST_ETHNOS_ROW + ETHNOS_ROWS.length;

function header(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  cell.font = { bold: true, name: 'Times New Roman', size: 11 };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = CENTERED;
}

/**
 * The quarter-by-district table an oblast department sends: a two-line title, a two-row merged
 * header, rows per district with a SUM per row, a bold totals row of SUMs, the districts' codes in
 * a hidden column, a hidden row for the oblast's checks, a list of marks to pick from, colour for
 * large totals, frozen headings and a place for the signatory.
 */
function eventsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(EVENTS_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 5, topLeftCell: 'C6', activeCell: 'C6' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 6 },
    { width: 34 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 12 },
    { width: 14 },
    { width: 12, hidden: true },
    { width: 13 },
  ];

  const title = sheet.getCell('A1');
  title.value = 'Сведения о проведённых мероприятиях по укреплению межэтнического согласия';
  title.font = { bold: true, size: 14, name: 'Times New Roman' };
  title.alignment = CENTERED;
  sheet.mergeCells('A1:J1');
  sheet.getRow(1).height = 36;
  const subtitle = sheet.getCell('A2');
  subtitle.value = 'Этносаралық келісімді нығайту бойынша өткізілген іс-шаралар туралы мәліметтер, 2026 жыл';
  subtitle.font = { italic: true, color: THEME_SHADE };
  sheet.mergeCells('A2:J2');

  header(sheet.getCell('A4'), '№ р/с');
  sheet.mergeCells('A4:A5');
  header(sheet.getCell('B4'), 'Ауданның атауы / Наименование района');
  sheet.mergeCells('B4:B5');
  header(sheet.getCell('C4'), 'Өткізілген іс-шаралар / Проведено мероприятий');
  sheet.mergeCells('C4:F4');
  ['I тоқсан', 'II тоқсан', 'III тоқсан', 'IV тоқсан'].forEach((label, index) =>
    header(sheet.getCell(5, 3 + index), label),
  );
  header(sheet.getCell('G4'), 'Барлығы / Всего');
  sheet.mergeCells('G4:G5');
  header(sheet.getCell('H4'), 'Қатысушылар / Участники');
  sheet.mergeCells('H4:H5');
  header(sheet.getCell('I4'), 'КАТО');
  sheet.mergeCells('I4:I5');
  header(sheet.getCell('J4'), 'Отметка');
  sheet.mergeCells('J4:J5');
  sheet.getRow(4).height = 30;
  sheet.getRow(5).height = 22;

  DISTRICT_ROWS.forEach((name, index) => {
    const row = sheet.getRow(FIRST_DISTRICT_ROW + index);
    const number = FIRST_DISTRICT_ROW + index;
    // Rows numbered as offices number them: each the one above plus one, saved with its result.
    row.getCell(1).value = index === 0 ? 1 : { formula: `A${number - 1}+1`, result: index + 1 };
    row.getCell(2).value = name;
    for (let column = 1; column <= 10; column++) row.getCell(column).border = BORDER;
    for (let column = 3; column <= 6; column++) row.getCell(column).numFmt = '0';
    row.getCell(7).value = { formula: `SUM(C${number}:F${number})`, result: 0 };
    row.getCell(7).font = { bold: true };
    row.getCell(8).numFmt = '#,##0';
    row.getCell(9).value = `31${String(index).padStart(2, '0')}00000`;
    row.getCell(10).alignment = { horizontal: 'center' };
  });

  const totals = sheet.getRow(DISTRICT_TOTAL_ROW);
  totals.getCell(2).value = 'Барлығы / Итого';
  for (let column = 1; column <= 10; column++) {
    const cell = totals.getCell(column);
    cell.font = { bold: true };
    cell.fill = TOTAL_FILL;
    cell.border = BORDER;
  }
  for (const letter of ['C', 'D', 'E', 'F', 'G', 'H']) {
    totals.getCell(letter).value = {
      formula: `SUM(${letter}${FIRST_DISTRICT_ROW}:${letter}${DISTRICT_TOTAL_ROW - 1})`,
      result: 0,
    };
  }
  totals.getCell('H').numFmt = '#,##0';

  const check = sheet.getRow(DISTRICT_TOTAL_ROW + 1);
  check.getCell(2).value = 'Проверка области';
  check.getCell(7).value = {
    formula: `G${DISTRICT_TOTAL_ROW}-SUM(C${DISTRICT_TOTAL_ROW}:F${DISTRICT_TOTAL_ROW})`,
    result: 0,
  };
  check.hidden = true;

  const signature = sheet.getRow(DISTRICT_TOTAL_ROW + 3);
  signature.getCell(2).value = 'Жауапты / Ответственный:';
  signature.getCell(3).border = { bottom: THIN };
  sheet.mergeCells(`C${DISTRICT_TOTAL_ROW + 3}:F${DISTRICT_TOTAL_ROW + 3}`);
  sheet.getCell(`H${DISTRICT_TOTAL_ROW + 3}`).numFmt = 'dd.mm.yyyy';

  const last = DISTRICT_TOTAL_ROW - 1;
  for (let row = FIRST_DISTRICT_ROW; row <= last; row++) {
    sheet.getCell(`J${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Толық,Ішінара,Жоқ"'],
    };
    for (const letter of ['C', 'D', 'E', 'F']) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Қате',
        error: 'Бүтін оң сан енгізіңіз',
        formulae: [0],
      };
    }
  }
  sheet.addConditionalFormatting({
    ref: `G${FIRST_DISTRICT_ROW}:G${last}`,
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        priority: 1,
        formulae: ['10'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
      },
    ],
  });
  sheet.addConditionalFormatting({
    ref: `H${FIRST_DISTRICT_ROW}:H${last}`,
    rules: [
      {
        type: 'expression',
        priority: 2,
        formulae: [`AND(H${FIRST_DISTRICT_ROW}=0,G${FIRST_DISTRICT_ROW}>0)`],
        style: { font: { color: { argb: 'FF9C0006' } } },
      },
    ],
  });
}

/** A per-ethnos table: counts, a share of the total as a percentage, and a reference to the first sheet's total. */
function ethnosSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(ETHNOS_SHEET, { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [{ width: 5 }, { width: 28 }, { width: 16 }, { width: 16 }, { width: 12 }, { width: 18 }];
  sheet.getCell('A1').value = 'Этномәдени бірлестіктер мен олардың мүшелері / Этнокультурные объединения и их члены';
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.mergeCells('A1:F1');
  sheet.getCell('A2').value = 'Всего мероприятий (с листа 1):';
  sheet.getCell('F2').value = { formula: `'${EVENTS_SHEET}'!G${DISTRICT_TOTAL_ROW}`, result: 0 };
  sheet.getCell('F2').numFmt = '0';
  header(sheet.getCell('A3'), '№');
  sheet.mergeCells('A3:A4');
  header(sheet.getCell('B3'), 'Этнос');
  sheet.mergeCells('B3:B4');
  header(sheet.getCell('C3'), 'Саны / Количество');
  sheet.mergeCells('C3:D3');
  header(sheet.getCell('C4'), 'бірлестіктер');
  header(sheet.getCell('D4'), 'мүшелер');
  header(sheet.getCell('E3'), 'Үлесі, %');
  sheet.mergeCells('E3:E4');
  header(sheet.getCell('F3'), 'Примечание');
  sheet.mergeCells('F3:F4');
  ETHNOS_ROWS.forEach((name, index) => {
    const number = FIRST_ETHNOS_ROW + index;
    const row = sheet.getRow(number);
    row.getCell(1).value = index + 1;
    row.getCell(2).value = name;
    row.getCell(5).value = { formula: `IF($D$${ETHNOS_TOTAL_ROW}=0,0,D${number}/$D$${ETHNOS_TOTAL_ROW})`, result: 0 };
    row.getCell(5).numFmt = '0.0%';
    for (let column = 1; column <= 6; column++) row.getCell(column).border = BORDER;
    row.height = 18;
  });
  const totals = sheet.getRow(ETHNOS_TOTAL_ROW);
  totals.getCell(2).value = 'Барлығы';
  for (const letter of ['C', 'D']) {
    totals.getCell(letter).value = {
      formula: `SUM(${letter}${FIRST_ETHNOS_ROW}:${letter}${ETHNOS_TOTAL_ROW - 1})`,
      result: 0,
    };
  }
  totals.font = { bold: true };
}

/** The authority's instructions: text only, untouched by any fill. */
function notesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(NOTES_SHEET, { properties: { tabColor: { argb: 'FF00B050' } } });
  sheet.getColumn(1).width = 90;
  sheet.getCell('A1').value = {
    richText: [
      { text: 'Толтыру тәртібі. ', font: { bold: true } },
      { text: 'Нысан тоқсан сайын, есепті кезеңнен кейінгі айдың 5-күніне дейін ұсынылады.' },
    ],
  };
  sheet.getCell('A2').value = 'Форма представляется ежеквартально до 5 числа месяца, следующего за отчётным.';
  sheet.getCell('A2').alignment = { wrapText: true };
  sheet.getCell('A3').value = 'Итоговые строки и графы «Всего» рассчитываются автоматически, их не заполнять.';
  sheet.getCell('A3').font = { italic: true, color: { argb: 'FFC00000' } };
}

/** The three-sheet form of the round-trip tests, as an .xlsx file; `extras` adds to it before it is written. */
export async function authorityForm(
  extras?: (workbook: ExcelJS.Workbook) => Promise<void> | void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Департамент внутренней политики';
  eventsSheet(workbook);
  ethnosSheet(workbook);
  notesSheet(workbook);
  await extras?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A 1×1 PNG: the emblem an authority puts in its form's corner. */
const EMBLEM = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * What else an authority's form carries that a fill must keep: its emblem, a note on a cell,
 * named ranges, a protected sheet, a hidden sheet of lists, a print area and repeated headings,
 * a filter, a link, page headers and footers.
 */
export async function formWithExtras(): Promise<Uint8Array> {
  return authorityForm(async (workbook) => {
    const events = workbook.getWorksheet(EVENTS_SHEET);
    const ethnos = workbook.getWorksheet(ETHNOS_SHEET);
    if (!events || !ethnos) throw new Error('the test form lost a sheet');
    const emblem = workbook.addImage({ base64: EMBLEM, extension: 'png' });
    events.addImage(emblem, { tl: { col: 0, row: 0 }, ext: { width: 48, height: 48 } });
    events.getCell('B4').note = 'Наименование как в справочнике КАТО';
    workbook.definedNames.add(`'${EVENTS_SHEET}'!$C$${FIRST_DISTRICT_ROW}:$F$${DISTRICT_TOTAL_ROW - 1}`, 'Кварталы');
    events.pageSetup.printArea = `A1:J${DISTRICT_TOTAL_ROW + 3}`;
    events.pageSetup.printTitlesRow = '4:5';
    events.headerFooter = { oddHeader: '&CНысан 3-ИС', oddFooter: '&RБет &P / &N' };
    events.autoFilter = `A5:J${DISTRICT_TOTAL_ROW - 1}`;
    events.getCell(`J${DISTRICT_TOTAL_ROW + 3}`).value = {
      text: 'Нұсқаулық',
      hyperlink: `#'${NOTES_SHEET}'!A1`,
    };
    for (let row = FIRST_ETHNOS_ROW; row < ETHNOS_TOTAL_ROW; row++)
      for (const letter of ['C', 'D']) ethnos.getCell(`${letter}${row}`).protection = { locked: false };
    await ethnos.protect('oblast', { selectLockedCells: true, selectUnlockedCells: true });
    const lists = workbook.addWorksheet('Тізімдер', { state: 'hidden' });
    ['Толық', 'Ішінара', 'Жоқ'].forEach((mark, index) => (lists.getCell(index + 1, 1).value = mark));
  });
}

/** A plain form of `sheets` sheets of `rows` × `columns` numbers to fill with a totals column each: for timing. */
export async function largeForm(sheets: number, rows: number, columns: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (let index = 1; index <= sheets; index++) {
    const sheet = workbook.addWorksheet(`Кесте ${index}`);
    for (let row = 1; row <= rows; row++) {
      const cells = sheet.getRow(row);
      cells.getCell(1).value = `Жол ${row}`;
      for (let column = 2; column <= columns + 1; column++) cells.getCell(column).border = BORDER;
      const last = sheet.getColumn(columns + 1).letter;
      cells.getCell(columns + 2).value = { formula: `SUM(B${row}:${last}${row})`, result: 0 };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A part's new text, or how to change the text it has ('' when the form has no such part). */
export type PartEdit = string | ((xml: string) => string);

/**
 * The form with parts added or changed, as an authority's Excel would have written them (a chart,
 * a pivot table…), to see what a fill keeps. `contentTypes` adds Override entries for new parts.
 */
export function withParts(
  form: Uint8Array,
  parts: Record<string, PartEdit>,
  contentTypes: Record<string, string> = {},
): Uint8Array {
  const unzipped = unzip(form, 50 * 1024 * 1024);
  if (!unzipped.ok) throw new Error('the test form does not unzip');
  const entries = new Map(unzipped.entries.map((entry) => [entry.name, entry.data]));
  const decoder = new TextDecoder();
  for (const [name, edit] of Object.entries(parts)) {
    const old = decoder.decode(entries.get(name) ?? new Uint8Array());
    entries.set(name, text(typeof edit === 'string' ? edit : edit(old)));
  }
  const overrides = Object.entries(contentTypes)
    .map(([name, type]) => `<Override PartName="/${name}" ContentType="${type}"/>`)
    .join('');
  const types = decoder.decode(entries.get('[Content_Types].xml'));
  entries.set('[Content_Types].xml', text(types.replace('</Types>', `${overrides}</Types>`)));
  return zipOf([...entries].map(([name, data]) => deflated(name, data)));
}
