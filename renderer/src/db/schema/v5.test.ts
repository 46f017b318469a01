import { auditEntry, databaseAt, operatorRecord, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '@shared/audit/chain';
import type { Membership, Person, Setting } from '@shared/model/records';

describe('schema v5 (from v4): operators and the chained audit log', () => {
  it.each(upgradeTargets(5))(
    'opens a v4 database at v%i, keeps its registry and finds operators by their unique login',
    async (target) => {
      const name = await databaseAt(4, async (v4) => {
        await v4.table('people').add({
          ...stamp,
          id: 'p1',
          surname: 'Ким',
          givenName: 'Марина',
          iin: '850315450123',
          searchTokens: ['ким', 'марина', '850315450123'],
        });
        await v4.table('memberships').add({
          ...stamp,
          id: 'm1',
          personId: 'p1',
          associationId: 'a1',
          personName: 'Ким Марина',
          role: 'member',
        });
        await v4
          .table('settings')
          .add({ id: 'office', value: { name: 'Отдел внутренней политики' }, updatedAt: stamp.updatedAt });
      });

      const db = await reopenAt(name, target);
      expect(db.verno).toBe(target);
      expect(await db.table<Person, string>('people').where('iin').equals('850315450123').primaryKeys()).toEqual([
        'p1',
      ]);
      expect((await db.table<Membership, string>('memberships').get('m1'))?.personName).toBe('Ким Марина');
      expect((await db.table<Setting, string>('settings').get('office'))?.value).toEqual({
        name: 'Отдел внутренней политики',
      });

      const operators = db.table('operators');
      expect(await operators.count()).toBe(0);
      await operators.bulkAdd([operatorRecord('o1', 'admin'), operatorRecord('o2', 'marina', 'editor')]);
      expect(await operators.where('login').equals('marina').primaryKeys()).toEqual(['o2']);
      await expect(operators.add(operatorRecord('o3', 'admin'))).rejects.toMatchObject({
        name: 'ConstraintError',
      });
    },
  );

  // Before v5 nothing wrote the audit log (its table was declared in v1 and left empty), so the
  // new indexes are tested on the entries the first signed-in session writes.
  it.each(upgradeTargets(5))(
    'opens a v4 database at v%i and orders the audit log by a unique sequence, findable by action',
    async (target) => {
      const name = await databaseAt(4, async () => {});

      const db = await reopenAt(name, target);
      const auditLog = db.table('auditLog');
      const first = auditEntry(1, 'admin-created', GENESIS_HASH);
      const second = auditEntry(2, 'sign-in', first.hash);
      const third = auditEntry(3, 'sign-out', second.hash);
      await auditLog.bulkAdd([third, first, second]);
      expect(await auditLog.orderBy('seq').primaryKeys()).toEqual(['audit-1', 'audit-2', 'audit-3']);
      expect(await auditLog.where('action').equals('sign-in').primaryKeys()).toEqual(['audit-2']);
      // From version 12 each PC numbers its own chain, and the sequence alone is unique no more (v12.test.ts).
      if (target < 12)
        await expect(auditLog.add({ ...auditEntry(3, 'sign-in', third.hash), id: 'audit-3b' })).rejects.toMatchObject({
          name: 'ConstraintError',
        });
    },
  );
});
