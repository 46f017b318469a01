import { databaseAt, eventFields, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import type { KelisimEvent, Reception } from '@shared/model/records';

function receivedPackage(district: string, from: string, to: string, receivedAt: string) {
  return {
    ...stamp,
    id: `${district}:${from}:${to}`,
    district,
    from,
    to,
    fileName: `kelisim-${district}-${from}.xlsx`,
    receivedAt,
    receivedBy: 'oblast',
  };
}

describe('schema v7 (from v6): packages received from the districts', () => {
  it.each(upgradeTargets(7))(
    'opens a v6 database at v%i, keeps its records and finds received packages by district and period',
    async (target) => {
      const name = await databaseAt(6, async (v6) => {
        await v6.table('events').add({
          ...eventFields,
          id: 'e1',
          title: 'Семинар',
          start: '2026-11-10T10:00',
          status: 'held',
          associationIds: [],
        });
        await v6.table('receptions').add({
          ...stamp,
          id: 'r1',
          date: '2026-11-11',
          topicCode: 'land',
          outcome: 'helped',
          confidential: false,
        });
      });

      const db = await reopenAt(name, target);
      expect(db.verno).toBe(target);
      expect(
        await db
          .table<KelisimEvent, string>('events')
          .where('[status+start]')
          .equals(['held', '2026-11-10T10:00'])
          .primaryKeys(),
      ).toEqual(['e1']);
      expect(await db.table<Reception, string>('receptions').count()).toBe(1);

      const packages = db.table('exchangePackages');
      await packages.bulkAdd([
        receivedPackage('314800000', '2026-07-01', '2026-09-30', '2026-10-05T04:00:00.000Z'),
        receivedPackage('315000000', '2026-07-01', '2026-09-30', '2026-10-06T04:00:00.000Z'),
        receivedPackage('314800000', '2026-04-01', '2026-06-30', '2026-07-02T04:00:00.000Z'),
      ]);
      expect(await packages.where('district').equals('314800000').count()).toBe(2);
      expect(await packages.where('[from+to]').equals(['2026-07-01', '2026-09-30']).primaryKeys()).toEqual([
        '314800000:2026-07-01:2026-09-30',
        '315000000:2026-07-01:2026-09-30',
      ]);
      expect(await packages.orderBy('receivedAt').last()).toMatchObject({ district: '315000000' });

      // A package sent again for the same district and period replaces the earlier one.
      await packages.put(receivedPackage('314800000', '2026-07-01', '2026-09-30', '2026-10-09T04:00:00.000Z'));
      expect(await packages.count()).toBe(3);
      expect(await packages.orderBy('receivedAt').last()).toMatchObject({ district: '314800000' });

      const rows = db.table('exchangePackageRows');
      await rows.add({ id: '314800000:2026-07-01:2026-09-30', rows: { associations: [] } });
      expect(await rows.get('314800000:2026-07-01:2026-09-30')).toMatchObject({ rows: { associations: [] } });
    },
  );
});
