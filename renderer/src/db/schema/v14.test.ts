import { describe, expect, it } from 'vitest';
import { databaseAt, reopenAt, stamp, upgradeTargets } from './migration-harness';

describe('schema v14 (from v13): the authority forms beside the records', () => {
  it.each(upgradeTargets(14))('opens a v13 database at v%i with its records and no forms yet', async (target) => {
    const name = await databaseAt(13, async (v13) => {
      await v13.table('receptions').add({ ...stamp, id: 'r1', topic: 'language', status: 'received' });
    });
    const db = await reopenAt(name, target);
    expect(await db.table('receptions').get('r1')).toMatchObject({ topic: 'language' });
    expect(await db.table('authorityForms').count()).toBe(0);
  });
});
