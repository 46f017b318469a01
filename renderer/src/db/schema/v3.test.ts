import { databaseAt, eventFields, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import type { KelisimEvent, Person } from '@shared/model/records';

describe('schema v3 (from v2): undo of imports and events by association', () => {
  it.each(upgradeTargets(3))(
    'opens a v2 database at v%i and finds events by the associations that took part',
    async (target) => {
      const name = await databaseAt(2, async (v2) => {
        await v2.table('events').bulkAdd([
          {
            ...eventFields,
            id: 'e1',
            title: 'Круглый стол',
            start: '2026-05-10T10:00',
            status: 'held',
            associationIds: ['a1', 'a2'],
          },
          {
            ...eventFields,
            id: 'e2',
            title: 'Семинар',
            start: '2026-05-11T10:00',
            status: 'planned',
            associationIds: [],
          },
          {
            ...eventFields,
            id: 'e3',
            title: 'Наурыз',
            start: '2026-03-21T11:00',
            status: 'held',
            associationIds: ['a2'],
            deletedAt: '2026-04-01T00:00:00.000Z',
          },
        ]);
        await v2.table('people').add({
          ...stamp,
          id: 'p1',
          surname: 'Ким',
          givenName: 'Марина',
          searchTokens: ['ким', 'марина'],
        });
      });

      const db = await reopenAt(name, target);
      const events = db.table<KelisimEvent, string>('events');
      expect(db.verno).toBe(target);
      expect(await events.where('associationIds').equals('a2').primaryKeys()).toEqual(['e1', 'e3']);
      expect(await events.where('associationIds').equals('a1').primaryKeys()).toEqual(['e1']);
      expect(await events.count()).toBe(3);
      // From v13 on, name words are indexed as name skeletons (text/name-skeleton).
      const prefix = target >= 13 ? 'mar' : 'мар';
      expect(await db.table<Person, string>('people').where('searchTokens').startsWith(prefix).primaryKeys()).toEqual([
        'p1',
      ]);

      const changes = db.table('importChanges');
      expect(await changes.count()).toBe(0);
      await changes.bulkAdd([
        { id: 'c1', batchId: 'b1', table: 'people', recordId: 'p1', before: { surname: 'Kim' } },
        { id: 'c2', batchId: 'b2', table: 'people', recordId: 'p2' },
        { id: 'c3', batchId: 'b1', table: 'memberships', recordId: 'm1' },
      ]);
      expect(await changes.where('batchId').equals('b1').primaryKeys()).toEqual(['c1', 'c3']);
    },
  );
});
