import { describe, expect, it } from 'vitest';
import { readCalendarSheet } from './calendar-import';

describe('a year’s non-working days read from a spreadsheet', () => {
  it('reads dates as Excel gives them, the kind of day in Russian or Kazakh, and both names', () => {
    const result = readCalendarSheet([
      ['Производственный календарь на 2028 год'],
      [],
      ['Дата', 'Вид дня', 'Название', 'Атауы'],
      [new Date(Date.UTC(2028, 0, 3)), 'выходной', 'Новый год (перенос)', 'Жаңа жыл (ауыстыру)'],
      ['07.01.2028', '', 'Рождество', null],
      [46_833, 'демалыс', null, 'Наурыз'],
      ['08.01.2028', 'Рабочий день', 'Рабочая суббота', null],
      [null, null, null, null],
    ]);
    expect(result).toEqual({
      ok: true,
      years: [2028],
      days: [
        { date: '2028-01-03', kind: 'day_off', nameRu: 'Новый год (перенос)', nameKk: 'Жаңа жыл (ауыстыру)' },
        { date: '2028-01-07', kind: 'day_off', nameRu: 'Рождество' },
        { date: '2028-01-08', kind: 'working_day', nameRu: 'Рабочая суббота' },
        { date: '2028-03-21', kind: 'day_off', nameKk: 'Наурыз' },
      ],
    });
  });

  it('reads a file in the shipped list’s own format', () => {
    const result = readCalendarSheet([
      ['date', 'weekday', 'name_ru', 'name_kk', 'name_en', 'kind', 'related_date'],
      ['2028-01-03', 'Mon', 'Перенос', 'Ауыстыру', 'Transfer', 'transfer_law', '2028-01-01'],
      ['2028-01-08', 'Sat', 'Рабочий день', 'Жұмыс күні', 'Working day', 'working_weekend', ''],
    ]);
    expect(result.ok && result.days.map((day) => [day.date, day.kind, day.nameKk])).toEqual([
      ['2028-01-03', 'day_off', 'Ауыстыру'],
      ['2028-01-08', 'working_day', 'Жұмыс күні'],
    ]);
  });

  it('names every bad cell by its row and column and takes nothing', () => {
    const result = readCalendarSheet([
      ['Күні', 'Түрі', 'Атауы'],
      ['03.01.2028', 'демалыс', 'Жаңа жыл'],
      ['31.02.2028', 'демалыс', ''],
      ['', 'демалыс', 'Рождество'],
      ['07.01.2028', 'полувыходной', ''],
      ['03.01.2028', 'демалыс', 'Қайталау'],
      ['01.01.2101', '', ''],
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 0, header: 'Күні', code: 'date_invalid', value: '31.02.2028' },
        { row: 4, column: 0, header: 'Күні', code: 'date_missing', value: '' },
        { row: 5, column: 1, header: 'Түрі', code: 'kind_unknown', value: 'полувыходной' },
        { row: 6, column: 0, header: 'Күні', code: 'duplicate_date', value: '03.01.2028', firstRow: 2 },
        { row: 7, column: 0, header: 'Күні', code: 'year_out_of_range', value: '01.01.2101' },
      ],
    });
  });

  it('reads the two names under the Kazakh headers the import hint gives', () => {
    const result = readCalendarSheet([
      ['Күні', 'Түрі', 'Атауы (орысша)', 'Атауы (қазақша)'],
      ['22.03.2028', 'демалыс', 'Наурыз мейрамы', 'Наурыз мейрамы'],
      ['01.05.2028', '', 'Праздник единства', 'Бірлік мерекесі'],
    ]);
    expect(result.ok && result.days.map((day) => [day.date, day.nameRu, day.nameKk])).toEqual([
      ['2028-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы'],
      ['2028-05-01', 'Праздник единства', 'Бірлік мерекесі'],
    ]);
  });

  it('says when the sheet has no date column or no days', () => {
    expect(
      readCalendarSheet([
        ['ФИО', 'ИИН'],
        ['Ахметова', '850312400123'],
      ]),
    ).toEqual({
      ok: false,
      file: 'no_date_column',
    });
    expect(
      readCalendarSheet([
        ['Дата', 'Название'],
        [null, null],
      ]),
    ).toEqual({ ok: false, file: 'no_days' });
  });
});
