import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Setting } from '@shared/model/records';
import type { Scope } from '../access';
import { backupOfDatabase, restoreInto } from '../backups';
import { declareVersions, SCHEMA_VERSION } from '../db';
import { appendAudit, auditChains } from '../repositories/audit';
import { auditEntry } from '../schema/migration-harness';
import { openTestDb, scopeAs } from '../test-db';
import { thisDevice } from './device';
import { GENESIS_HASH } from '@shared/audit/chain';

const meta = (schemaVersion = SCHEMA_VERSION) => ({
  reason: 'manual' as const,
  appVersion: 'test',
  at: new Date('2026-12-03T10:00:00Z'),
  schemaVersion,
});
const keyed = (scope: Scope, fill: number): Scope => ({ ...scope, auditKey: new Uint8Array(32).fill(fill) });

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('restoring a backup with per-PC audit chains', () => {
  it('keeps this PC’s id, so another PC’s backed-up chain stays that PC’s and this PC’s goes on in its own', async () => {
    const other = await openTestDb();
    const otherScope = keyed(scopeAs(other), 2);
    await appendAudit(otherScope, 'login');
    await appendAudit(otherScope, 'lock');
    const { bytes } = await backupOfDatabase(other, meta());

    const here = await openTestDb();
    const scope = keyed(scopeAs(here), 1);
    const device = await thisDevice(here);
    await appendAudit(scope, 'login');
    const outcome = await restoreInto(
      scope,
      bytes,
      { allowUnencrypted: true },
      vi.fn(async () => undefined),
    );
    expect(outcome).toMatchObject({ ok: true });

    expect(await thisDevice(here)).toBe(device);
    expect((await here.table<Setting, string>('settings').get('deviceId'))?.value).toBe(device);
    const { checks } = await auditChains(scope);
    expect(checks).toEqual([
      { device, thisPc: true, depth: 'full', check: { intact: true, entries: 1 } },
      { device: await thisDevice(other), thisPc: false, depth: 'links', check: { intact: true, entries: 2 } },
    ]);
    expect((await here.auditLog.where('[device+seq]').equals([device, 1]).first())?.action).toBe('restore');
  });

  it('names the chain of a backup from before version 12 as the restoring PC’s, which goes on from it', async () => {
    const name = `v11-${crypto.randomUUID()}`;
    names.push(name);
    const v11 = new Dexie(name);
    declareVersions(v11, 11);
    await v11.open();
    const first = auditEntry(1, 'login', GENESIS_HASH);
    await v11.table('auditLog').bulkAdd([first, auditEntry(2, 'lock', first.hash)]);
    const { bytes } = await backupOfDatabase(v11, meta(11));
    v11.close();

    const here = await openTestDb();
    const scope = keyed(scopeAs(here), 1);
    const device = await thisDevice(here);
    expect(
      await restoreInto(
        scope,
        bytes,
        { allowUnencrypted: true },
        vi.fn(async () => undefined),
      ),
    ).toMatchObject({
      ok: true,
    });
    const { checks, entries } = await auditChains(scope);
    expect(checks).toEqual([{ device, thisPc: true, depth: 'full', check: { intact: true, entries: 3 } }]);
    expect(entries.map((entry) => [entry.device, entry.seq, entry.action])).toEqual([
      [device, 1, 'login'],
      [device, 2, 'lock'],
      [device, 3, 'restore'],
    ]);
  });
});
