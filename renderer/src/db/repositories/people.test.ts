import { describe, expect, it } from 'vitest';
import type { PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { personSearchTokens } from '@shared/people/search';
import { openTestDb, scopeAs } from '../test-db';
import { searchPeople } from './people';

function person(id: string, fields: Partial<Person> & Pick<Person, 'surname' | 'givenName'>): Person {
  const base = { id: id as PersonId, createdAt: '', updatedAt: '', author: 't', ...fields };
  return { ...base, searchTokens: personSearchTokens(base) };
}

const people = [
  person('1', { surname: 'Әбдірахманов', givenName: 'Нұрлан', iin: '900101300126', phone: '77011234567' }),
  person('2', { surname: 'Абдрахманова', givenName: 'Айгүл', iin: '850731400453' }),
  person('3', { surname: 'Ким', givenName: 'Марина', phone: '77775550011' }),
  person('4', { surname: 'Абдуллаев', givenName: 'Рустам', deletedAt: '2026-01-01T00:00:00.000Z' }),
];

describe('people search', () => {
  it('finds Kazakh names typed in Russian letters, ignoring case', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.people.bulkAdd(people);
    expect((await searchPeople(scope, 'АБДИР')).map((p) => p.id)).toEqual(['1']);
    expect((await searchPeople(scope, 'абд')).map((p) => p.id).sort()).toEqual(['1', '2']);
  });

  it('narrows by every word typed, in any order', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.people.bulkAdd(people);
    expect((await searchPeople(scope, 'абд айгул')).map((p) => p.id)).toEqual(['2']);
    expect((await searchPeople(scope, 'нурлан абд')).map((p) => p.id)).toEqual(['1']);
  });

  it('finds by IIN prefix and by phone written any way', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.people.bulkAdd(people);
    expect((await searchPeople(scope, '850731')).map((p) => p.id)).toEqual(['2']);
    expect((await searchPeople(scope, '8 701 123')).map((p) => p.id)).toEqual(['1']);
    expect((await searchPeople(scope, '+7 777 555')).map((p) => p.id)).toEqual(['3']);
    expect((await searchPeople(scope, '777555')).map((p) => p.id)).toEqual(['3']);
  });

  it('leaves deleted people out', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.people.bulkAdd(people);
    expect(await searchPeople(scope, 'абдул')).toEqual([]);
  });

  it('returns at most the limit', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.people.bulkAdd(
      Array.from({ length: 80 }, (_, index) => person(`n${index}`, { surname: 'Нурланов', givenName: `Имя${index}` })),
    );
    expect(await searchPeople(scope, 'нур')).toHaveLength(50);
    expect(await searchPeople(scope, 'нур', 10)).toHaveLength(10);
  });
});
