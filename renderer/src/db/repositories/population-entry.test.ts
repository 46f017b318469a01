import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDb, scopeAs } from '../test-db';
import { auditEntries } from './audit';
import { listPopulation, savePopulation } from './monitoring';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T05:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('population typed in by hand', () => {
  it('adds a year beside the others, and a second entry for the same year corrects it', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await savePopulation(scope, { placeId: '314832100', year: 2025, byEthnicGroup: { dungans: 750, kazakhs: 200 } });
    await savePopulation(scope, { placeId: '314832100', year: 2026, byEthnicGroup: { dungans: 800 } });
    const corrected = await savePopulation(scope, {
      placeId: '314832100',
      year: 2026,
      byEthnicGroup: { dungans: 800, kazakhs: 200 },
      total: 1010,
    });
    const stored = await listPopulation(scope);
    expect(stored.map((record) => record.year).sort()).toEqual([2025, 2026]);
    expect(stored.find((record) => record.year === 2026)).toEqual(corrected);
    expect(corrected.byEthnicGroup).toEqual({ dungans: 800, kazakhs: 200 });
    expect((await auditEntries(scope, 1))[0]?.action).toBe('update');
  });

  it('refuses a total below the counts and stores nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(
      savePopulation(scope, { placeId: '314832100', year: 2026, byEthnicGroup: { dungans: 800 }, total: 10 }),
    ).rejects.toThrow();
    expect(await listPopulation(scope)).toEqual([]);
  });
});
