import 'fake-indexeddb/auto';
import PouchDB, { type Database } from 'pouchdb-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { packageContents, packageTables } from '@shared/exchange/build';
import type { Consolidation } from '@shared/exchange/summary';
import type { PlaceId } from '@shared/model/ids';
import type { DistrictServer } from '@shared/sync/district-servers';
import { officeDatabaseName } from '@shared/sync/server-settings';
import { type SyncTestServer, startSyncTestServer } from '../../../../scripts/sync-test-server.mjs';
import { readPackageBytes } from '@/exchange/read-package';
import { writeStyledWorkbook } from '@/export/styled-workbook';
import { basicAuthorization } from '@/sync/check-connection';
import { districtReplicaName, pullDistricts } from '@/sync/district-pull';
import { SCHEMA_VERSION } from '../db';
import { openOfficeWithKeys, openTestScope } from '../test-db';
import type { Scope } from '../access';
import { loadDemoData } from '../repositories/demo-data';
import { sealReception } from '../sealing';
import { storePulledDistrict } from '../repositories/district-databases';
import {
  collectPackageData,
  consolidatedSummary,
  receivePackage,
  submissionCompleteness,
} from '../repositories/exchange';
import { saveOfficeProfile } from '../repositories/settings';
import { noteEverything, pushOutbox } from './bridge';

const TODAY = '2026-11-21';
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const OBLAST = { name: 'oblast-31', password: 'oblast reads districts' };
const KORDAI = { code: '314800000', account: 'district-3148', password: 'kordai password' };
const RYSKULOV = { code: '315000000', account: 'district-3150', password: 'ryskulov password' };
/** A district whose database does not list the oblast's account. */
const MERKE = { code: '315400000', account: 'district-3154', password: 'merke password' };
/** A district with no database on the server. */
const SHU = '316600000';

let server: SyncTestServer;

/** docs/sync.md: the design document by which the server refuses any write by the oblast's role. */
const READ_ONLY = {
  validate_doc_update:
    'function (newDoc, oldDoc, userCtx) { if (userCtx.roles.indexOf("kelisim-oblast-reader") !== -1) throw({ forbidden: "The oblast reads this database and does not write to it." }); }',
};

/** A district database as docs/sync.md sets it up: the district's account, and the oblast's when it reads it. */
async function districtDatabase(district: typeof KORDAI, oblastReads: boolean): Promise<void> {
  const database = officeDatabaseName(district.code);
  await server.addAccount(district.account, district.password);
  await server.officeDatabase(database, [district.account, ...(oblastReads ? [OBLAST.name] : [])]);
  await server.admin('PUT', `/${database}/_design/kelisim-read-only`, READ_ONLY);
}

beforeAll(async () => {
  server = await startSyncTestServer();
  await server.addAccount(OBLAST.name, OBLAST.password, ['kelisim-oblast-reader']);
  await districtDatabase(KORDAI, true);
  await districtDatabase(RYSKULOV, true);
  await districtDatabase(MERKE, false);
});
afterAll(async () => {
  await server.close();
});

const replicas: Database[] = [];
afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.destroy();
  for (const code of [KORDAI.code, RYSKULOV.code, MERKE.code, SHU])
    await new PouchDB(districtReplicaName(code), { adapter: 'memory' }).destroy();
});

/**
 * A district office with demo records, sealed under its own key as in use, whose PC has uploaded
 * them all to the district's database through the data layer's bridge, as its sync does.
 */
async function districtOffice(district: typeof KORDAI, people: number): Promise<Scope> {
  const { admin } = await openOfficeWithKeys();
  const village = { id: `${district.code.slice(0, 4)}54100` as PlaceId, nameRu: 'с.Тестовое', nameKk: 'Тестовое а.' };
  await loadDemoData(admin, { people, places: [village], today: TODAY });
  // Two receptions of the period on religion: confidential, so their content is sealed under the district's key.
  const ofPeriod = await admin.db.receptions.where('date').between(Q3.from, Q3.to, true, true).limit(2).toArray();
  for (const reception of ofPeriod)
    await admin.db.receptions.put(await sealReception(admin.keys, { ...reception, confidential: true }));
  const replica: Database = new PouchDB(`district-pc-${crypto.randomUUID()}`, { adapter: 'memory' });
  replicas.push(replica);
  await noteEverything(admin.db);
  await pushOutbox(admin.db, replica, `pc-${district.code}`, () => new Date().toISOString());
  const remote = new PouchDB(`${server.url}/${officeDatabaseName(district.code)}`, {
    skip_setup: true,
    fetch: (url, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', basicAuthorization(district.account, district.password));
      return PouchDB.fetch(url, { ...init, headers });
    },
  });
  await PouchDB.replicate(replica, remote);
  return admin;
}

async function oblastOffice(): Promise<Scope> {
  const scope = await openTestScope();
  await saveOfficeProfile(scope, {
    level: 'oblast',
    oblastId: '310000000',
    officeName: 'Управление внутренней политики Жамбылской области',
    language: 'ru',
  });
  return scope;
}

/** The same district's package as its "Send to the oblast" writes it, read back from the .xlsx and received. */
async function sendAsFile(district: Scope, code: string, oblast: Scope): Promise<void> {
  const profile = { level: 'district' as const, officeName: `Отдел ${code}`, oblastId: '310000000', districtId: code };
  const pkg = packageContents(await collectPackageData(district, Q3, profile), {
    language: 'ru',
    includeConfidential: false,
    maskPersonalData: true,
    createdAt: '2026-11-21T06:00:00.000Z',
    asOf: TODAY,
    appVersion: '0.1.0',
    schemaVersion: SCHEMA_VERSION,
  });
  const read = readPackageBytes('package.xlsx', await writeStyledWorkbook(packageTables(pkg)), {
    schemaVersion: SCHEMA_VERSION,
  });
  if (!read.ok) throw new Error(`package unreadable: ${JSON.stringify(read.problem)}`);
  expect((await receivePackage(oblast, read.package, { fileName: 'package.xlsx' })).outcome).toBe('added');
}

/** Every request the oblast's PC makes to the server, to show none of them writes. */
function recordingFetch(log: { method: string; path: string }[]): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    log.push({ method: (init?.method ?? 'GET').toUpperCase(), path: url.pathname });
    return PouchDB.fetch(url.href, init ?? {});
  };
}

const serverOf = (district: string): DistrictServer => ({
  district,
  url: server.url,
  username: OBLAST.name,
  allowHttp: true,
});

const figures = (consolidation: Consolidation) => ({
  byDistrict: consolidation.byDistrict.map((row) => ({
    district: row.districtCode,
    summary: row.summary,
    confidentialLeftOut: row.confidentialLeftOut,
  })),
  totals: consolidation.totals,
  confidentialLeftOut: consolidation.confidentialLeftOut,
});

async function databaseState(code: string) {
  const info = await server.admin('GET', `/${officeDatabaseName(code)}`);
  return { updateSeq: info.update_seq, docCount: info.doc_count };
}

/** The newest `changedAt` among a district database's documents, as the server holds them. */
async function newestChange(code: string): Promise<string> {
  const all = (await server.admin('GET', `/${officeDatabaseName(code)}/_all_docs?include_docs=true`)) as {
    rows: { doc: { changedAt?: string } }[];
  };
  return all.rows.map((row) => row.doc.changedAt ?? '').reduce((a, b) => (a > b ? a : b));
}

describe('the oblast pulls its districts’ databases from the server', () => {
  it('consolidates two pulled districts with the same figures as their package files, writes nothing to them, and shows the failures of the others', async () => {
    const kordai = await districtOffice(KORDAI, 120);
    const ryskulov = await districtOffice(RYSKULOV, 80);
    const before = [await databaseState(KORDAI.code), await databaseState(RYSKULOV.code)];

    // The existing path: each district sends its package as a file.
    const byFile = await oblastOffice();
    await sendAsFile(kordai, KORDAI.code, byFile);
    await sendAsFile(ryskulov, RYSKULOV.code, byFile);

    // The new path: the oblast pulls the districts' databases.
    const byServer = await oblastOffice();
    const requests: { method: string; path: string }[] = [];
    const outcomes = await pullDistricts(
      [KORDAI.code, MERKE.code, RYSKULOV.code, SHU].map(serverOf),
      () => OBLAST.password,
      (pulled) =>
        storePulledDistrict(byServer, pulled, { period: Q3, language: 'ru', appVersion: '0.1.0', asOf: TODAY }),
      { adapter: 'memory', fetch: recordingFetch(requests) },
    );

    // Merke's database does not list the oblast, Shu has none: each says so, the others are consolidated.
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.stored.outcome : outcome.problem))).toEqual([
      'added',
      'no-rights',
      'added',
      'no-database',
    ]);
    const pulled = figures(await consolidatedSummary(byServer, Q3));
    expect(pulled.byDistrict.map((row) => row.district)).toEqual([KORDAI.code, RYSKULOV.code]);
    expect(pulled.totals.members).toBeGreaterThan(0);
    expect(pulled.totals.receptions).toBeGreaterThan(0);
    expect(pulled.totals.events).toBeGreaterThan(0);
    expect(pulled).toEqual(figures(await consolidatedSummary(byFile, Q3)));
    // Confidential receptions rest on the server sealed: they are withheld and counted, as in a file.
    expect(pulled.confidentialLeftOut).toBe(4);
    const sealed = (await kordai.db.receptions.filter((item) => item.confidential).toArray()).map((item) => item.id);
    const onServer = (await server.admin('GET', `/${officeDatabaseName(KORDAI.code)}/_all_docs?include_docs=true`)) as {
      rows: { id: string; doc: { record?: { sealed?: unknown; summary?: unknown } } }[];
    };
    for (const id of sealed) {
      const record = onServer.rows.find((row) => row.id === `receptions/${id}`)?.doc.record;
      expect(record).toMatchObject({ sealed: expect.anything() });
      expect(record?.summary).toBeUndefined();
    }

    // Each pulled district says how fresh its data is: its last change, and that it came from the server.
    const rows = (await consolidatedSummary(byServer, Q3)).byDistrict;
    expect(rows.map((row) => [row.source, row.createdAt])).toEqual([
      ['server', await newestChange(KORDAI.code)],
      ['server', await newestChange(RYSKULOV.code)],
    ]);
    const completeness = await submissionCompleteness(byServer, Q3);
    expect(completeness.rows.filter((row) => row.latest).map((row) => row.districtCode)).toEqual([
      KORDAI.code,
      RYSKULOV.code,
    ]);

    // Nothing was written to the districts' databases: no write request, the same sequence and count.
    expect(requests.filter((request) => !['GET', 'HEAD'].includes(request.method))).toEqual(
      requests.filter((request) => request.method === 'POST' && /\/(_bulk_get|_all_docs|_changes)$/.test(request.path)),
    );
    expect([await databaseState(KORDAI.code), await databaseState(RYSKULOV.code)]).toEqual(before);
    // And the server set up as docs/sync.md says refuses a write by the oblast's account anyway.
    const write = await fetch(`${server.url}/${officeDatabaseName(KORDAI.code)}/people%2Fforged`, {
      method: 'PUT',
      headers: { authorization: basicAuthorization(OBLAST.name, OBLAST.password), 'content-type': 'application/json' },
      body: JSON.stringify({ table: 'people', record: { id: 'forged' } }),
    });
    expect(write.status).toBe(403);
  });

  it('takes a district’s later changes on the next pull, and keeps a package file made after them', async () => {
    const kordai = await districtOffice(KORDAI, 60);
    const oblast = await oblastOffice();
    const pull = () =>
      pullDistricts(
        [serverOf(KORDAI.code)],
        () => OBLAST.password,
        (pulled) =>
          storePulledDistrict(oblast, pulled, { period: Q3, language: 'kk', appVersion: '0.1.0', asOf: TODAY }),
        { adapter: 'memory' },
      );
    const [first] = await pull();
    expect(first?.ok && first.stored.outcome).toBe('added');
    const receptionsBefore = (await consolidatedSummary(oblast, Q3)).totals.receptions;

    // The district registers one more reception of the period and its PC uploads it.
    const [reception] = await kordai.db.receptions
      .filter((item) => !item.confidential)
      .limit(1)
      .toArray();
    if (!reception) throw new Error('the demo has receptions');
    const added = { ...reception, id: crypto.randomUUID() as typeof reception.id, date: '2026-08-14' };
    added.updatedAt = new Date().toISOString();
    await kordai.db.receptions.add(added);
    await kordai.db.table('syncOutbox').add({ table: 'receptions', recordId: added.id });
    const [replica] = replicas;
    if (!replica) throw new Error('the district PC has a replica');
    await pushOutbox(kordai.db, replica, 'pc-kordai', () => new Date().toISOString());
    await PouchDB.replicate(
      replica,
      new PouchDB(`${server.url}/${officeDatabaseName(KORDAI.code)}`, {
        skip_setup: true,
        fetch: (url, init) => {
          const headers = new Headers(init.headers);
          headers.set('authorization', basicAuthorization(KORDAI.account, KORDAI.password));
          return PouchDB.fetch(url, { ...init, headers });
        },
      }),
    );

    const [second] = await pull();
    expect(second?.ok && second.stored.outcome).toBe('replaced');
    const [row] = (await consolidatedSummary(oblast, Q3)).byDistrict;
    expect(row?.summary.receptions).toBe(receptionsBefore + 1);
    expect(row?.createdAt).toBe(added.updatedAt);

    // A package file the district made after its last change is fresher: the next pull keeps it.
    const later = new Date(Date.parse(added.updatedAt) + 60_000).toISOString();
    const profile = { level: 'district' as const, officeName: 'Отдел', oblastId: '310000000', districtId: KORDAI.code };
    const file = packageContents(await collectPackageData(kordai, Q3, profile), {
      language: 'ru',
      includeConfidential: false,
      maskPersonalData: true,
      createdAt: later,
      asOf: TODAY,
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
    });
    const received = await receivePackage(oblast, file, { fileName: 'kordai.xlsx', confirmed: { office: 'Отдел' } });
    expect(received.outcome).toBe('replaced');
    const [third] = await pull();
    expect(third?.ok && third.stored.outcome).toBe('older');
    const [kept] = (await consolidatedSummary(oblast, Q3)).byDistrict;
    expect([kept?.source, kept?.createdAt]).toEqual(['file', later]);
  });
});
