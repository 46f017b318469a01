import { auditEntry, databaseAt, eventFields, operatorRecord, reopenAt, upgradeTargets } from './migration-harness';
import { GENESIS_HASH } from '@shared/audit/chain';
import { describe, expect, it } from 'vitest';
import type { KelisimEvent } from '@shared/model/records';

describe('schema v6 (from v5): events by status and start', () => {
  it.each(upgradeTargets(6))(
    'opens a v5 database at v%i and finds overdue planned events through one index range',
    async (target) => {
      const name = await databaseAt(5, async (v5) => {
        await v5.table('events').bulkAdd([
          {
            ...eventFields,
            id: 'e1',
            title: 'Семинар',
            start: '2026-11-10T10:00',
            status: 'planned',
            associationIds: [],
          },
          {
            ...eventFields,
            id: 'e2',
            title: 'Круглый стол',
            start: '2026-11-12T10:00',
            status: 'held',
            associationIds: ['a1'],
          },
          {
            ...eventFields,
            id: 'e3',
            title: 'Тренинг',
            start: '2026-12-01T10:00',
            status: 'planned',
            associationIds: [],
          },
          {
            ...eventFields,
            id: 'e4',
            title: 'Концерт',
            start: '2026-10-02T18:00',
            status: 'cancelled',
            associationIds: [],
          },
        ]);
        await v5.table('operators').add(operatorRecord('o1', 'admin'));
        await v5.table('auditLog').add(auditEntry(1, 'sign-in', GENESIS_HASH));
      });

      const db = await reopenAt(name, target);
      const events = db.table<KelisimEvent, string>('events');
      expect(db.verno).toBe(target);
      expect(
        await events.where('[status+start]').between(['planned', ''], ['planned', '2026-11-21']).primaryKeys(),
      ).toEqual(['e1']);
      expect(
        await events.where('[status+start]').between(['planned', ''], ['planned', '2026-12-31']).primaryKeys(),
      ).toEqual(['e1', 'e3']);
      expect(await events.where('[status+start]').equals(['held', '2026-11-12T10:00']).primaryKeys()).toEqual(['e2']);
      expect(await events.where('associationIds').equals('a1').primaryKeys()).toEqual(['e2']);
      expect(await db.table('operators').where('login').equals('admin').primaryKeys()).toEqual(['o1']);
      expect(await db.table('auditLog').where('seq').equals(1).primaryKeys()).toEqual(['audit-1']);
    },
  );
});
