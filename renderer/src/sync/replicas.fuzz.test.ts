import PouchDB, { type Database } from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicatedTable } from '@shared/sync/documents';
import { readChanges, type RecordContent, type Replica, settleConflict, writeLocalChange } from './replica';

PouchDB.plugin(memory).plugin(replication);

/** A small deterministic generator, so that a failing interleaving can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, pick };
}

interface Pc {
  name: string;
  replica: Replica;
  /** What the PC's local database shows: record id → content, and the versions kept beside it. */
  shown: Map<string, RecordContent>;
  conflicts: Map<string, RecordContent[]>;
  /** The revision each record's shown version has here, and those of the versions kept beside it. */
  revs: Map<string, { shown: string; others: string[] }>;
  since: string | number;
}

const TABLE: ReplicatedTable = 'people';
let opened: Replica[] = [];
let serial = 0;

function openReplica(name: string): Replica {
  const replica: Database = new PouchDB(`${name}-${serial++}`, { adapter: 'memory' });
  opened.push(replica);
  return replica;
}

afterEach(async () => {
  await Promise.all(opened.map((replica) => replica.destroy()));
  opened = [];
});

async function pull(pc: Pc): Promise<void> {
  for (;;) {
    const { records, lastSeq } = await readChanges(pc.replica, pc.since, 100);
    for (const { recordId, resolution } of records) {
      pc.shown.set(recordId, resolution.shown.content);
      pc.revs.set(recordId, { shown: resolution.shown.rev, others: resolution.others.map((other) => other.rev) });
      if (resolution.others.length > 0)
        pc.conflicts.set(
          recordId,
          resolution.others.map((other) => other.content),
        );
      else pc.conflicts.delete(recordId);
    }
    if (records.length === 0) return;
    pc.since = lastSeq;
  }
}

async function sync(pc: Pc, hub: Replica): Promise<void> {
  await PouchDB.replicate(pc.replica, hub);
  await PouchDB.replicate(hub, pc.replica);
  await pull(pc);
}

/** Runs one random history of edits, removals, merges and settlements on three PCs syncing in random order. */
async function runHistory(seed: number) {
  const random = generator(seed);
  const hub = openReplica('hub');
  const pcs: Pc[] = ['pc-a', 'pc-b', 'pc-c'].map((name) => ({
    name,
    replica: openReplica(name),
    shown: new Map(),
    conflicts: new Map(),
    revs: new Map(),
    since: 0,
  }));
  const ids = ['p1', 'p2', 'p3', 'p4'];
  /** Every version someone typed, and those that a later change knowingly replaced. */
  const typed = new Set<string>();
  const replaced = new Set<string>();
  let clock = 0;
  // Whole seconds from a slow clock, so that two PCs often stamp the same time and ties are decided too.
  const stamp = () => `2026-12-01T10:${String(Math.floor(clock++ / 3) % 60).padStart(2, '0')}:00.000Z`;
  const tokenOf = (content: RecordContent) => (content ? String(content.token) : null);

  const write = async (pc: Pc, recordId: string, content: RecordContent) => {
    const before = pc.shown.get(recordId);
    const beforeToken = tokenOf(before ?? null);
    if (beforeToken) replaced.add(beforeToken);
    if (content) typed.add(String(content.token));
    const baseRev = pc.revs.get(recordId)?.shown ?? null;
    const rev = await writeLocalChange(
      pc.replica,
      { table: TABLE, recordId, record: content, baseRev },
      pc.name,
      stamp(),
    );
    pc.shown.set(recordId, content);
    pc.revs.set(recordId, { shown: rev, others: pc.revs.get(recordId)?.others ?? [] });
  };

  for (let step = 0; step < 60; step++) {
    const pc = random.pick(pcs);
    const roll = random.next();
    const recordId = random.pick(ids);
    const current = pc.shown.get(recordId) ?? null;
    const token = `${pc.name}#${step}`;
    if (roll < 0.45) {
      await write(pc, recordId, { id: recordId, surname: `S-${token}`, token, updatedAt: stamp() });
    } else if (roll < 0.55 && current && !current.deletedAt) {
      await write(pc, recordId, { ...current, deletedAt: stamp(), token, updatedAt: stamp() });
    } else if (roll < 0.6 && current) {
      await write(pc, recordId, null);
    } else if (roll < 0.7 && current && !current.deletedAt) {
      // Merging duplicates: the record goes into another one, which takes its details.
      const into = random.pick(ids.filter((other) => other !== recordId));
      const target = pc.shown.get(into) ?? null;
      await write(pc, recordId, { ...current, deletedAt: stamp(), mergedInto: into, token, updatedAt: stamp() });
      await write(pc, into, { ...(target ?? { id: into }), id: into, token: `${token}+`, updatedAt: stamp() });
    } else if (roll < 0.75 && pc.conflicts.has(recordId) && current) {
      for (const other of pc.conflicts.get(recordId) ?? []) if (other) replaced.add(String(other.token));
      replaced.add(String(current.token));
      const settled = { ...current, token: `${token}=`, updatedAt: stamp() };
      typed.add(settled.token);
      const seen = pc.revs.get(recordId) ?? { shown: '', others: [] };
      const rev = await settleConflict(
        pc.replica,
        { table: TABLE, recordId, content: settled },
        { shownRev: seen.shown, otherRevs: seen.others },
        pc.name,
        stamp(),
      );
      pc.shown.set(recordId, settled);
      pc.conflicts.delete(recordId);
      pc.revs.set(recordId, { shown: rev, others: [] });
    } else {
      await sync(pc, hub);
    }
  }
  for (let round = 0; round < 2; round++) for (const pc of pcs) await sync(pc, hub);
  return { pcs, typed, replaced };
}

describe('three PCs editing one office offline and syncing in random order', () => {
  const seeds = Array.from({ length: Number(import.meta.env.VITE_FUZZ_SEEDS ?? 12) }, (_, index) => 7919 * (index + 1));

  it.each(seeds)('end with the same records everywhere and lose no version (seed %i)', async (seed) => {
    const { pcs, typed, replaced } = await runHistory(seed);
    const [first, ...rest] = pcs as [Pc, ...Pc[]];
    const view = (pc: Pc) => ({
      shown: Object.fromEntries([...pc.shown].sort(([a], [b]) => (a < b ? -1 : 1))),
      conflicts: Object.fromEntries(
        [...pc.conflicts]
          .map(([id, others]) => [id, others.map((other) => other?.token).sort()] as const)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    });
    for (const pc of rest) expect(view(pc)).toEqual(view(first));

    const kept = new Set<string>();
    for (const content of first.shown.values()) if (content) kept.add(String(content.token));
    for (const others of first.conflicts.values()) for (const other of others) if (other) kept.add(String(other.token));
    const lost = [...typed].filter((token) => !replaced.has(token) && !kept.has(token));
    expect(lost).toEqual([]);
  });

  it('lists two offline edits of one person as a conflict on every PC, the later one shown', async () => {
    const hub = openReplica('hub');
    const newPc = (name: string): Pc => ({
      name,
      replica: openReplica(name),
      shown: new Map(),
      conflicts: new Map(),
      revs: new Map(),
      since: 0,
    });
    const a = newPc('pc-a');
    const b = newPc('pc-b');
    const edit = async (pc: Pc, record: Record<string, unknown>) => {
      const baseRev = pc.revs.get('p1')?.shown ?? null;
      const rev = await writeLocalChange(pc.replica, { table: TABLE, recordId: 'p1', record, baseRev }, pc.name, 'x');
      pc.revs.set('p1', { shown: rev, others: [] });
    };
    const person = { id: 'p1', surname: 'Ахметов', updatedAt: '2026-12-01T09:00:00.000Z' };
    await edit(a, person);
    await sync(a, hub);
    await sync(b, hub);
    expect(b.shown.get('p1')).toEqual(person);

    const onA = { ...person, phone: '77011234567', updatedAt: '2026-12-01T10:00:00.000Z' };
    const onB = { ...person, surname: 'Ахмедов', updatedAt: '2026-12-01T11:00:00.000Z' };
    await edit(a, onA);
    await edit(b, onB);
    for (let round = 0; round < 2; round++) for (const pc of [a, b]) await sync(pc, hub);

    for (const pc of [a, b]) {
      expect(pc.shown.get('p1')).toEqual(onB);
      expect(pc.conflicts.get('p1')).toEqual([onA]);
    }

    const merged = { ...onB, phone: onA.phone, updatedAt: '2026-12-01T12:00:00.000Z' };
    const seen = a.revs.get('p1') ?? { shown: '', others: [] };
    await settleConflict(
      a.replica,
      { table: TABLE, recordId: 'p1', content: merged },
      { shownRev: seen.shown, otherRevs: seen.others },
      'pc-a',
      merged.updatedAt,
    );
    await pull(a);
    for (let round = 0; round < 2; round++) for (const pc of [a, b]) await sync(pc, hub);
    for (const pc of [a, b]) {
      expect(pc.shown.get('p1')).toEqual(merged);
      expect(pc.conflicts.has('p1')).toBe(false);
    }
  });
});
