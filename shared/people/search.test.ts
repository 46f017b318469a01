import { describe, expect, it } from 'vitest';
import { fullName, matchesAllWords, parsePeopleQuery, personSearchTokens } from './search';

const person = {
  surname: 'Жақыпова',
  givenName: 'Әсел',
  patronymic: 'Серікқызы',
  iin: '850731400453',
  phone: '77011234567',
};

describe('people search', () => {
  it('indexes the name as skeleton keys, the IIN and the phone', () => {
    expect(personSearchTokens(person).sort()).toEqual(
      ['jakipova', 'asel', 'serikkizi', '850731400453', '77011234567'].sort(),
    );
  });

  it('finds a Kazakh name typed with Russian letters', () => {
    const query = parsePeopleQuery('жакып асе');
    expect(query).toEqual({ indexPrefixes: ['jakip'], words: [['ase']] });
    expect(matchesAllWords(personSearchTokens(person), query?.words ?? [])).toBe(true);
  });

  it.each([
    ['Zhakypova Asel', true],
    ['Jaqypova Äsel', true],
    ['Асел Жақыпова', true],
    ['Zhakypova Aigul', false],
    ['Zakypova', false],
    ['ZHAKYPOVA ASEL', true],
    ['İLIYAS', false],
  ])('finds a Cyrillic name from the Latin query %s: %s', (typed, found) => {
    const query = parsePeopleQuery(typed);
    const tokens = personSearchTokens(person);
    const first = query?.indexPrefixes.some((prefix) => tokens.some((token) => token.startsWith(prefix))) ?? false;
    expect(first && matchesAllWords(tokens, query?.words ?? [])).toBe(found);
  });

  it('finds a person written in Latin from a Cyrillic query, and by the passport spelling', () => {
    const foreign = personSearchTokens({ surname: 'Zhanbyrbayev', givenName: 'Yerzhan' });
    expect(parsePeopleQuery('Жанбыр')?.indexPrefixes.some((prefix) => foreign.some((t) => t.startsWith(prefix)))).toBe(
      true,
    );
    const withPassport = personSearchTokens({ surname: 'Цой', givenName: 'Виктор', latinName: 'TSOI VIKTOR' });
    expect(withPassport).toContain('coi');
    expect(withPassport).toContain('viktor');
  });

  it('treats a phone typed with 8 as both 8… and 7…', () => {
    expect(parsePeopleQuery('8 (701) 123')).toEqual({ indexPrefixes: ['8701123', '7701123'], words: [] });
  });

  it('reads digits as one word, an IIN prefix or a phone', () => {
    expect(parsePeopleQuery('900101')).toEqual({ indexPrefixes: ['900101'], words: [] });
    expect(parsePeopleQuery('701 123')).toEqual({ indexPrefixes: ['701123', '7701123'], words: [] });
    expect(parsePeopleQuery('+7 701')).toEqual({ indexPrefixes: ['7701', '77701'], words: [] });
    expect(parsePeopleQuery('850731')).toEqual({ indexPrefixes: ['850731', '750731'], words: [] });
  });

  it('ignores an empty query', () => {
    expect(parsePeopleQuery('   ')).toBeNull();
  });

  it('rejects a person when one of the words matches nothing', () => {
    expect(matchesAllWords(personSearchTokens(person), [['asel'], ['ivanov']])).toBe(false);
  });

  it('writes the full name without a missing patronymic', () => {
    expect(fullName({ surname: 'Ким', givenName: 'Виктор' })).toBe('Ким Виктор');
    expect(fullName(person)).toBe('Жақыпова Әсел Серікқызы');
  });
});
