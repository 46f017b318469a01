import { describe, expect, it } from 'vitest';
import { nextEntry, type AuditFacts } from './chain';
import { AUDIT_CHECK_ACTION, chainOrder, verifyChains, type DeviceEntry } from './chains';

const KEY_A = new Uint8Array(32).fill(1);
const KEY_B = new Uint8Array(32).fill(2);

function chain(device: string | undefined, actions: (string | AuditFacts)[], key?: Uint8Array): DeviceEntry[] {
  const entries: DeviceEntry[] = [];
  for (const [index, action] of actions.entries()) {
    const facts =
      typeof action === 'string' ? { at: `2026-12-03T09:00:0${index}.000Z`, actor: 'admin', action } : action;
    entries.push({ ...nextEntry(entries.at(-1), facts, key), ...(device ? { device } : {}) });
  }
  return entries;
}

describe('audit chains of several PCs', () => {
  it('checks this PC’s chain with its key and another PC’s by its order and links, whatever the order they are stored in', () => {
    const own = chain('pc-a', ['login', 'export', 'lock'], KEY_A);
    const other = chain('pc-b', ['login', 'lock'], KEY_B);
    const stored = [other[1], own[2], own[0], other[0], own[1]] as DeviceEntry[];
    expect(verifyChains(stored, { thisDevice: 'pc-a', key: KEY_A })).toEqual([
      { device: 'pc-a', thisPc: true, depth: 'full', check: { intact: true, entries: 3 } },
      { device: 'pc-b', thisPc: false, depth: 'links', check: { intact: true, entries: 2 } },
    ]);
    expect(chainOrder(stored, 'pc-a').map((entry) => [entry.device, entry.seq])).toEqual([
      ['pc-a', 1],
      ['pc-a', 2],
      ['pc-a', 3],
      ['pc-b', 1],
      ['pc-b', 2],
    ]);
  });

  it('counts entries without a PC as this PC’s chain from before sync', () => {
    const before = chain(undefined, ['login', 'lock'], KEY_A);
    const after = nextEntry(before[1], { at: '2026-12-03T10:00:00.000Z', actor: 'admin', action: 'login' }, KEY_A);
    const checks = verifyChains([...before, { ...after, device: 'pc-a' }], { thisDevice: 'pc-a', key: KEY_A });
    expect(checks).toEqual([{ device: 'pc-a', thisPc: true, depth: 'full', check: { intact: true, entries: 3 } }]);
  });

  it('finds another PC’s entry removed, repeated or relinked, and a changed plain entry, but not a changed keyed one', () => {
    const other = chain('pc-b', ['login', 'export', 'lock'], KEY_B);
    const check = (entries: DeviceEntry[]) => verifyChains(entries, { thisDevice: 'pc-a', key: KEY_A })[1]?.check;
    expect(check([other[0], other[2]] as DeviceEntry[])).toMatchObject({ intact: false, brokenAt: 3 });
    expect(check([...other, { ...other[1], id: 'again' } as DeviceEntry])).toMatchObject({ intact: false });
    expect(check([other[0], { ...other[1], prevHash: 'f'.repeat(64) }, other[2]] as DeviceEntry[])).toMatchObject({
      intact: false,
      brokenAt: 2,
    });
    // Without B's key a keyed entry's facts cannot be held to its hash here: B's own check does that.
    expect(check([other[0], { ...other[1], actor: 'someone' }, other[2]] as DeviceEntry[])).toEqual({
      intact: true,
      entries: 3,
    });
    const plain = chain('pc-b', ['login', 'export']);
    expect(check([plain[0], { ...plain[1], actor: 'someone' }] as DeviceEntry[])).toMatchObject({
      intact: false,
      brokenAt: 2,
    });
  });

  it('reads another PC’s latest check of its own chain, unless the chain is broken before it', () => {
    const facts = (at: string, intact: boolean, records: number): AuditFacts => ({
      at,
      actor: 'admin',
      action: AUDIT_CHECK_ACTION,
      details: { intact, records },
    });
    const other = chain('pc-b', [
      'login',
      facts('2026-12-03T09:10:00.000Z', true, 1),
      'lock',
      facts('2026-12-03T09:20:00.000Z', true, 3),
    ]);
    const [, theirs] = verifyChains(other, { thisDevice: 'pc-a' });
    expect(theirs?.lastOwnCheck).toEqual({ at: '2026-12-03T09:20:00.000Z', intact: true, entries: 3 });
    const [, broken] = verifyChains([other[0], other[1], other[3]] as DeviceEntry[], { thisDevice: 'pc-a' });
    expect(broken?.lastOwnCheck).toEqual({ at: '2026-12-03T09:10:00.000Z', intact: true, entries: 1 });
  });
});
