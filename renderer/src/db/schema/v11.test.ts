import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';

describe('schema v11 (from v10): sync bookkeeping beside the records', () => {
  it.each(upgradeTargets(11))('opens a v10 database at v%i with its records and empty sync tables', async (target) => {
    const name = await databaseAt(10, async (v10) => {
      await v10.table('receptions').add({ ...stamp, id: 'r1', topic: 'language', status: 'received' });
    });
    const db = await reopenAt(name, target);
    expect(await db.table('receptions').get('r1')).toMatchObject({ topic: 'language' });
    for (const table of ['syncOutbox', 'syncRevs', 'syncConflicts']) expect(await db.table(table).count()).toBe(0);
  });
});
