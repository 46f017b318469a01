import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { resources } from '@shared/i18n/resources';
import { receptionsExport, type ReceptionLookups } from '@shared/export/reception-exports';
import type { Reception, ReceptionOutcome } from '@shared/model/records';
import { writeStyledWorkbook } from './styled-workbook';

const named = (ru: string, kk: string) => ({ nameRu: ru, nameKk: kk });

const lookups: ReceptionLookups = {
  people: new Map([['p1', { surname: 'Ахметов', givenName: 'Серик', iin: '900101300126' }]]),
  places: new Map([
    ['311000000', named('Байзакский район', 'Байзақ ауданы')],
    ['311030100', named('с. Сарыкемер', 'Сарыкемер а.')],
    ['312000000', named('Жамбылский район', 'Жамбыл ауданы')],
    ['312030100', named('с. Аса', 'Аса а.')],
  ]),
  topics: new Map([
    ['land', named('Земельные вопросы', 'Жер мәселелері')],
    ['housing', named('Жилищные вопросы', 'Тұрғын үй мәселелері')],
  ]),
  agencies: new Map(),
  districtOf: (placeId) => (placeId ? `${placeId.slice(0, 4)}00000` : ''),
  today: '2026-12-20',
};

const outcomes: ReceptionOutcome[] = ['explained', 'helped', 'control', 'referred', 'declined'];

/** 60 receptions spread over two districts, two topics and every outcome; every seventh confidential. */
const receptions: Reception[] = Array.from({ length: 60 }, (_, index) => ({
  id: `r${index}` as never,
  createdAt: `2026-12-01T00:00:${String(index).padStart(2, '0')}`,
  updatedAt: '',
  author: 'test',
  date: `2026-12-${String((index % 28) + 1).padStart(2, '0')}`,
  placeId: (index % 3 === 0 ? '312030100' : '311030100') as never,
  citizenId: 'p1' as never,
  topicCode: index % 2 ? 'land' : 'housing',
  outcome: outcomes[index % outcomes.length] as ReceptionOutcome,
  confidential: index % 7 === 0,
}));

const confidential = receptions.filter((reception) => reception.confidential).length;
const counted = receptions.length - confidential;

async function exported(headers: 'ru' | 'kk' | 'both') {
  const tables = receptionsExport(
    receptions,
    lookups,
    { from: '2026-12-01', to: '2026-12-31' },
    {
      language: headers === 'kk' ? 'kk' : 'ru',
      headers,
      maskPersonalData: true,
      asOf: '2026-12-20',
      includeConfidential: false,
    },
  );
  return { tables, bytes: await writeStyledWorkbook(tables) };
}

describe('reception export workbook', () => {
  it.each(['ru', 'kk', 'both'] as const)('reads back the summary totals as written (headers: %s)', async (headers) => {
    const { tables, bytes } = await exported(headers);
    const workbook = XLSX.read(bytes, { type: 'array' });
    expect(workbook.SheetNames).toEqual(tables.map((table) => table.sheetName));
    const sheetOf = (index: number) => workbook.Sheets[workbook.SheetNames[index] ?? ''];
    const rows = (index: number) =>
      XLSX.utils.sheet_to_json<(string | number | null)[]>(sheetOf(index) as XLSX.WorkSheet, {
        header: 1,
        raw: true,
        defval: null,
        blankrows: true,
      });

    const journal = rows(0);
    expect(journal[0]?.[0]).toBe(tables[0]?.title);
    expect(journal[4]?.[3]).toBe('9001••••••26');
    expect(journal.filter((row) => typeof row[0] === 'number')).toHaveLength(counted);

    const summary = rows(1);
    const table = tables[1];
    if (!table) throw new Error('no summary sheet');
    const totalLabel = table.totals?.[1];
    const grand = summary.find((row) => row[1] === totalLabel);
    const expectedByOutcome = outcomes.map(
      (outcome) => receptions.filter((r) => !r.confidential && r.outcome === outcome).length,
    );
    expect(grand?.slice(2)).toEqual([...expectedByOutcome, counted]);

    const written = summary.slice(4, 4 + table.rows.length);
    const subtotals = written.filter((row, index) => table.boldRows?.includes(index) && typeof row[2] === 'number');
    const label = resources[headers === 'kk' ? 'kk' : 'ru'].exports.districtTotal;
    const inDistrict = (first: boolean) =>
      receptions.filter((r, index) => !r.confidential && (index % 3 !== 0) === first).length;
    expect(subtotals.map((row) => [row[1], row[7]])).toEqual([
      [label, inDistrict(true)],
      [label, inDistrict(false)],
    ]);
    expect(subtotals).toHaveLength(2);
    expect(subtotals.reduce((sum, row) => sum + Number(row[7]), 0)).toBe(counted);
    for (const row of written.filter((line) => typeof line[0] === 'number'))
      expect(row.slice(2, 7).reduce((sum: number, value) => sum + Number(value), 0)).toBe(row[7]);

    const note = summary.at(-1)?.[0];
    expect(note).toBe(table.notes?.[0]);
    expect(String(note)).toContain(String(confidential));
  });

  it('sets district headings and subtotals in bold and the note in italics under the totals', async () => {
    const { tables, bytes } = await exported('ru');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Сводка');
    const table = tables[1];
    if (!sheet || !table) throw new Error('no summary sheet');
    expect(sheet.getCell('A1').value).toBe(
      'Сводка приёма граждан по темам и результатам за период с 01.12.2026 по 31.12.2026',
    );
    expect(sheet.getRow(5).getCell(2).value).toBe('Байзакский район');
    expect(sheet.getRow(5).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(6).getCell(2).font?.bold).toBeFalsy();
    const totalsRow = 5 + table.rows.length;
    expect(sheet.getRow(totalsRow).getCell(2).value).toBe('Итого');
    expect(sheet.getRow(totalsRow).getCell(8).value).toBe(counted);
    expect(sheet.getRow(totalsRow).getCell(8).font?.bold).toBe(true);
    const note = sheet.getRow(totalsRow + 2).getCell(1);
    expect(note.value).toBe(`Не включены конфиденциальные приёмы: ${confidential}`);
    expect(note.font?.italic).toBe(true);

    const journal = workbook.getWorksheet('Журнал');
    expect(journal?.getRow(5).getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(journal?.getRow(5).getCell(4).numFmt).toBe('@');
  });
});
