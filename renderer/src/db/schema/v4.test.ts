import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Membership, Person } from '@shared/model/records';

function storedIndexes(db: Dexie, table: string): string[] {
  return [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
}

describe('schema v4 (from v3): fewer people indexes, member names on memberships', () => {
  it.each(upgradeTargets(4))(
    'opens a v3 database at v%i and keeps finding people by IIN, surname and search words',
    async (target) => {
      const name = await databaseAt(3, async (v3) => {
        await v3.table('people').add({
          ...stamp,
          id: 'p1',
          surname: 'Сейітов',
          givenName: 'Нұрлан',
          iin: '900101300126',
          placeId: '314854100',
          updatedAt: '2026-01-01T00:00:00.000Z',
          searchTokens: ['сейитов', 'нурлан', '900101300126'],
        });
      });

      const db = await reopenAt(name, target);
      const people = db.table<Person, string>('people');
      expect(db.verno).toBe(target);
      expect(await people.where('iin').equals('900101300126').primaryKeys()).toEqual(['p1']);
      expect(await people.where('surname').equals('Сейітов').primaryKeys()).toEqual(['p1']);
      // From v13 on, name words are indexed as name skeletons (text/name-skeleton).
      const prefix = target >= 13 ? 'seit' : 'сейит';
      expect(await people.where('searchTokens').startsWith(prefix).primaryKeys()).toEqual(['p1']);
      expect((await people.get('p1'))?.placeId).toBe('314854100');
      // The fields stay on the records; only the indexes every import paid for are gone.
      expect(storedIndexes(db, 'people')).toEqual(
        expect.arrayContaining(['deletedAt', 'iin', 'searchTokens', 'surname']),
      );
      expect(storedIndexes(db, 'people')).not.toContain('placeId');
      expect(storedIndexes(db, 'people')).not.toContain('updatedAt');
    },
  );

  it.each(upgradeTargets(4))(
    'opens a v3 database at v%i, names every member on the membership and finds former members by leaving date',
    async (target) => {
      const name = await databaseAt(3, async (v3) => {
        await v3.table('people').bulkAdd([
          { ...stamp, id: 'p1', surname: 'Сейітов', givenName: 'Нұрлан', searchTokens: ['сейитов', 'нурлан'] },
          {
            ...stamp,
            id: 'p2',
            surname: 'Ким',
            givenName: 'Марина',
            patronymic: 'Александровна',
            searchTokens: ['ким', 'марина', 'александровна'],
          },
        ]);
        // Memberships as version 3 wrote them, without the member's name; m3 points at no person,
        // which upgradeToV4 must get through.
        await v3.table('memberships').bulkAdd([
          { ...stamp, id: 'm1', personId: 'p1', associationId: 'a1', role: 'chairman', joinedOn: '2019-03-01' },
          {
            ...stamp,
            id: 'm2',
            personId: 'p2',
            associationId: 'a1',
            role: 'member',
            joinedOn: '2020-01-15',
            leftOn: '2025-12-31',
          },
          { ...stamp, id: 'm3', personId: 'p-missing', associationId: 'a2', role: 'member' },
        ]);
      });

      const db = await reopenAt(name, target);
      const memberships = db.table<Membership, string>('memberships');
      expect(await memberships.get('m1')).toMatchObject({ personName: 'Сейітов Нұрлан', role: 'chairman' });
      expect(await memberships.get('m2')).toMatchObject({
        personName: 'Ким Марина Александровна',
        leftOn: '2025-12-31',
      });
      expect((await memberships.get('m3'))?.personName).toBe('');
      expect(await memberships.where('leftOn').above('').primaryKeys()).toEqual(['m2']);
      expect(await memberships.where('associationId').equals('a1').count()).toBe(2);
    },
  );
});
