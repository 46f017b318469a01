import PouchDB, { type Database } from 'pouchdb-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentId, EventId } from '@shared/model/ids';
import type { Attachment } from '@shared/model/records';
import { eventually, type SyncTestServer, startSyncTestServer } from '../../../../scripts/sync-test-server.mjs';
import { startSyncEngine, type SyncEngine } from '@/sync/engine';
import { openRemote } from '@/sync/pouch';
import { pouchDB } from '@/sync/pouchdb';
import { openTestDb, scopeAs } from '../test-db';
import { attachmentData, attachmentsOf, attachToEvent, removeAttachment } from '../repositories/attachments';
import { createEvent } from '../repositories/events';
import { applyArrived, confirmPushed, localSide, pushOutbox, type SyncConflict, type SyncRevs } from './bridge';
import { setSyncTracking } from './outbox';
import { destroyMemoryReplicas, memoryReplica, type SyncingPc, syncRound } from './test-sync';

const ACCOUNT = { name: 'district-311', password: 'correct horse' };
let server: SyncTestServer;

beforeAll(async () => {
  server = await startSyncTestServer();
  await server.addAccount(ACCOUNT.name, ACCOUNT.password);
});
afterAll(async () => {
  await server.close();
});

/** Each test has an office database of its own on the server, its account the only member. */
let database = '';
beforeEach(async () => {
  database = `kelisim_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await server.officeDatabase(database, [ACCOUNT.name]);
  setSyncTracking(true);
});

interface Pc extends SyncingPc {
  remote: Database;
}

afterEach(async () => {
  setSyncTracking(false);
  await destroyMemoryReplicas();
});

/** Requests to the server not yet answered: a stopped engine's last ones finish before the server closes. */
let inFlight = 0;
const engines: SyncEngine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) {
    engine.stop();
    await engine.settled();
  }
  await eventually(
    async () => inFlight,
    (count) => count === 0,
  );
});

async function startPc(device: string): Promise<Pc> {
  const replica = memoryReplica();
  const remote = openRemote(server.url, database, ACCOUNT.name, ACCOUNT.password, (url, init) => {
    inFlight++;
    return pouchDB()
      .fetch(url, init)
      .finally(() => inFlight--);
  });
  return { db: await openTestDb(), replica, remote, device };
}

/** A PC whose sync engine runs as in the application: a live pull, and a push whenever the outbox has changes. */
async function startEnginePc(device: string): Promise<Pc & { engine: SyncEngine }> {
  const pc = await startPc(device);
  const engine = startSyncEngine({
    replica: pc.replica,
    remote: pc.remote,
    local: localSide(pc.db, pc.replica, device, () => new Date().toISOString()),
    now: () => new Date().toISOString(),
    onStatus: () => undefined,
    pollMs: 200,
  });
  engines.push(engine);
  return { ...pc, engine };
}

function sameBytes(found: unknown, expected: Uint8Array): boolean {
  return (
    found instanceof Uint8Array &&
    found.byteLength === expected.byteLength &&
    found.every((byte, index) => byte === expected[index])
  );
}

/** A file with every byte value, larger than one of PouchDB's batches of a changes read. */
function fileBytes(length: number, salt: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = (index * 31 + salt + (index >> 8)) & 0xff;
  return bytes;
}

async function eventWithPhoto(pc: Pc, bytes: Uint8Array): Promise<{ eventId: EventId; photo: Attachment }> {
  const scope = scopeAs(pc.db);
  const [event] = await createEvent(scope, {
    title: 'Круглый стол «Бірлік»',
    typeCode: 'round_table',
    start: '2026-12-01T15:00',
    end: '2026-12-01T17:00',
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    status: 'planned',
    links: [],
  });
  if (!event) throw new Error('no event');
  const photo = await attachToEvent(scope, event.id, { name: 'бірлік.jpg', type: 'image/jpeg', data: bytes });
  return { eventId: event.id, photo };
}

interface ServerLeaf {
  ok?: {
    _rev: string;
    record?: Record<string, unknown>;
    _attachments?: Record<string, { content_type: string; digest: string; length: number }>;
  };
}

const serverLeaves = async (id: AttachmentId): Promise<ServerLeaf[]> =>
  (await server.admin('GET', `/${database}/${encodeURIComponent(`attachments/${id}`)}?open_revs=all`)) as ServerLeaf[];

describe("an event's files between PCs through the office server", () => {
  it('brings a photo attached on one PC to the other byte for byte, and a programme back the other way', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const photoBytes = fileBytes(300_000, 7);
    const { eventId, photo } = await eventWithPhoto(a, photoBytes);
    await syncRound(a, a.remote);
    await syncRound(b, b.remote);

    const arrived = await attachmentData(scopeAs(b.db), photo.id);
    expect(arrived?.data).toBeInstanceOf(Uint8Array);
    expect(arrived?.data.byteLength).toBe(photoBytes.byteLength);
    expect(sameBytes(arrived?.data, photoBytes)).toBe(true);
    expect(await attachmentsOf(scopeAs(b.db), eventId)).toEqual([
      expect.objectContaining({ id: photo.id, fileName: 'бірлік.jpg', mimeType: 'image/jpeg', size: 300_000 }),
    ]);
    expect((await b.db.events.get(eventId))?.attachmentIds).toEqual([photo.id]);
    expect(await b.db.table('syncOutbox').count()).toBe(0);

    // On the server the bytes are the document's CouchDB attachment, not numbers inside its JSON.
    const [leaf] = await serverLeaves(photo.id);
    expect(leaf?.ok?.record).not.toHaveProperty('data');
    expect(leaf?.ok?.record).toMatchObject({ fileName: 'бірлік.jpg', size: 300_000 });
    expect(leaf?.ok?._attachments?.data).toMatchObject({ content_type: 'image/jpeg', length: 300_000 });

    const programmeBytes = fileBytes(5_000, 99);
    const programme = await attachToEvent(scopeAs(b.db), eventId, {
      name: 'бағдарлама.pdf',
      type: 'application/pdf',
      data: programmeBytes,
    });
    await syncRound(b, b.remote);
    await syncRound(a, a.remote);
    const back = await attachmentData(scopeAs(a.db), programme.id);
    expect(sameBytes(back?.data, programmeBytes)).toBe(true);
    expect((await attachmentsOf(scopeAs(a.db), eventId)).map((file) => file.fileName)).toEqual([
      'бірлік.jpg',
      'бағдарлама.pdf',
    ]);
  });

  it('takes a removed file off the other PC, and hides one marked deleted there too', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const { eventId, photo } = await eventWithPhoto(a, fileBytes(2_000, 1));
    const second = await attachToEvent(scopeAs(a.db), eventId, {
      name: 'программа.pdf',
      type: 'application/pdf',
      data: fileBytes(1_000, 2),
    });
    await syncRound(a, a.remote);
    await syncRound(b, b.remote);
    expect(await attachmentsOf(scopeAs(b.db), eventId)).toHaveLength(2);

    await removeAttachment(scopeAs(a.db), photo.id);
    await a.db.attachments.update(second.id, {
      deletedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    await syncRound(a, a.remote);
    await syncRound(b, b.remote);
    expect(await b.db.attachments.get(photo.id)).toBeUndefined();
    expect((await b.db.events.get(eventId))?.attachmentIds).toEqual([second.id]);
    expect(await attachmentsOf(scopeAs(b.db), eventId)).toEqual([]);
    expect(await b.db.attachments.get(second.id)).toMatchObject({ deletedAt: expect.any(String) });
  });

  it('keeps both versions of a file changed on two PCs offline: the later shown on both, the other listed with its own bytes', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const { photo } = await eventWithPhoto(a, fileBytes(4_000, 3));
    await syncRound(a, a.remote);
    await syncRound(b, b.remote);

    const fromA = fileBytes(6_000, 11);
    const fromB = fileBytes(5_000, 12);
    await a.db.attachments.put({
      ...photo,
      fileName: 'с ретушью.jpg',
      data: fromA,
      size: fromA.byteLength,
      updatedAt: '2026-12-03T10:00:00.000Z',
    });
    await b.db.attachments.put({
      ...photo,
      fileName: 'обрезанное.jpg',
      data: fromB,
      size: fromB.byteLength,
      updatedAt: '2026-12-03T11:00:00.000Z',
    });
    for (let round = 0; round < 2; round++) for (const one of [a, b]) await syncRound(one, one.remote);

    for (const one of [a, b]) {
      const shown = await one.db.attachments.get(photo.id);
      expect(shown?.fileName).toBe('обрезанное.jpg');
      expect(sameBytes(shown?.data, fromB)).toBe(true);
      const conflicts = await one.db.table<SyncConflict, string>('syncConflicts').toArray();
      expect(conflicts.map((conflict) => conflict.others.map((other) => other.content?.fileName))).toEqual([
        ['с ретушью.jpg'],
      ]);
      const kept = conflicts[0]?.others[0]?.content?.data;
      expect(kept).toBeInstanceOf(Uint8Array);
      expect(sameBytes(kept, fromA)).toBe(true);
    }
    // The server holds both versions, each with its own file.
    const leaves = await serverLeaves(photo.id);
    expect(leaves.map((leaf) => leaf.ok?._attachments?.data?.length).sort()).toEqual([5_000, 6_000]);
  });

  it("reads a file's bytes only for a record that holds one and this PC does not show yet", async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const bytes = fileBytes(50_000, 5);
    const { photo } = await eventWithPhoto(a, bytes);
    const readsA = vi.spyOn(a.replica, 'get');
    const readsB = vi.spyOn(b.replica, 'get');
    // PouchDB reads each revision of an open_revs read again by itself: count the reads asked for.
    const withBytes = (spy: typeof readsA) =>
      spy.mock.calls.filter(([, options]) => {
        const asked = options as { attachments?: boolean; open_revs?: unknown } | undefined;
        return asked?.attachments === true && asked.open_revs !== undefined;
      }).length;

    await syncRound(a, a.remote);
    // A's own change comes back from its replica: A shows it already and does not read the file.
    expect(withBytes(readsA)).toBe(0);
    await syncRound(b, b.remote);
    expect(withBytes(readsB)).toBe(1);
    expect(sameBytes((await b.db.attachments.get(photo.id))?.data, bytes)).toBe(true);
  });

  it('reads the file after all when the record it was left out for turns out not to be shown here', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const bytes = fileBytes(10_000, 9);
    const { photo } = await eventWithPhoto(a, bytes);
    await syncRound(a, a.remote);
    await PouchDB.replicate(b.remote, b.replica);
    const { rev } = await b.replica.get(`attachments/${photo.id}`, { open_revs: 'all' }).then(([leaf]) => ({
      rev: leaf?.ok?._rev ?? '',
    }));
    // The first look says B shows this version already (as if it changed in between); the transaction sees it does not.
    const revs = b.db.table<SyncRevs, string>('syncRevs');
    vi.spyOn(revs, 'get').mockImplementationOnce((async () => ({
      id: `attachments/${photo.id}`,
      shown: rev,
      others: [],
    })) as unknown as typeof revs.get);
    await applyArrived(b.db, b.replica);
    expect(sameBytes((await b.db.attachments.get(photo.id))?.data, bytes)).toBe(true);
  });

  it('goes through the sync engine as it runs in the application, two versions of a file made at once included', async () => {
    const [a, b] = [await startEnginePc('pc-a'), await startEnginePc('pc-b')];
    const bytes = fileBytes(100_000, 21);
    const { photo } = await eventWithPhoto(a, bytes);
    a.engine.nudge();
    const arrived = await eventually(
      () => b.db.attachments.get(photo.id),
      (found) => found !== undefined,
    );
    expect(sameBytes(arrived?.data, bytes)).toBe(true);

    const [fromA, fromB] = [fileBytes(7_000, 31), fileBytes(8_000, 32)];
    await a.db.attachments.put({ ...photo, data: fromA, size: 7_000, updatedAt: '2026-12-03T12:00:00.000Z' });
    await b.db.attachments.put({ ...photo, data: fromB, size: 8_000, updatedAt: '2026-12-03T11:00:00.000Z' });
    a.engine.nudge();
    b.engine.nudge();
    const listed = (pc: Pc) => pc.db.table<SyncConflict, string>('syncConflicts').toArray();
    for (const pc of [a, b]) {
      const conflicts = await eventually(
        () => listed(pc),
        (found) => found.length === 1,
      );
      expect(sameBytes((await pc.db.attachments.get(photo.id))?.data, fromA)).toBe(true);
      expect(sameBytes(conflicts[0]?.others[0]?.content?.data, fromB)).toBe(true);
    }
  });

  it('hands files to the replica a budget at a time, the next only once the server has the previous ones', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    const { eventId, photo } = await eventWithPhoto(a, fileBytes(100_000, 41));
    for (const salt of [42, 43])
      await attachToEvent(scopeAs(a.db), eventId, {
        name: `${salt}.jpg`,
        type: 'image/jpeg',
        data: fileBytes(100_000, salt),
      });
    const filesInReplica = async () =>
      (await a.replica.changes({ since: 0 })).results.filter((change) => change.id.startsWith('attachments/')).length;
    const push = () => pushOutbox(a.db, a.replica, a.device, () => new Date().toISOString(), 150_000);

    let upTo = await push();
    expect(await filesInReplica()).toBe(2);
    // Not yet on the server: nothing more is handed, however often the engine pushes.
    expect(await push()).toBe(upTo);
    expect(await filesInReplica()).toBe(2);
    await PouchDB.replicate(a.replica, a.remote);
    await confirmPushed(a.db, upTo);
    expect(await a.db.table('syncOutbox').count()).toBeGreaterThan(0);

    upTo = await push();
    expect(await filesInReplica()).toBe(3);
    await PouchDB.replicate(a.replica, a.remote);
    await confirmPushed(a.db, upTo);
    expect(await a.db.table('syncOutbox').count()).toBe(0);
    await syncRound(b, b.remote);
    expect((await attachmentsOf(scopeAs(b.db), eventId)).map((file) => file.size)).toEqual([100_000, 100_000, 100_000]);
    expect(sameBytes((await b.db.attachments.get(photo.id))?.data, fileBytes(100_000, 41))).toBe(true);
  });
});
