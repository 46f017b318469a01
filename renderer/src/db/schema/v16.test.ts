import { describe, expect, it } from 'vitest';
import type { Membership } from '@shared/model/records';
import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';

const membership = (id: string, associationId: string, personName: string, role: string) => ({
  ...stamp,
  id,
  personId: `p-${id}`,
  associationId,
  personName,
  role,
});

/** An association's memberships as the list-order index gives them. */
async function inListOrder(db: Awaited<ReturnType<typeof reopenAt>>, associationId: string) {
  const found = await db
    .table<Membership, string>('memberships')
    .where('[associationId+listKey]')
    .between([associationId, ''], [associationId, '\uffff'])
    .toArray();
  return found.map((m) => m.personName);
}

describe('schema v16 (from v15): an association’s members in list order by index', () => {
  it.each(upgradeTargets(16))(
    'opens a v15 database at v%i with every membership placed in its list: roles first, then the Kazakh alphabet',
    async (target) => {
      const name = await databaseAt(15, async (v15) => {
        await v15
          .table('memberships')
          .bulkAdd([
            membership('1', 'a', 'Ілиясов Ерлан', 'member'),
            membership('2', 'a', 'Ахметов Серік', 'member'),
            membership('3', 'a', 'Яковлев Пётр', 'chairman'),
            membership('4', 'a', 'Әбілов Нұр', 'member'),
            membership('5', 'a', 'Ким Ли', 'deputy'),
            membership('6', 'b', 'Борисов Иван', 'member'),
          ]);
      });
      const db = await reopenAt(name, target);
      expect(await inListOrder(db, 'a')).toEqual([
        'Яковлев Пётр',
        'Ким Ли',
        'Ахметов Серік',
        'Әбілов Нұр',
        'Ілиясов Ерлан',
      ]);
      expect(await inListOrder(db, 'b')).toEqual(['Борисов Иван']);
      // Found by the indexes they had before, unchanged otherwise.
      expect(await db.table('memberships').where('personId').equals('p-1').first()).toMatchObject({
        personName: 'Ілиясов Ерлан',
        role: 'member',
      });
    },
  );
});
