import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { eventKey, planEventImport } from '@shared/import/event-rows';
import { analyseEvents, detectLayout, mappingNamesEvent } from '@shared/import/pipeline';
import { readWorkbook } from './read-workbook';
import { zhambylLookups } from './test-lookups';

/** A quarter's plan as a district department sends it: a title row, the header, a row per event. */
function planFile(): Uint8Array {
  const rows = [
    ['План мероприятий на IV квартал 2026 года', null, null, null, null, null, null],
    ['№', 'Наименование мероприятия', 'Форма проведения', 'Дата проведения', 'Время', 'Место проведения', 'Охват'],
    [1, 'Круглый стол «Единство народа»', 'Круглый стол', new Date(Date.UTC(2026, 9, 15)), '15:00', 'Дом дружбы', 40],
    [2, 'Семинар для молодёжи', 'семинар', '20.11.2026', 0.4375, 'Кордай, ДК', '60'],
    [3, 'Диалоговая площадка', 'Диалог алаңы', '03.12.2026', '', 'Сортобе', 25],
    [4, 'Без даты', 'Семинар', '', '', '', ''],
    [5, 'Праздник единства', 'Концерт', '01.05.2026', '25:00', '', 'много'],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'План');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a plan of events from a spreadsheet', () => {
  it('maps the columns, reads dates and times in any form, and names every problem by row and column', async () => {
    const outcome = readWorkbook('план.xlsx', planFile());
    if (!outcome.ok) throw new Error(outcome.failure);
    const sheet = outcome.workbook.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const layout = detectLayout(sheet, 'events');
    expect(layout.headerRow).toBe(1);
    expect(layout.mapping).toEqual(['rowNumber', 'title', 'typeCode', 'date', 'time', 'venue', 'plannedParticipants']);
    expect(mappingNamesEvent(layout.mapping)).toBe(true);
    const analysis = analyseEvents(sheet, layout, await zhambylLookups());
    expect(
      analysis.valid.map((row) => [row.rowNumber, row.event.typeCode, row.event.start, row.event.plannedParticipants]),
    ).toEqual([
      [3, 'round_table', '2026-10-15T15:00', 40],
      [4, 'seminar', '2026-11-20T10:30', 60],
      [5, 'dialogue_platform', '2026-12-03', 25],
    ]);
    expect(analysis.valid.every((row) => row.event.status === 'planned')).toBe(true);
    expect(
      analysis.rejected.map((row) => [row.rowNumber, row.problems.map((problem) => [problem.field, problem.code])]),
    ).toEqual([
      [6, [['date', 'required']]],
      [
        7,
        [
          ['typeCode', 'unknown_value'],
          ['time', 'time_invalid'],
          ['plannedParticipants', 'number_invalid'],
        ],
      ],
    ]);
  });

  it('adds nothing the second time the same plan is imported', async () => {
    const outcome = readWorkbook('план.xlsx', planFile());
    if (!outcome.ok) throw new Error(outcome.failure);
    const sheet = outcome.workbook.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const { valid } = analyseEvents(sheet, detectLayout(sheet, 'events'), await zhambylLookups());
    expect(planEventImport(valid, new Set()).map((item) => item.kind)).toEqual(['new', 'new', 'new']);
    const stored = new Set(valid.map((row) => eventKey(row.event)));
    expect(planEventImport(valid, stored).map((item) => item.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});
