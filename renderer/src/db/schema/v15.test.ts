import { describe, expect, it } from 'vitest';
import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';

describe('schema v15 (from v14): plans, publications and reception sessions beside the records', () => {
  it.each(upgradeTargets(15))(
    'opens a v14 database at v%i with its events and receptions findable as before',
    async (target) => {
      const name = await databaseAt(14, async (v14) => {
        await v14
          .table('receptions')
          .add({ ...stamp, id: 'r1', date: '2026-03-02', topicCode: 'language', outcome: 'helped' });
        await v14
          .table('events')
          .add({ ...stamp, id: 'e1', start: '2026-03-01T10:00', status: 'held', associationIds: [] });
      });
      const db = await reopenAt(name, target);
      expect(await db.table('receptions').where('date').equals('2026-03-02').count()).toBe(1);
      expect(await db.table('events').where('[status+start]').between(['held', ''], ['held', '\uffff']).count()).toBe(
        1,
      );
      expect(await db.table('plans').count()).toBe(0);
      expect(await db.table('planItems').count()).toBe(0);
      expect(await db.table('publications').count()).toBe(0);
      expect(await db.table('receptionSessions').count()).toBe(0);
    },
  );

  it('finds the events of a plan item and the receptions of a session by index', async () => {
    const name = await databaseAt(14, async () => {});
    const db = await reopenAt(name, 15);
    await db
      .table('events')
      .add({ ...stamp, id: 'e1', start: '2026-03-01T10:00', status: 'held', associationIds: [], planItemId: 'i1' });
    await db
      .table('receptions')
      .add({ ...stamp, id: 'r1', date: '2026-03-02', topicCode: 'land', outcome: 'control', sessionId: 's1' });
    expect((await db.table('events').where('planItemId').equals('i1').toArray()).map((e) => e.id)).toEqual(['e1']);
    expect((await db.table('receptions').where('sessionId').equals('s1').toArray()).map((r) => r.id)).toEqual(['r1']);
  });
});
