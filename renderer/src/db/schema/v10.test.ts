import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { SCHEMA_VERSION } from '../db';
import { describe, expect, it } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';

const person = (id: string, surname: string, givenName: string): Person => ({
  ...stamp,
  id: toPersonId(id),
  surname,
  givenName,
  searchTokens: [surname.toLowerCase()],
});

describe('schema v10 (from v9): people in alphabetical order', () => {
  it.each(upgradeTargets(10))(
    'opens a v9 database at v%i and lists its people in the Kazakh and Russian alphabet, not in Unicode order',
    async (target) => {
      const name = await databaseAt(9, async (v9) => {
        await v9
          .table('people')
          .bulkAdd([
            person('p1', 'Ілияс', 'Серік'),
            person('p2', 'Яковлев', 'Иван'),
            person('p3', 'Әбілов', 'Нұрлан'),
            person('p4', 'Ахметов', 'Ерлан'),
            person('p5', 'Ахметов', 'Айдос'),
            person('p6', 'Ұлықбеков', 'Марат'),
            person('p7', 'Ыбыраев', 'Асқар'),
          ]);
      });
      const db = await reopenAt(name, target);
      const inOrder = await db.table<Person, string>('people').orderBy('sortKey').toArray();
      expect(inOrder.map((p) => `${p.surname} ${p.givenName}`)).toEqual([
        'Ахметов Айдос',
        'Ахметов Ерлан',
        'Әбілов Нұрлан',
        'Ұлықбеков Марат',
        'Ыбыраев Асқар',
        'Ілияс Серік',
        'Яковлев Иван',
      ]);
    },
  );

  it('keys everyone written afterwards, by any path, and a renamed person moves', async () => {
    // The application's own database, whose writes go through the data layer's middleware.
    const db = await reopenAt(`new-${crypto.randomUUID()}`, SCHEMA_VERSION);
    const people = db.table<Person, string>('people');
    await people.bulkAdd([person('a', 'Өмірбеков', 'Ерлан'), person('b', 'Оспанов', 'Бек')]);
    await people.add(person('c', 'Ілияс', 'Серік'));
    await people.update('a', { surname: 'Абенов' });
    await people.toCollection().modify((p) => {
      if (p.id === 'b') p.surname = 'Яхин';
    });
    expect((await people.orderBy('sortKey').toArray()).map((p) => p.surname)).toEqual(['Абенов', 'Ілияс', 'Яхин']);
  });
});
