import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { parsePeopleQuery } from '@shared/people/search';
import { searchWords } from '@shared/text/search-normalize';

/** A person as version 12 stored one: the folded Cyrillic words in the search index. */
const v12Person = (id: string, surname: string, givenName: string, extra: Partial<Person> = {}) => ({
  ...stamp,
  id: toPersonId(id),
  surname,
  givenName,
  ...extra,
  searchTokens: [...searchWords(`${surname} ${givenName}`), ...(extra.iin ? [extra.iin] : [])],
});

/** The people the index finds for what was typed, as the people search reads it. */
async function found(people: Table<Person, string>, typed: string) {
  const query = parsePeopleQuery(typed);
  if (!query) return [];
  const hits = await people.where('searchTokens').startsWithAnyOf(query.indexPrefixes).distinct().toArray();
  return hits.map((person) => person.surname).sort();
}

describe('schema v13 (from v12): names found in either script', () => {
  it.each(upgradeTargets(13))(
    'opens a v12 database at v%i and finds its Cyrillic people from Latin and Cyrillic queries, and by IIN',
    async (target) => {
      const name = await databaseAt(12, async (v12) => {
        await v12
          .table('people')
          .bulkAdd([
            v12Person('a', 'Жанбырбаев', 'Ержан', { iin: '900101300126' }),
            v12Person('b', 'Қасымова', 'Әлия'),
            v12Person('c', 'Хасанов', 'Тимур'),
          ]);
      });
      const db = await reopenAt(name, target);
      const people = db.table<Person, string>('people');
      expect(await found(people, 'Zhanbyrbayev')).toEqual(['Жанбырбаев']);
      expect(await found(people, 'Janbyrbaev')).toEqual(['Жанбырбаев']);
      expect(await found(people, 'жанбыр')).toEqual(['Жанбырбаев']);
      expect(await found(people, 'Qasymova')).toEqual(['Қасымова']);
      expect(await found(people, 'Khasanov')).toEqual(['Хасанов']);
      expect(await found(people, '900101')).toEqual(['Жанбырбаев']);
      // Nothing else changed: names, the IIN and the alphabetical key are as they were.
      const stored = await people.get('a');
      expect(stored).toMatchObject({ surname: 'Жанбырбаев', givenName: 'Ержан', iin: '900101300126' });
    },
  );

  it('opens an empty v12 database', async () => {
    const name = await databaseAt(12, async () => {});
    const db = await reopenAt(name, 13);
    expect(await db.table('people').count()).toBe(0);
  });
});
