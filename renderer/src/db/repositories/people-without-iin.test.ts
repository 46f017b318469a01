import { describe, expect, it } from 'vitest';
import { openTestDb, scopeAs } from '../test-db';
import { peopleIdsWithoutIin, savePerson, setPersonDeleted } from './people';

const TODAY = '2026-11-21';

describe('the people list filtered to those without an IIN', () => {
  it('lists live people without an IIN in alphabetical order, an IIN removed or left empty too', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const save = async (surname: string, iin?: string) =>
      (await savePerson(scope, { surname, givenName: 'Тест', ...(iin ? { iin } : {}) }, TODAY)).person;
    const tsoi = await save('Цой');
    await save('Ким', '850731400453');
    const ten = await save('Тен');
    const pak = await save('Пак', '900101300126');
    const abenov = await save('Әбенов');
    const gone = await save('Ли');
    await setPersonDeleted(scope, gone.id, true);
    // The IIN cleared on the card: the person is one to complete again.
    await savePerson(scope, { surname: 'Пак', givenName: 'Тест', iin: '' }, TODAY, pak.id);
    // A record written with an empty IIN (by an older version or another PC) counts as none.
    await db.people.put({ ...tsoi, id: 'empty-iin' as typeof tsoi.id, surname: 'Ан', iin: '' });

    const ids = await peopleIdsWithoutIin(scope);
    const names = (await db.people.bulkGet(ids)).map((person) => person?.surname);
    expect(names).toEqual(['Ан', 'Әбенов', 'Пак', 'Тен', 'Цой']);
    expect(ids).toContain(ten.id);
    expect(ids).toContain(abenov.id);
  });
});
