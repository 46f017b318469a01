import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import { personSortKey } from '@shared/text/sort-key';
import type { Association, Person } from '@shared/model/records';
import { personSearchTokens } from '@shared/people/search';

/** People as version 1 wrote them: no search words yet. */
const v1People = [
  { ...stamp, id: 'p1', surname: 'Құдайбергенов', givenName: 'Ерлан', iin: '900101300126', phone: '77011234567' },
  { ...stamp, id: 'p2', surname: 'Ким', givenName: 'Марина', deletedAt: '2026-01-01T00:00:00.000Z' },
  { ...stamp, id: 'p3', surname: 'Сейітов', givenName: 'Нұрлан', patronymic: 'Бақытұлы', placeId: '314854100' },
];

describe('schema v2 (from v1): search words of people', () => {
  it.each(upgradeTargets(2))(
    'opens a v1 database at v%i, keeps its records and makes its people searchable',
    async (target) => {
      const name = await databaseAt(1, async (v1) => {
        await v1.table('people').bulkAdd(v1People);
        await v1
          .table('associations')
          .add({ ...stamp, id: 'a1', nameRu: 'Корейский центр', status: 'active', ethnicGroupIds: [] });
      });

      const db = await reopenAt(name, target);
      const people = db.table<Person, string>('people');
      expect(db.verno).toBe(target);
      expect(await db.table<Association, string>('associations').count()).toBe(1);
      const person = await people.get('p1');
      expect(person?.searchTokens).toEqual(
        // The step computes the words as this build does: name skeletons (text/name-skeleton).
        expect.arrayContaining(['kudaibergenov', 'erlan', '900101300126', '77011234567']),
      );
      for (const before of v1People) {
        // From v10 on, each also carries the collation key the people list is ordered by.
        const sortKey = target >= 10 ? { sortKey: personSortKey(before) } : {};
        expect(await people.get(before.id)).toEqual({
          ...before,
          searchTokens: personSearchTokens(before),
          ...sortKey,
        });
      }
      expect(await people.where('searchTokens').startsWith('kudai').primaryKeys()).toEqual(['p1']);
      expect(await people.where('searchTokens').startsWith('bakit').primaryKeys()).toEqual(['p3']);
      expect(await people.where('searchTokens').equals('77011234567').primaryKeys()).toEqual(['p1']);
      expect((await people.get('p2'))?.deletedAt).toBe('2026-01-01T00:00:00.000Z');
    },
  );
});
