import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainHash,
  GENESIS_HASH,
  headToRecord,
  nextEntry,
  verifyChain,
  type AuditFacts,
  type ChainedEntry,
} from './chain';

function facts(index: number): AuditFacts {
  return {
    at: `2026-11-21T10:00:0${index}.000Z`,
    actor: 'admin',
    action: index % 2 ? 'update' : 'create',
    table: 'people',
    recordId: `p${index}`,
  };
}

/** `length` entries, the first `plain` of them with plain SHA-256 links and the rest keyed when a key is given. */
function chain(length: number, key?: Uint8Array, plain = 0): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let index = 0; index < length; index++)
    entries.push(nextEntry(entries.at(-1), facts(index), index < plain ? null : key));
  return entries;
}

const KEY = new Uint8Array(32).fill(7);

const headOf = (entry: ChainedEntry | undefined) => ({ seq: entry?.seq ?? 0, hash: entry?.hash ?? '' });

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
    expect(verifyChain(tampered)).toEqual({ intact: false, entries: 5, problem: 'broken', brokenAt: 3 });
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

describe('audit chain keyed with the audit key', () => {
  it('links new entries with an HMAC under the key, which verifies only with that key', () => {
    const entries = chain(3, KEY);
    expect(entries.every((entry) => entry.link === 'hmac-sha256')).toBe(true);
    expect(entries[0]?.hash).not.toBe(chainHash(1, GENESIS_HASH, facts(0)));
    expect(verifyChain(entries, { key: KEY })).toEqual({ intact: true, entries: 3 });
    expect(verifyChain(entries)).toMatchObject({ intact: false, problem: 'broken', brokenAt: 1 });
    expect(verifyChain(entries, { key: new Uint8Array(32).fill(8) })).toMatchObject({ brokenAt: 1 });
  });

  it('accepts the old plain entries followed by keyed ones', () => {
    const entries = chain(5, KEY, 2);
    expect(entries.map((entry) => entry.link ?? 'sha256')).toEqual([
      'sha256',
      'sha256',
      'hmac-sha256',
      'hmac-sha256',
      'hmac-sha256',
    ]);
    expect(verifyChain(entries, { key: KEY })).toEqual({ intact: true, entries: 5 });
  });

  it('refuses an entry that goes back from a keyed link to a plain one', () => {
    const entries = chain(3, KEY);
    const plainAfter = [...entries, nextEntry(entries.at(-1), facts(3))];
    expect(verifyChain(plainAfter, { key: KEY })).toMatchObject({ intact: false, problem: 'broken', brokenAt: 4 });
  });

  it('finds an entry changed and relinked without the key, because the links after it are plain', () => {
    const entries = chain(5, KEY);
    const relinked: ChainedEntry[] = entries.slice(0, 2);
    for (let index = 2; index < 5; index++)
      relinked.push(nextEntry(relinked.at(-1), { ...facts(index), actor: index === 2 ? 'someone-else' : 'admin' }));
    expect(verifyChain(relinked, { key: KEY })).toMatchObject({ intact: false, problem: 'broken', brokenAt: 3 });
  });
});

describe('audit chain against the head recorded outside the database', () => {
  it('passes a chain that reaches or extends the recorded head', () => {
    const entries = chain(5, KEY);
    expect(verifyChain(entries, { key: KEY, recorded: headOf(entries[4]) })).toEqual({ intact: true, entries: 5 });
    expect(verifyChain(entries, { key: KEY, recorded: headOf(entries[2]) })).toEqual({ intact: true, entries: 5 });
  });

  it('reports a chain whose newest entries were cut', () => {
    const entries = chain(5, KEY);
    const recorded = headOf(entries[4]);
    expect(verifyChain(entries.slice(0, 3), { key: KEY, recorded })).toEqual({
      intact: false,
      entries: 3,
      problem: 'truncated',
      recorded,
      last: 3,
    });
    expect(verifyChain([], { key: KEY, recorded })).toMatchObject({ problem: 'truncated', last: 0 });
  });

  it('reports a chain written anew, whose links hold but whose entry at the recorded sequence differs', () => {
    const entries = chain(5, KEY);
    const recorded = headOf(entries[4]);
    const anew: ChainedEntry[] = [];
    for (let index = 0; index < 6; index++)
      anew.push(nextEntry(anew.at(-1), { ...facts(index), actor: index === 1 ? 'someone-else' : 'admin' }));
    expect(verifyChain(anew, { key: KEY })).toEqual({ intact: true, entries: 6 });
    expect(verifyChain(anew, { key: KEY, recorded })).toEqual({
      intact: false,
      entries: 6,
      problem: 'rewritten',
      recorded,
    });
  });

  it('records the chain head anew only while the chain extends the head recorded before', () => {
    const entries = chain(5, KEY);
    const recorded = headOf(entries[2]);
    expect(headToRecord(undefined, headOf(entries[4]), undefined)).toEqual(headOf(entries[4]));
    expect(headToRecord(recorded, headOf(entries[4]), entries[2]?.hash)).toEqual(headOf(entries[4]));
    expect(headToRecord(recorded, headOf(entries[1]), undefined)).toEqual(recorded);
    expect(headToRecord(recorded, headOf(entries[4]), 'f'.repeat(64))).toEqual(recorded);
    expect(headToRecord(recorded, undefined, undefined)).toEqual(recorded);
  });
});
