import { describe, expect, it } from 'vitest';
import { toEventId, toPublicationId, toReceptionId, toReceptionSessionId } from '../model/ids';
import type { Publication, Reception, ReceptionSession } from '../model/records';
import { packageContents, packageTables, sealPackage, type PackageOptions, type PackageSource } from './build';
import { FORMAT_VERSION, METADATA_SHEET } from './format';
import { problemMessage } from './messages';
import { readExchangePackage } from './read';
import { districtPackageSource, type DistrictTables } from './source';
import { tablesToWorkbook, withCell } from './test-workbook';

const SUPPORTED = { schemaVersion: 15 };
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const publication = (id: string, date: string, extra: Partial<Publication> = {}): Publication => ({
  id: toPublicationId(id),
  createdAt: '2026-11-01T06:00:00.000Z',
  updatedAt: '2026-11-01T06:00:00.000Z',
  author: 'admin',
  date,
  outletType: 'telegram',
  outletName: 'Кордай жаңалықтары',
  language: 'kk',
  ...extra,
});

const source: PackageSource = {
  profile: {
    level: 'district',
    officeName: 'Отдел внутренней политики',
    oblastId: '310000000',
    districtId: '314800000',
  },
  period: YEAR,
  associations: [],
  members: [],
  events: [],
  visits: [],
  receptions: [],
  publications: [
    publication('p1', '2026-11-12', {
      title: 'Бейбітшілік пен келісім',
      url: 'https://t.me/korday_news/1520',
      reach: 15_300,
      eventId: toEventId('e1'),
    }),
    publication('p2', '2026-03-02', { outletType: 'tv', language: 'ru' }),
    publication('p3', '2025-12-30'),
    publication('p4', '2026-05-05', { deletedAt: '2026-05-06T06:00:00.000Z' }),
  ],
  lookups: {},
};

const STAMP = { createdAt: '2026-11-01T06:00:00.000Z', updatedAt: '2026-11-01T06:00:00.000Z', author: 'admin' };
const SESSION = toReceptionSessionId('s1');
const massReception: ReceptionSession = {
  ...STAMP,
  id: SESSION,
  date: '2026-11-12',
  placeId: undefined,
  officialIds: [],
  received: 600,
  byTopic: { land: 250 },
  byOutcome: { helped: 113, control: 12 },
  notes: 'Жители просили провести воду',
};
const reception = (id: string, extra: Partial<Reception> = {}): Reception => ({
  ...STAMP,
  id: toReceptionId(id),
  date: '2026-11-12',
  topicCode: 'land',
  outcome: 'control',
  confidential: false,
  control: { responsibleBody: 'Отдел ЖКХ', deadline: '2026-12-10', history: [] },
  ...extra,
});

const OPTIONS: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: false,
  createdAt: '2026-11-21T06:30:00.000Z',
  asOf: '2026-11-21',
  appVersion: '0.1.0',
  schemaVersion: 15,
};

const read = (pkg: ReturnType<typeof packageContents>) =>
  readExchangePackage(tablesToWorkbook(packageTables(pkg)), SUPPORTED);

describe('exchange package version 2: publications', () => {
  it('writes the live publications of the period, by date, and reads them back', () => {
    const pkg = packageContents(source, OPTIONS);
    expect(pkg.meta.formatVersion).toBe(2);
    expect(pkg.rows.publications?.map((row) => [row.id, row.date, row.outlet_type, row.reach, row.event_id])).toEqual([
      ['p2', '2026-03-02', 'tv', null, null],
      ['p1', '2026-11-12', 'telegram', 15_300, 'e1'],
    ]);
    expect(pkg.meta.sheets.publications?.rows).toBe(2);
    const result = read(pkg);
    expect(result.ok && result.package.rows.publications).toEqual(pkg.rows.publications);
  });

  it('refuses a publications sheet changed after it was written', () => {
    const tables = packageTables(packageContents(source, OPTIONS));
    const sheet = tables.find((table) => table.sheetName === 'Публикации');
    const reachColumn = sheet?.rows[0]?.indexOf('reach') ?? -1;
    const tampered = withCell(tablesToWorkbook(tables), 'Публикации', 6, reachColumn, 99_999);
    const result = readExchangePackage(tampered, SUPPORTED);
    expect(result.ok ? undefined : result.problem.code).toBe('checksum_mismatch');
  });

  it('still reads a package of version 1 from a district that has not updated: it has no publications', () => {
    const current = packageContents(source, OPTIONS);
    const { publications: _, sessions: __, ...rows } = current.rows;
    const older = sealPackage({ meta: { ...current.meta, formatVersion: 1 }, rows, summary: current.summary });
    expect(older.meta.sheets.publications).toBeUndefined();
    const tables = packageTables(older);
    expect(tables.map((table) => table.sheetName)).not.toContain('Публикации');
    const result = readExchangePackage(tablesToWorkbook(tables), SUPPORTED);
    expect(result.ok).toBe(true);
    expect(result.ok && result.package.rows.publications).toBeUndefined();
  });

  it('counts a mass reception once in the summary: 600 with one citizen entered under it and one received alone is 601', () => {
    const withSession: PackageSource = {
      ...source,
      sessions: [massReception],
      receptions: [reception('r1', { sessionId: SESSION }), reception('r2', { outcome: 'helped', control: undefined })],
    };
    const pkg = packageContents(withSession, OPTIONS);
    expect(pkg.rows.sessions).toEqual([
      {
        id: 's1',
        date: '2026-11-12',
        place_code: null,
        place: null,
        visit_id: null,
        received: 600,
        explained: null,
        helped: 113,
        control: 12,
        referred: null,
        declined: null,
      },
    ]);
    expect(JSON.stringify(pkg.rows.sessions)).not.toContain('воду');
    expect(pkg.rows.receptions.find((row) => row.id === 'r1')?.session_id).toBe('s1');
    expect(pkg.summary).toMatchObject({
      receptions: 601,
      receptions_helped: 114,
      receptions_control: 12,
      under_control: 1,
    });
    const result = read(pkg);
    expect(result.ok && result.package.summary).toEqual(pkg.summary);
  });

  it('an older copy refuses a newer version with a message that says to update', () => {
    const workbook = tablesToWorkbook(packageTables(packageContents(source, OPTIONS)));
    const meta = workbook.sheets.find((sheet) => sheet.name === METADATA_SHEET);
    const versionRow = meta?.rows.findIndex((cells) => cells[0] === 'format_version') ?? -1;
    const result = readExchangePackage(
      withCell(workbook, METADATA_SHEET, versionRow, 1, String(FORMAT_VERSION + 1)),
      SUPPORTED,
    );
    if (result.ok) throw new Error('a newer version was read');
    expect(problemMessage(result.problem, 'ru')).toBe(
      'Пакет записан в формате версии 3, а эта программа читает версию 2. Обновите «Келісім».',
    );
  });

  it("an oblast that pulled a district's database from the server gets its publications and mass receptions too", () => {
    const pulled: DistrictTables = {
      people: [],
      associations: [],
      memberships: [],
      events: [],
      visits: [],
      receptions: [reception('r1', { sessionId: SESSION })],
      councils: [],
      workingGroups: [],
      publications: source.publications ?? [],
      receptionSessions: [massReception],
      places: [],
      ethnicGroups: [],
      directories: [],
    };
    const fromServer = districtPackageSource(
      pulled,
      { places: [], ethnicGroups: [], directories: [] },
      source.profile,
      YEAR,
    );
    const pkg = packageContents(fromServer, OPTIONS);
    expect(pkg.rows.publications?.map((row) => row.id)).toEqual(['p2', 'p1']);
    expect(pkg.rows.sessions?.map((row) => [row.id, row.received])).toEqual([['s1', 600]]);
    expect(pkg.summary).toMatchObject({ receptions: 600 });
  });
});
