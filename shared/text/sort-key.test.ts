import { describe, expect, it } from 'vitest';
import { nameStock } from '@shared/demo/names';
import { compareText } from './collator';
import { collationKey, personSortKey } from './sort-key';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the alphabetical order of names', () => {
  it('follows the Kazakh alphabet, which holds the Russian one: І after Ы, Ә after А, Ұ before Ү', () => {
    const names = ['Ілияс', 'Ахметов', 'Әбілов', 'Ғалымов', 'Гарин', 'Үсенов', 'Ұлықбек', 'Ыбырай', 'Яковлев', 'Ёлкин'];
    expect([...names].sort(compareText)).toEqual([
      'Ахметов',
      'Әбілов',
      'Гарин',
      'Ғалымов',
      'Ёлкин',
      'Ұлықбек',
      'Үсенов',
      'Ыбырай',
      'Ілияс',
      'Яковлев',
    ]);
  });

  it("is the order of ICU's Kazakh collation (which Node has and Chromium lacks), for every name the demo office has", () => {
    const words = new Set<string>();
    for (const stock of Object.values(nameStock))
      for (const word of [...stock.male, ...stock.female, ...stock.surnames]) words.add(word);
    const extra = [
      'Ким-Ли',
      'Ким Пак',
      'Smith',
      'Müller',
      'Ноғаев',
      'Ңаа',
      'Һибатулла',
      'Кузнецов',
      'Қасымов',
      "Д'Артаньян",
    ];
    const all = [...words, ...extra];
    expect(all.length).toBeGreaterThan(150);
    const byCollator = [...all].sort(new Intl.Collator('kk').compare);
    expect([...all].sort(compareText)).toEqual(byCollator);
    const byKey = [...all].sort((a, b) => byCodeUnits(collationKey(a), collationKey(b)));
    expect(byKey).toEqual(byCollator);
  });

  it('ignores letter case and the spaces around a name', () => {
    expect(collationKey('  ӘБІЛОВ ')).toBe(collationKey('әбілов'));
  });

  it('orders people by surname, then given name, then patronymic; a shorter surname before a longer one', () => {
    const people = [
      { surname: 'Ким-Ли', givenName: 'Анна' },
      { surname: 'Ким', givenName: 'Юрий' },
      { surname: 'Ким', givenName: 'Әлия', patronymic: 'Сергеевна' },
      { surname: 'Ким', givenName: 'Әлия' },
      { surname: 'Ким', givenName: 'Анна' },
    ];
    const sorted = [...people].sort((a, b) => byCodeUnits(personSortKey(a), personSortKey(b)));
    expect(sorted.map((p) => `${p.surname} ${p.givenName} ${p.patronymic ?? ''}`.trim())).toEqual([
      'Ким Анна',
      'Ким Әлия',
      'Ким Әлия Сергеевна',
      'Ким Юрий',
      'Ким-Ли Анна',
    ]);
  });
});
