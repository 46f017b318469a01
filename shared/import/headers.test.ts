import { describe, expect, it } from 'vitest';
import { autoMapColumns, layoutKey } from './auto-map';
import { detectHeaderRow, normalizeHeader } from './headers';
import { memberFields } from './registers';
import type { CellValue } from './types';

describe('header row detection', () => {
  it('skips a merged title, a blank row and a note to find the header', () => {
    const rows: CellValue[][] = [
      ['Список членов этнокультурного объединения', null, null],
      [],
      ['по состоянию на 01.11.2026', null, null],
      ['№', 'Фамилия', 'Имя', 'ИИН'],
      [1, 'Ким', 'Марина', '850731400453'],
    ];
    expect(detectHeaderRow(rows, memberFields)).toBe(3);
  });

  it('finds Kazakh headers', () => {
    expect(detectHeaderRow([['Тізім'], ['Тегі', 'Аты', 'ЖСН', 'Ұлты']], memberFields)).toBe(1);
  });

  it('reports no header when no row names two known fields', () => {
    expect(
      detectHeaderRow(
        [
          ['a', 'b'],
          [1, 2],
        ],
        memberFields,
      ),
    ).toBe(-1);
  });

  it('normalises punctuation, case and Kazakh letters in header names', () => {
    expect(normalizeHeader(' Ф.И.О. ')).toBe('ф и о');
    expect(normalizeHeader('Әкесінің аты (бар болса)')).toBe('акесинин аты бар болса');
  });
});

describe('column auto-mapping', () => {
  it.each([
    [['№ п/п', 'Фамилия', 'Имя', 'Отчество', 'ИИН', 'Дата рождения', 'Национальность', 'Телефон'], 'ru'],
    [['Р/с', 'Тегі', 'Аты', 'Әкесінің аты', 'ЖСН', 'Туған күні', 'Ұлты', 'Телефоны'], 'kk'],
  ])('maps %j (%s) by header names', (header) => {
    expect(autoMapColumns(header, [], memberFields)).toEqual([
      'rowNumber',
      'surname',
      'givenName',
      'patronymic',
      'iin',
      'birthDate',
      'ethnicGroupId',
      'phone',
    ]);
  });

  it('prefers the exact name over a partial one and uses each field once', () => {
    expect(autoMapColumns(['Фамилия, имя, отчество', 'Фамилия'], [], memberFields)).toEqual(['fullName', 'surname']);
    expect(autoMapColumns(['Телефон', 'Телефон'], [], memberFields)).toEqual(['phone', null]);
  });

  it('recognises unnamed columns by their values', () => {
    const sample: CellValue[][] = [
      ['Ким Марина Викторовна', '850731400453', '+7 701 123 45 67', '31.07.1985'],
      ['Пак Виктор', 51212500780, '8 (777) 555 00 11', '12.12.2005'],
    ];
    expect(autoMapColumns(['Участник', 'Номер', 'Связь', 'Д.р.'], sample, memberFields)).toEqual([
      'fullName',
      'iin',
      'phone',
      'birthDate',
    ]);
  });

  it('gives the same layout key to the same headers however they are written', () => {
    expect(layoutKey(['ФИО', 'ИИН '])).toBe(layoutKey(['Ф.И.О.', 'иин']).replace('ф и о', 'фио'));
    expect(layoutKey(['ФИО', 'ИИН'])).not.toBe(layoutKey(['ИИН', 'ФИО']));
  });
});
