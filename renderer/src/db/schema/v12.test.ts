import { auditEntry, databaseAt, reopenAt, upgradeTargets } from './migration-harness';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../db';
import { GENESIS_HASH, verifyChain } from '@shared/audit/chain';
import type { AuditEntry, Setting } from '@shared/model/records';

describe('schema v12 (from v11): one audit chain per PC', () => {
  it.each(upgradeTargets(12))(
    'opens a v11 database at v%i with its chain named as this PC’s, still intact, beside another PC’s entry of the same number',
    async (target) => {
      const first = auditEntry(1, 'login', GENESIS_HASH);
      const second = auditEntry(2, 'lock', first.hash);
      const name = await databaseAt(11, async (v11) => {
        await v11.table('auditLog').bulkAdd([first, second]);
      });
      const db = await reopenAt(name, target);
      const device = (await db.table<Setting, string>('settings').get('deviceId'))?.value;
      expect(device).toEqual(expect.any(String));
      const log = db.table<AuditEntry, string>('auditLog');
      const chain = await log.where('[device+seq]').between([device, 0], [device, Infinity]).toArray();
      expect(chain.map((entry) => entry.id)).toEqual(['audit-1', 'audit-2']);
      // The PC is not part of what the hashes cover: the chain written before still checks.
      expect(verifyChain(chain)).toEqual({ intact: true, entries: 2 });

      // Another PC's first entry arrives with the same number.
      await log.add({ ...auditEntry(1, 'login', GENESIS_HASH), id: 'other-1' as AuditEntry['id'], device: 'other-pc' });
      expect(await log.where('seq').equals(1).count()).toBe(2);
      expect((await log.where('[device+seq]').equals(['other-pc', 1]).first())?.id).toBe('other-1');
    },
  );

  it('gives a database that had no audit entries its PC id as it opens', async () => {
    const name = await databaseAt(11, async () => {});
    const db = await reopenAt(name, SCHEMA_VERSION);
    // The application's class makes the id as the database opens, whatever the migration did.
    expect((await db.table<Setting, string>('settings').get('deviceId'))?.value).toEqual(expect.any(String));
  });
});
