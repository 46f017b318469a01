import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import type { Council, MediationCase, TensionRisk } from '@shared/model/records';

describe('schema v8 (from v7): monitoring found by reception, measure, mediator and council member', () => {
  it.each(upgradeTargets(8))(
    'opens a v7 database at v%i, keeps its risks and finds them by the reception that opened them and by measure',
    async (target) => {
      const name = await databaseAt(7, async (v7) => {
        await v7.table('tensionRisks').bulkAdd([
          {
            ...stamp,
            id: 'k1',
            placeId: '314839100',
            description: 'Спор о пастбищах',
            groupIds: ['kazakhs', 'uzbeks'],
            source: 'reception',
            level: 'medium',
            levelHistory: [{ on: '2026-09-01', to: 'medium', author: 'Айгерим' }],
            status: 'watched',
            identifiedOn: '2026-09-01',
            originReceptionId: 'r1',
            measureEventIds: ['e1', 'e2'],
            confidential: true,
          },
          {
            ...stamp,
            id: 'k2',
            description: 'Слухи в соцсетях',
            groupIds: [],
            source: 'media',
            level: 'low',
            levelHistory: [],
            status: 'resolved',
            identifiedOn: '2026-08-15',
            measureEventIds: ['e3'],
            confidential: true,
          },
        ]);
        await v7
          .table('councils')
          .add({ ...stamp, id: 'c1', kind: 'biys', name: 'Совет биев', memberIds: ['p1', 'p2'] });
        await v7.table('mediationCases').bulkAdd([
          {
            ...stamp,
            id: 'mc1',
            date: '2026-09-20',
            parties: ['Семья Ахметовых', 'Семья Каримовых'],
            disputeType: 'land',
            mediatorId: 'p2',
            councilId: 'c1',
            result: 'reconciled',
            confidential: true,
          },
          {
            ...stamp,
            id: 'mc2',
            date: '2026-10-02',
            parties: ['Жители улицы Абая'],
            disputeType: 'household',
            councilId: 'c1',
            confidential: true,
          },
        ]);
        await v7.table('exchangePackages').add({
          ...stamp,
          id: '314800000:2026-07-01:2026-09-30',
          district: '314800000',
          from: '2026-07-01',
          to: '2026-09-30',
          receivedAt: '2026-10-05T04:00:00.000Z',
        });
      });

      const db = await reopenAt(name, target);
      const risks = db.table<TensionRisk, string>('tensionRisks');
      expect(db.verno).toBe(target);
      expect(await risks.where('originReceptionId').equals('r1').primaryKeys()).toEqual(['k1']);
      expect(await risks.where('measureEventIds').equals('e2').primaryKeys()).toEqual(['k1']);
      expect(await risks.where('measureEventIds').equals('e3').primaryKeys()).toEqual(['k2']);
      expect(await risks.get('k1')).toMatchObject({ levelHistory: [{ on: '2026-09-01', to: 'medium' }] });
      expect(await db.table<Council, string>('councils').where('memberIds').equals('p2').primaryKeys()).toEqual(['c1']);
      const cases = db.table<MediationCase, string>('mediationCases');
      expect(await cases.where('mediatorId').equals('p2').primaryKeys()).toEqual(['mc1']);
      expect(await cases.where('councilId').equals('c1').count()).toBe(2);
      expect(await db.table('exchangePackages').where('[from+to]').equals(['2026-07-01', '2026-09-30']).count()).toBe(
        1,
      );
    },
  );
});
