import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, nextEntry, verifyChain, type ChainedEntry } from './chain';

function chain(length: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let index = 0; index < length; index++)
    entries.push(
      nextEntry(entries.at(-1), {
        at: `2026-11-21T10:00:0${index}.000Z`,
        actor: 'admin',
        action: index % 2 ? 'update' : 'create',
        table: 'people',
        recordId: `p${index}`,
      }),
    );
  return entries;
}

describe('audit hash chain', () => {
  it('starts from the genesis hash and links each entry to the one before', () => {
    const entries = chain(3);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(verifyChain(entries)).toEqual({ intact: true, entries: 3 });
  });

  it('finds an entry whose facts were changed', () => {
    const entries = chain(5);
    const tampered = entries.map((entry) => (entry.seq === 3 ? { ...entry, actor: 'someone-else' } : entry));
    expect(verifyChain(tampered)).toEqual({ intact: false, entries: 5, brokenAt: 3 });
  });

  it('finds a removed entry and reordered entries', () => {
    const entries = chain(5);
    expect(verifyChain(entries.filter((entry) => entry.seq !== 2))).toMatchObject({ intact: false, brokenAt: 3 });
    const swapped = [entries[0], entries[2], entries[1], entries[3], entries[4]] as ChainedEntry[];
    expect(verifyChain(swapped)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('finds an entry rewritten with a recomputed hash, because the next one still points to the old hash', () => {
    const entries = chain(4);
    const second = entries[1] as ChainedEntry;
    const forged = nextEntry(entries[0], {
      at: second.at,
      actor: 'admin',
      action: 'delete',
      table: 'people',
      recordId: 'p1',
    });
    expect(verifyChain([entries[0] as ChainedEntry, forged, ...entries.slice(2)])).toMatchObject({
      intact: false,
      brokenAt: 3,
    });
  });

  it('hashes the same facts the same whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});
