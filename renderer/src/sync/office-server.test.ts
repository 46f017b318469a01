import PouchDB, { type Database } from 'pouchdb-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncTestServer, startSyncTestServer } from '../../../scripts/sync-test-server.mjs';
import { checkConnection } from './check-connection';
import { readChanges, writeLocalChange } from './replica';

const DATABASE = 'kelisim_311000000';
const DISTRICT = { name: 'district-311', password: 'correct horse' };
let server: SyncTestServer;

beforeAll(async () => {
  // The server plugs memory, http and replication into PouchDB, which this file's PCs use too.
  server = await startSyncTestServer();
  await server.addAccount(DISTRICT.name, DISTRICT.password);
  await server.addAccount('other-district', 'its own password');
  await server.officeDatabase(DATABASE, [DISTRICT.name]);
});

afterAll(async () => {
  await server.close();
});

const settings = () => ({ url: server.url, database: DATABASE, username: DISTRICT.name });

describe('"Check connection" against a CouchDB-compatible server', () => {
  it('answers that all is well, with the server and how many documents the office database holds', async () => {
    const answer = await checkConnection(settings(), DISTRICT.password, { allowHttp: true });
    expect(answer).toEqual({ ok: true, server: 'PouchDB Server', version: expect.any(String), documents: 0 });
  });

  it('tells a wrong password, a database that is not there and an account that is not a member apart', async () => {
    expect(await checkConnection(settings(), 'wrong', { allowHttp: true })).toEqual({
      ok: false,
      problem: 'wrong-password',
    });
    expect(
      await checkConnection({ ...settings(), database: 'kelisim_999' }, DISTRICT.password, { allowHttp: true }),
    ).toEqual({
      ok: false,
      problem: 'no-database',
    });
    expect(
      await checkConnection({ ...settings(), username: 'other-district' }, 'its own password', { allowHttp: true }),
    ).toEqual({ ok: false, problem: 'no-rights' });
  });

  it('refuses plain http unless the administrator confirmed it for an address of this office network', async () => {
    expect(await checkConnection(settings(), DISTRICT.password, { allowHttp: false })).toEqual({
      ok: false,
      problem: 'insecure-http',
    });
    const remote = { ...settings(), url: 'http://couch.example.kz' };
    expect(await checkConnection(remote, DISTRICT.password, { allowHttp: true })).toEqual({
      ok: false,
      problem: 'insecure-http',
    });
  });

  it('says the server cannot be reached when nothing listens at the address', async () => {
    const stopped = await startSyncTestServer();
    await stopped.close();
    const answer = await checkConnection({ ...settings(), url: stopped.url }, DISTRICT.password, { allowHttp: true });
    expect(answer).toEqual({ ok: false, problem: 'unreachable' });
  });
});

describe('two PCs of one office through the server', () => {
  const remote = () =>
    new PouchDB(`${server.url}/${DATABASE}`, {
      skip_setup: true,
      ...{ auth: { username: DISTRICT.name, password: DISTRICT.password } },
    });

  it('brings a record written on one PC to the other, and refuses an account that is not a member', async () => {
    const pcA: Database = new PouchDB('office-pc-a', { adapter: 'memory' });
    const pcB: Database = new PouchDB('office-pc-b', { adapter: 'memory' });
    const reception = { id: 'r-1', topic: 'language', updatedAt: '2026-12-03T09:00:00.000Z' };
    await writeLocalChange(
      pcA,
      { table: 'receptions', recordId: 'r-1', record: reception, baseRev: null },
      'pc-a',
      reception.updatedAt,
    );

    await PouchDB.replicate(pcA, remote());
    await PouchDB.replicate(remote(), pcB);
    const { records } = await readChanges(pcB, 0);
    expect(records).toEqual([
      {
        table: 'receptions',
        recordId: 'r-1',
        resolution: { shown: expect.objectContaining({ content: reception }), others: [] },
      },
    ]);

    const outsider = new PouchDB(`${server.url}/${DATABASE}`, {
      skip_setup: true,
      ...{ auth: { username: 'other-district', password: 'its own password' } },
    });
    await expect(PouchDB.replicate(outsider, pcB)).rejects.toMatchObject({ status: 403 });
    await Promise.all([pcA.destroy(), pcB.destroy()]);
  });
});
