import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../text/search-normalize';
import { matchSignIn, signInEntries } from './sign-in-sheet';

describe('reading a sign-in sheet', () => {
  it('reads the name columns and the IIN column under a Russian header, leaving the other columns alone', () => {
    expect(
      signInEntries([
        ['Лист регистрации участников круглого стола'],
        ['№', 'Фамилия', 'Имя', 'Отчество', 'ИИН', 'Место работы', 'Подпись'],
        [1, 'Ким', 'Ольга', 'Сергеевна', '850312 450123', 'Школа № 2', null],
        [2, 'Абенова', 'Динара', null, 50312450123, 'Акимат', null],
        [null, null, null, null, null, null, null],
        ['Итого: 2'],
      ]),
    ).toEqual([
      { row: 3, name: 'Ким Ольга Сергеевна', iin: '850312450123' },
      // A number cell lost the IIN's leading zero.
      { row: 4, name: 'Абенова Динара', iin: '050312450123' },
    ]);
  });

  it('reads a Kazakh sheet whose title mentions participants without taking it for the header', () => {
    expect(
      signInEntries([
        ['Қатысушылар тізімі'],
        ['Р/с', 'Аты-жөні', 'ЖСН', 'Қолы'],
        [1, 'Тулегенов  Арман Бекұлы', '', ''],
      ]),
    ).toEqual([{ row: 3, name: 'Тулегенов Арман Бекұлы' }]);
  });

  it("without a header takes each row's twelve digits as the IIN and its first two-word cell as the name", () => {
    expect(signInEntries([['Семинар 12.11.2026'], [1, 'Ким Ольга', '850312450123']])).toEqual([
      { row: 2, name: 'Ким Ольга', iin: '850312450123' },
    ]);
  });
});

describe('matching a sign-in sheet to the registry', () => {
  const people = [
    { id: 'kim', iin: '850312450123', nameKey: foldForSearch('Ким Ольга Сергеевна') },
    { id: 'abenova', nameKey: foldForSearch('Абенова Динара') },
    { id: 'nurlan-1', nameKey: foldForSearch('Сейітов Нұрлан') },
    { id: 'nurlan-2', nameKey: foldForSearch('Сейітов Нұрлан') },
  ];

  it('finds people by IIN, then by a name that fits one person, and names each once', () => {
    const match = matchSignIn(
      [
        { row: 3, iin: '850312450123', name: 'Ким О.' },
        { row: 4, name: 'АБЕНОВА Динара' },
        { row: 5, name: 'Ким Ольга Сергеевна' },
        { row: 6, name: 'Сейітов Нұрлан' },
        { row: 7, name: 'Иванов Иван', iin: '900101300126' },
      ],
      people,
    );
    expect(match.personIds).toEqual(['kim', 'abenova']);
    expect(match.ambiguous.map((entry) => entry.row)).toEqual([6]);
    expect(match.unknown.map((entry) => entry.row)).toEqual([7]);
  });
});
