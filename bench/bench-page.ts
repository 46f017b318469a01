import ExcelJS from 'exceljs';
import { Dexie } from 'dexie';
import * as XLSX from 'xlsx';
import { fileHash } from '@shared/audit/chain';
import { computeDashboard } from '@shared/dashboard/compute';
import type { DashboardData } from '@shared/dashboard/data';
import { dashboardPeriod } from '@shared/dashboard/periods';
import { placeLookup, type DashboardPlace } from '@shared/dashboard/places';
import { generateDemoData } from '@shared/demo/generate';
import { periodBounds, periodOf, type Period } from '@shared/events/period';
import { packageContents, packageFileName, packageTables, type PackageOptions } from '@shared/exchange/build';
import { registerKeys, type PackageMeta } from '@shared/exchange/format';
import { readExchangePackage, type ReadSupport } from '@shared/exchange/read';
import { membersExport } from '@shared/export/registry-exports';
import type { ExportTable } from '@shared/export/table';
import { planTotals } from '@shared/import/member-rows';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { AssociationId, MembershipId, PersonId } from '@shared/model/ids';
import type { OperatorId } from '@shared/model/records';
import { katoOfOblast } from '@shared/places/kato';
import { parsePeopleQuery, personSearchTokens } from '@shared/people/search';
import { ANONYMOUS, operatorActor, SETUP, type Scope, type SessionKeys } from '@/db/access';
import { KelisimDb, SCHEMA_VERSION } from '@/db/db';
import { v4Stores } from '@/db/schema/v4';
import { v10Stores } from '@/db/schema/v10';
import { loadDashboardData } from '@/db/repositories/dashboard';
import { demoPlacesFor, loadDemoData } from '@/db/repositories/demo-data';
import { collectPackageData, consolidatedSummary, receivePackage, recordPackageSent } from '@/db/repositories/exchange';
import { applyMemberImport } from '@/db/repositories/imports';
import { planMembers } from '@/db/repositories/import-plan';
import { membersOfAssociation } from '@/db/repositories/memberships';
import { peopleFirstPage, peopleIdsAlphabetical, searchPeople } from '@/db/repositories/people';
import { listAssociations } from '@/db/repositories/associations';
import { ensureReferenceData, loadOblastPlaces } from '@/db/repositories/reference-data';
import { importLookups, registryLookups } from '@/db/repositories/registry-lookups';
import { saveOfficeProfile } from '@/db/repositories/settings';
import { createFirstAdministrator, verifySignIn } from '@/db/repositories/operators';
import { receptionsInPeriod } from '@/db/repositories/receptions';
import { readPackageFile, writePackageFile } from '@/exchange/package-file';
import { readWorkbook } from '@/import/read-workbook';
import { writeStyledWorkbook } from '@/export/styled-workbook';
import { loadEthnicGroupSeeds, loadKato } from '@/reference/reference-files';
import { fillWorkbook } from '@/forms/fill-workbook';
import { planFormFill } from '@/forms/fill-form';
import type { FigureId, FigurePeriod } from '@shared/forms/catalogue';
import type { FormMapping } from '@shared/forms/mapping';
import { coverageOfPeriod } from '@/db/repositories/coverage';
import { planItemRows } from '@/db/repositories/plans';
import { publicationsInPeriod } from '@/db/repositories/publications';
import { countPublications } from '@shared/publications/counts';
import { syncBench } from './bench-sync';

/**
 * Runs inside headless Chromium: each function does one operation of the application the way the
 * screens do it, and the same work done by the bare library (the floor), and returns both timings.
 */

const TODAY = '2026-11-21';
const BENCH_OPERATOR = { login: 'bench', displayName: 'Benchmark', password: 'bench-password-2026' };
const KORDAI = '314800000';
const OBLAST = '310000000';
const OFFICE = { level: 'district', oblastId: OBLAST, districtId: KORDAI, officeName: 'Бенчмарк' } as const;

export interface Timing {
  samples: number[];
  floor?: number[];
  extra?: Record<string, number>;
}

const now = () => performance.now();

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = now();
  const value = await work();
  return [now() - started, value];
}

/** A database declared like ours but with the primary key only: the cheapest way to store the rows. */
function scratchDb(name: string) {
  const scratch = new Dexie(name);
  scratch.version(1).stores({ rows: 'id' });
  return scratch;
}

async function freshScratch(name: string) {
  await Dexie.delete(name);
  const scratch = scratchDb(name);
  await scratch.open();
  return scratch;
}

const db = new KelisimDb();
/** The bench works as its administrator, who has every right. */
const BENCH_ACTOR = operatorActor({ id: 'bench' as OperatorId, login: BENCH_OPERATOR.login, role: 'administrator' });
let scope: Scope = { db, actor: BENCH_ACTOR, keys: null };

async function reset(): Promise<void> {
  db.close();
  await Promise.all(['kelisim', 'bench-floor', 'bench-oblast'].map((name) => Dexie.delete(name)));
  await db.open();
}

/** The bench's operator signs in for the field keys: after the fill's first run, and after the browser is started again. */
async function resume(): Promise<void> {
  const signedIn = await verifySignIn(
    { db, actor: ANONYMOUS, keys: null },
    BENCH_OPERATOR.login,
    BENCH_OPERATOR.password,
    1_000,
  );
  scope = { db, actor: BENCH_ACTOR, keys: signedIn.keys };
}

async function fill(people: number): Promise<Timing> {
  await ensureReferenceData(db, await loadEthnicGroupSeeds());
  // The administrator first, as at first run, so that the demo's confidential content is sealed
  // with the office key as in use. The bench's operator uses a cheap key derivation so that
  // sign-in does not dominate the screen timings (the real cost is reported by the unit tests).
  await createFirstAdministrator({ db, actor: SETUP, keys: null }, BENCH_OPERATOR, 1_000);
  await resume();
  await loadOblastPlaces(scope, katoOfOblast(await loadKato(), OBLAST));
  await saveOfficeProfile(scope, { ...OFFICE, language: 'ru' });
  const places = await demoPlacesFor(scope, KORDAI);
  const [generateMs, data] = await timed(async () => generateDemoData({ people, places, today: TODAY }));
  const [loadMs] = await timed(() => loadDemoData(scope, { people, places, today: TODAY }));
  const scratch = await freshScratch('bench-floor');
  const rows = [
    data.people,
    data.associations,
    data.memberships,
    data.workingGroups,
    data.visits,
    data.events,
    data.receptions,
    data.population,
    data.tensionRisks,
    data.councils,
    data.mediationCases,
    data.plans,
    data.planItems,
    data.publications,
    data.receptionSessions,
  ];
  const [floorMs] = await timed(async () => {
    await scratch.transaction('rw', scratch.table('rows'), async () => {
      for (const table of rows) await scratch.table('rows').bulkPut(table);
    });
  });
  scratch.close();
  return {
    samples: [loadMs],
    floor: [floorMs],
    extra: {
      generateMs,
      people: data.people.length,
      events: data.events.length,
      receptions: data.receptions.length,
      memberships: data.memberships.length,
    },
  };
}

/** Typing each query letter by letter; every keystroke is one search. */
async function search(queries: string[]): Promise<Timing> {
  const samples: number[] = [];
  const floor: number[] = [];
  for (const query of queries) {
    for (let length = 2; length <= query.length; length++) {
      const typed = query.slice(0, length);
      const [ms] = await timed(() => searchPeople(scope, typed));
      samples.push(ms);
      // The floor reads the same index entries the search starts from: the first word's keys.
      const prefixes = parsePeopleQuery(typed)?.indexPrefixes ?? [];
      const [floorMs] = await timed(() =>
        db.people.where('searchTokens').startsWithAnyOf(prefixes).limit(50).toArray(),
      );
      floor.push(floorMs);
    }
  }
  return { samples, floor };
}

async function largestAssociation(): Promise<{ id: AssociationId; members: number }> {
  const ids = await db.associations.toCollection().primaryKeys();
  const counts = await Promise.all(ids.map((id) => db.memberships.where('associationId').equals(id).count()));
  const best = counts.indexOf(Math.max(...counts));
  return { id: ids[best] as AssociationId, members: counts[best] ?? 0 };
}

async function associationCard(runs: number): Promise<Timing> {
  const { id, members } = await largestAssociation();
  const samples: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push((await timed(() => membersOfAssociation(scope, id)))[0]);
    floor.push(
      (
        await timed(async () => {
          const memberships = await db.memberships.where('associationId').equals(id).toArray();
          return db.people.bulkGet(memberships.map((m) => m.personId));
        })
      )[0],
    );
  }
  return { samples, floor, extra: { members } };
}

/** A member list as offices send it: people not yet in the database, with the columns of a real list. */
function memberListFile(rows: number): Uint8Array {
  const data = generateDemoData({
    people: rows,
    places: [{ id: '314854100' as never, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' }],
    today: TODAY,
    seed: 777,
  });
  const sheetRows = [
    ['Список членов', null, null, null, null, null, null],
    ['№', 'ФИО', 'ИИН', 'Дата рождения', 'Национальность', 'Телефон', 'Адрес'],
    ...data.people.map((person, index) => [
      index + 1,
      `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`.trim(),
      person.iin ?? '',
      person.birthDate ? new Date(`${person.birthDate}T00:00:00Z`) : null,
      'казах',
      person.phone ? `8${person.phone.slice(1)}` : '',
      'ул. Абая, 1',
    ]),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheetRows, { cellDates: true }), 'Лист1');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function importMembers(rows: number): Promise<Timing> {
  const file = memberListFile(rows);
  const { id: associationId } = await largestAssociation();
  const stages: Record<string, number> = {};
  const [totalMs] = await timed(async () => {
    const [parseMs, outcome] = await timed(async () => readWorkbook('list.xlsx', file));
    stages.parseMs = parseMs;
    if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('bench file unreadable');
    const sheet = outcome.workbook.sheets[0];
    const [analyseMs, analysis] = await timed(async () =>
      analyseMembers(sheet, detectLayout(sheet, 'members'), await importLookups(scope, KORDAI), TODAY),
    );
    stages.analyseMs = analyseMs;
    const [planMs, plan] = await timed(() => planMembers(scope, analysis.valid, associationId));
    stages.planMs = planMs;
    const [writeMs] = await timed(() =>
      applyMemberImport(scope, plan, associationId, {
        fileName: 'list.xlsx',
        totals: planTotals(plan, analysis.rejected.length),
      }),
    );
    stages.writeMs = writeMs;
    stages.imported = analysis.valid.length;
    stages.rejected = analysis.rejected.length;
  });
  // Not a floor but the measure of what the write stage has to do: the same people and memberships
  // stored in one transaction into tables with the application's indexes, with nothing else.
  const batch = await db.importBatches.orderBy('at').last();
  const people = await db.people.bulkGet((batch?.added.people ?? []) as PersonId[]);
  const memberships = await db.memberships.bulkGet((batch?.added.memberships ?? []) as MembershipId[]);
  await Dexie.delete('bench-records');
  const records = new Dexie('bench-records');
  records.version(1).stores({ people: v10Stores.people, memberships: v4Stores.memberships });
  await records.open();
  const [recordsMs] = await timed(() =>
    records.transaction('rw', ['people', 'memberships'], async () => {
      await records.table('people').bulkAdd(people);
      await records.table('memberships').bulkAdd(memberships);
    }),
  );
  stages.sameRecordsBareMs = recordsMs;
  records.close();
  await Dexie.delete('bench-records');
  const scratch = await freshScratch('bench-floor');
  const [floorMs] = await timed(async () => {
    const book = XLSX.read(file, { type: 'array', cellDates: true, UTC: true, dense: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('no sheet');
    const records = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { range: 1, UTC: true });
    await scratch.table('rows').bulkPut(records.map((record, index) => ({ ...record, id: String(index) })));
  });
  scratch.close();
  return { samples: [totalMs], floor: [floorMs], extra: stages };
}

/** The floor of a styled write: ExcelJS writing exactly the same cells, with no title, styles, widths or formats. */
function unstyledWorkbook(tables: readonly ExportTable[]) {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName);
    sheet.addRow(table.columns.map((column) => column.header));
    for (const row of table.rows) sheet.addRow(row);
  }
  return workbook.xlsx.writeBuffer();
}

async function exportMembers(rows: number): Promise<Timing> {
  const people = await db.people.limit(rows).toArray();
  const lookups = await registryLookups(scope);
  const table = membersExport(
    people.map((person) => ({ person })),
    lookups,
    { language: 'ru', headers: 'ru', maskPersonalData: false, asOf: TODAY },
  );
  const [ms, bytes] = await timed(() => writeStyledWorkbook([table]));
  const [floorMs] = await timed(() => unstyledWorkbook([table]));
  return { samples: [ms], floor: [floorMs], extra: { rows: people.length, bytes: bytes.byteLength } };
}

/** The exchange package of the year, as "Send to the oblast" makes it, with the screen's defaults. */
const PACKAGE_PERIOD = periodOf('year', TODAY);
const PACKAGE_OPTIONS: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: true,
  createdAt: `${TODAY}T06:00:00.000Z`,
  asOf: TODAY,
  appVersion: 'bench',
  schemaVersion: SCHEMA_VERSION,
};
const OBLAST_READER: ReadSupport = { schemaVersion: SCHEMA_VERSION, oblastCode: OBLAST };
const registerRows = (meta: PackageMeta) => registerKeys.reduce((sum, key) => sum + meta.sheets[key].rows, 0);

/** The file exchangeWrite made, read back by exchangeRead. */
let packageFile: { name: string; bytes: Uint8Array; rows: number } | undefined;

/**
 * "Send to the oblast" from the click to the file's bytes and the audit entry, the way
 * SendPackage.tsx does it: the period's records read (collectPackageData), the workbook's sheets
 * built once (sheets and the metadata the audit entry records), the styled workbook
 * written in a worker (writePackageFile), the file hashed and the sending recorded. The floor is
 * ExcelJS writing the same cells unstyled, on this thread.
 */
async function exchangeWrite(): Promise<Timing> {
  const stages: Record<string, number> = {};
  let tables: ExportTable[] = [];
  let meta: PackageMeta | undefined;
  const [ms, bytes] = await timed(async () => {
    const [collectMs, source] = await timed(() => collectPackageData(scope, PACKAGE_PERIOD, OFFICE));
    const [buildMs, contents] = await timed(async () => packageContents(source, PACKAGE_OPTIONS));
    const built = packageTables(contents);
    const [writeMs, written] = await timed(() => writePackageFile(built));
    const [recordMs] = await timed(() => recordPackageSent(scope, contents.meta, fileHash(written)));
    Object.assign(stages, { collectMs, buildMs, writeMs, recordMs });
    tables = built;
    meta = contents.meta;
    return written;
  });
  if (!meta) throw new Error('no package built');
  const [floorMs] = await timed(() => unstyledWorkbook(tables));
  packageFile = { name: packageFileName(meta), bytes, rows: registerRows(meta) };
  return {
    samples: [ms],
    floor: [floorMs],
    extra: { ...stages, rows: packageFile.rows, bytes: bytes.byteLength },
  };
}

/**
 * An oblast office reading that file the way ReceivePackages.tsx does: SheetJS parsing and every
 * check of readExchangePackage (versions, oblast, columns, cells, checksums, summary) in a worker
 * (readPackageFile). The same two steps are then timed on this thread to show where the time goes.
 * The floor is SheetJS parsing the same bytes into rows of cells, with readWorkbook's options.
 */
async function exchangeRead(): Promise<Timing> {
  if (!packageFile) throw new Error('exchangeWrite first');
  const { name, bytes, rows } = packageFile;
  const [ms, read] = await timed(() => readPackageFile(name, bytes, OBLAST_READER));
  if (!read.ok) throw new Error(`the bench's package was refused: ${JSON.stringify(read.problem)}`);
  if (registerRows(read.package.meta) !== rows) throw new Error('the package read back has other rows');
  const [parseMs, parsed] = await timed(async () => readWorkbook(name, bytes));
  if (!parsed.ok) throw new Error('the package is unreadable on this thread');
  const [verifyMs] = await timed(async () => readExchangePackage(parsed.workbook, OBLAST_READER));
  const [floorMs] = await timed(async () => {
    const book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      UTC: true,
      cellFormula: false,
      cellHTML: false,
    });
    return book.SheetNames.map((sheet) =>
      XLSX.utils.sheet_to_json(book.Sheets[sheet] as XLSX.WorkSheet, {
        header: 1,
        raw: true,
        defval: null,
        UTC: true,
      }),
    );
  });
  return { samples: [ms], floor: [floorMs], extra: { parseMs, verifyMs, rows, bytes: bytes.byteLength } };
}

/**
 * An oblast office receiving a package from each of `count` districts and opening the
 * consolidated summary (свод) of the year: a fresh oblast database, each package stored by
 * receivePackage (its own transaction, replacing any earlier one, with its audit entry), then
 * consolidatedSummary. The packages are built from this office's records with `count` of the
 * oblast's district codes, so each is a whole, sealed package as readExchangePackage returns it
 * (reading the files is measured by exchangeRead). The floor is a plain bulkPut of the same
 * records (the package record and its rows) into a primary-key-only table.
 */
async function exchangeConsolidate(count: number): Promise<Timing> {
  const districts = (await db.places.where('level').equals('district').primaryKeys())
    .filter((id) => id.startsWith(OBLAST.slice(0, 2)))
    .sort()
    .slice(0, count);
  if (districts.length < count) throw new Error(`only ${districts.length} districts in the oblast`);
  await Dexie.delete('bench-oblast');
  const oblast = new KelisimDb('bench-oblast');
  await oblast.open();
  const oblastScope: Scope = { db: oblast, actor: BENCH_ACTOR, keys: null };
  const scratch = await freshScratch('bench-floor');
  const source = await collectPackageData(scope, PACKAGE_PERIOD, OFFICE);
  let receiveMs = 0;
  let floorMs = 0;
  let rows = 0;
  for (const [index, districtId] of districts.entries()) {
    const pkg = packageContents(
      { ...source, profile: { ...OFFICE, districtId, officeName: `Отдел ${index + 1}` } },
      PACKAGE_OPTIONS,
    );
    const [ms, outcome] = await timed(() => receivePackage(oblastScope, pkg, { fileName: packageFileName(pkg.meta) }));
    if (outcome.outcome !== 'added') throw new Error(`package ${districtId} ${outcome.outcome}`);
    receiveMs += ms;
    const { record } = outcome;
    floorMs += (
      await timed(() => scratch.table('rows').bulkPut([record, { id: `${record.id}:rows`, rows: pkg.rows }]))
    )[0];
    rows += registerRows(pkg.meta);
  }
  const [consolidateMs, summary] = await timed(() => consolidatedSummary(oblastScope, PACKAGE_PERIOD));
  if (summary.byDistrict.length !== count) throw new Error(`${summary.byDistrict.length} districts consolidated`);
  oblast.close();
  scratch.close();
  await Dexie.delete('bench-oblast');
  return {
    samples: [receiveMs + consolidateMs],
    floor: [floorMs],
    extra: { receiveMs, consolidateMs, packages: count, rows },
  };
}

/** Timings of the raw reads a screen could be built on, to choose between designs. */
async function probe(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  const measure = async (name: string, work: () => Promise<unknown>) => {
    result[name] = (await timed(work))[0];
  };
  await measure('peopleFirstPage', () => peopleFirstPage(scope));
  await measure('peopleIdsAlphabetical', () => peopleIdsAlphabetical(scope));
  await measure('listAssociations', () => listAssociations(scope));
  await measure('count', () => db.people.count());
  await measure('surnamePrimaryKeys', () => db.people.orderBy('surname').primaryKeys());
  await measure('surnameKeys', () => db.people.orderBy('surname').keys());
  await measure('allPrimaryKeys', () => db.people.toCollection().primaryKeys());
  await measure('offset50000limit100', () => db.people.orderBy('surname').offset(50_000).limit(100).toArray());
  await measure('first100', () => db.people.orderBy('surname').limit(100).toArray());
  await measure('deletedKeys', () => db.people.where('deletedAt').above('').primaryKeys());
  const { id } = await largestAssociation();
  await measure('membershipsOfLargest', () => db.memberships.where('associationId').equals(id).toArray());
  await measure('membershipKeysOfLargest', () => db.memberships.where('associationId').equals(id).primaryKeys());
  const memberships = await db.memberships.where('associationId').equals(id).toArray();
  await measure('bulkGetMembers', () => db.people.bulkGet(memberships.map((m) => m.personId)));
  await measure('bulkGet100', () => db.people.bulkGet(memberships.slice(0, 100).map((m) => m.personId)));
  await measure('toArrayAllPeople', () => db.people.toArray());
  return result;
}

/** The bare index read of this month's events: what the calendar's month view must at least do. */
async function monthEventsFloor(): Promise<Timing> {
  const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  const from = `${today.slice(0, 7)}-01`;
  const to = `${today.slice(0, 7)}-32`;
  const floor: number[] = [];
  let events = 0;
  for (let run = 0; run < 3; run++) {
    const [ms, rows] = await timed(() => db.events.where('start').between(from, to).toArray());
    floor.push(ms);
    events = rows.length;
  }
  return { samples: [], floor, extra: { events } };
}

/**
 * The reception journal of a month with the confidential ones shown, opened with the office key,
 * against the same journal read without opening anything (a session without the key).
 */
async function sealedJournal(runs: number): Promise<Timing> {
  const month = periodOf('month', TODAY);
  const keyless: Scope = { ...scope, keys: null as SessionKeys | null };
  const samples: number[] = [];
  const floor: number[] = [];
  let rows = 0;
  let sealed = 0;
  for (let run = 0; run < runs; run++) {
    const [ms, journal] = await timed(() => receptionsInPeriod(scope, month, true));
    samples.push(ms);
    rows = journal.rows.length;
    sealed = journal.rows.filter((reception) => reception.confidential).length;
    floor.push((await timed(() => receptionsInPeriod(keyless, month, true)))[0]);
  }
  return { samples, floor, extra: { rows, sealed } };
}

/**
 * The dashboard's data from a fresh read to the first figures: the repository's read and
 * projection, then the first computation, which also indexes the data. The floor is the same
 * tables read by Dexie and nothing done with them.
 */
async function dashboardLoad(runs: number): Promise<Timing> {
  const { districtOf } = placeLookup(await db.places.toArray());
  const samples: number[] = [];
  const floor: number[] = [];
  const stages = { readMs: 0, firstComputeMs: 0 };
  for (let run = 0; run < runs; run++) {
    const [total] = await timed(async () => {
      const [readMs, data] = await timed(() => loadDashboardData(scope));
      const [firstComputeMs] = await timed(async () =>
        computeDashboard(data, dashboardPeriod('month', TODAY), {}, TODAY, districtOf),
      );
      stages.readMs = readMs;
      stages.firstComputeMs = firstComputeMs;
    });
    samples.push(total);
    const [floorMs] = await timed(() =>
      db.transaction('r', [db.events, db.receptions, db.associations, db.memberships, db.people], async () => {
        const [, , , memberships] = await Promise.all([
          db.events.toArray(),
          db.receptions.toArray(),
          db.associations.toArray(),
          db.memberships.toArray(),
        ]);
        return db.people.bulkGet([...new Set(memberships.map((membership) => membership.personId))]);
      }),
    );
    floor.push(floorMs);
  }
  return { samples, floor, extra: stages };
}

/** Periods and places a user clicks through: every month, quarter and half of the year, the year, two custom ranges. */
function dashboardChoices(settlement: string): [Period, DashboardPlace][] {
  const periods: Period[] = [
    ...Array.from({ length: 12 }, (_, month) =>
      dashboardPeriod('month', `2026-${String(month + 1).padStart(2, '0')}-15`),
    ),
    ...['2026-02-15', '2026-05-15', '2026-08-15', '2026-11-15'].map((day) => dashboardPeriod('quarter', day)),
    dashboardPeriod('half', '2026-03-01'),
    dashboardPeriod('half', '2026-09-01'),
    dashboardPeriod('year', TODAY),
    dashboardPeriod('custom', '2026-03-10', '2026-04-20'),
    dashboardPeriod('custom', '2025-12-01', TODAY),
  ];
  const places: DashboardPlace[] = [{}, { districtId: KORDAI }, { placeId: settlement }];
  return periods.map((period, at) => [period, places[at % places.length] ?? {}]);
}

/**
 * computeDashboard on loaded data as the period or the place changes. The floor is the least
 * any computation must do: one plain loop over the same arrays, comparing each record's day with
 * the period.
 */
async function dashboardRecompute(rounds: number): Promise<Timing> {
  const { districtOf } = placeLookup(await db.places.toArray());
  const data: DashboardData = await loadDashboardData(scope);
  const settlement = (await demoPlacesFor(scope, KORDAI))[0]?.id ?? KORDAI;
  const choices = dashboardChoices(settlement);
  computeDashboard(data, dashboardPeriod('month', TODAY), {}, TODAY, districtOf);
  const samples: number[] = [];
  const floor: number[] = [];
  let held = 0;
  let floorCounted = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [period, place] of choices) {
      let started = now();
      const figures = computeDashboard(data, period, place, TODAY, districtOf);
      samples.push(now() - started);
      held += figures.eventsHeld.current;
      started = now();
      const to = `${period.to}T99`;
      for (const event of data.events) if (event.start >= period.from && event.start <= to) floorCounted++;
      for (const reception of data.receptions)
        if (reception.date >= period.from && reception.date <= period.to) floorCounted++;
      for (const membership of data.memberships) if (!membership.leftOn) floorCounted++;
      floor.push(now() - started);
    }
  }
  return { samples, floor, extra: { choices: choices.length, held, floorCounted } };
}

/** Per village, the figures an oblast's form asks for in a sheet's columns, each for two periods. */
const FORM_COLUMNS: readonly FigureId[] = [
  'eventsHeldByVillage',
  'participantsByVillage',
  'receptionsByVillage',
  'helpedByVillage',
  'membersByVillage',
];
const FORM_PERIODS: readonly FigurePeriod[][] = [
  ['q1', 'q2'],
  ['q3', 'q4'],
  ['h1', 'h2'],
  ['selected', 'yearToDate'],
  ['m01', 'm12'],
];

/**
 * An authority's form filled for the year: five sheets, each a table of the district's villages
 * (rows) by five figures for two periods (columns), about 2,000 cells at the bench's 40 villages;
 * the figures computed from the loaded dashboard data and written into the workbook. The floor is
 * ExcelJS reading and writing the same blank workbook.
 */
async function formFill(runs: number): Promise<Timing> {
  const { districtOf } = placeLookup(await db.places.toArray());
  const data: DashboardData = await loadDashboardData(scope);
  const villages = (await demoPlacesFor(scope, KORDAI)).slice(0, 40);
  const workbook = new ExcelJS.Workbook();
  const blocks: FormMapping['blocks'] = [];
  FORM_PERIODS.forEach((periods, at) => {
    const name = `Лист ${at + 1}`;
    const sheet = workbook.addWorksheet(name);
    sheet.mergeCells(1, 1, 1, 1 + FORM_COLUMNS.length * periods.length);
    sheet.getCell(1, 1).value = 'Информация о проведённой работе по сёлам района';
    villages.forEach((village, row) => {
      sheet.getCell(3 + row, 1).value = village.nameRu;
    });
    sheet.getCell(3 + villages.length, 1).value = 'Итого';
    const columns = FORM_COLUMNS.flatMap((figure, index) =>
      periods.map((period, offset) => ({
        column: String.fromCharCode(66 + index * periods.length + offset),
        figure: { figure, period },
      })),
    );
    blocks.push({
      sheet: name,
      labelColumn: 'A',
      firstRow: 3,
      lastRow: 2 + villages.length,
      dimension: 'village',
      rows: villages.map((village, row) => ({ row: 3 + row, label: village.nameRu, match: village.id })),
      columns,
    });
  });
  const template = new Uint8Array(await workbook.xlsx.writeBuffer());
  const mapping: FormMapping = {
    name: 'bench',
    periodKind: 'year',
    template: { fileName: 'bench.xlsx', sha256: fileHash(template) },
    cells: [],
    blocks,
  };
  const source = { data, today: TODAY, place: {}, districtOf, fixed: {} };
  const period = periodOf('year', TODAY);
  const samples: number[] = [];
  const floor: number[] = [];
  let cells = 0;
  for (let run = 0; run < runs; run++) {
    const [ms, filled] = await timed(async () => fillWorkbook(template, planFormFill(mapping, source, period).writes));
    samples.push(ms);
    cells =
      filled.bytes.byteLength > 0
        ? blocks.reduce((sum, block) => sum + block.rows.length * block.columns.length, 0)
        : 0;
    const [floorMs] = await timed(async () => {
      const bare = new ExcelJS.Workbook();
      await bare.xlsx.load(template.slice().buffer);
      return bare.xlsx.writeBuffer();
    });
    floor.push(floorMs);
  }
  return { samples, floor, extra: { cells } };
}

/**
 * The plan page's rows: the year's plan (200 items at 100,000 people) with each item's linked events
 * and its status. The floor reads the same items and events by their indexes and does nothing else.
 */
async function planPage(runs: number): Promise<Timing> {
  const plan = (await db.plans.toArray()).find((candidate) => !candidate.deletedAt);
  if (!plan) throw new Error('the demo has no plan');
  const samples: number[] = [];
  const floor: number[] = [];
  let items = 0;
  for (let run = 0; run < runs; run++) {
    const [ms, rows] = await timed(() => planItemRows(scope, plan.id, TODAY));
    samples.push(ms);
    items = rows.length;
    const [floorMs] = await timed(async () => {
      const planItems = await db.planItems.where('planId').equals(plan.id).toArray();
      return db.events
        .where('planItemId')
        .anyOf(planItems.map((item) => item.id))
        .toArray();
    });
    floor.push(floorMs);
  }
  return { samples, floor, extra: { items } };
}

/** The year's publications as their page opens (5,000 at 100,000 people), counted by outlet and language. */
async function publicationsOfYear(runs: number): Promise<Timing> {
  const period = periodOf('year', TODAY);
  const samples: number[] = [];
  const floor: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const [ms] = await timed(async () => {
      const rows = await publicationsInPeriod(scope, period);
      count = countPublications(rows, period).count;
    });
    samples.push(ms);
    const [floorMs] = await timed(() =>
      db.publications.where('date').between(period.from, period.to, true, true).toArray(),
    );
    floor.push(floorMs);
  }
  return { samples, floor, extra: { count } };
}

/**
 * Coverage of the district's population over the year, as its report and the dashboard's card
 * compute it. The floor reads the same tables (the year's events, the places, the population).
 */
async function coverageOfYear(runs: number): Promise<Timing> {
  const period = periodOf('year', TODAY);
  const samples: number[] = [];
  const floor: number[] = [];
  let settlements = 0;
  for (let run = 0; run < runs; run++) {
    const [ms, coverage] = await timed(() => coverageOfPeriod(scope, period));
    samples.push(ms);
    settlements = coverage.settlements.length + coverage.remote.length;
    const [from, to] = periodBounds(period);
    const [floorMs] = await timed(() =>
      Promise.all([
        db.events.where('start').between(from, to, true, false).toArray(),
        db.places.toArray(),
        db.population.toArray(),
      ]),
    );
    floor.push(floorMs);
  }
  return { samples, floor, extra: { settlements } };
}

/** Token generation alone, for the import breakdown. */
function tokensFor(count: number): number {
  const started = now();
  for (let index = 0; index < count; index++)
    personSearchTokens({ surname: 'Әбдірахманов', givenName: 'Нұрлан', iin: '900101300126' });
  return now() - started;
}

Object.assign(window, {
  kelisimBench: {
    reset,
    fill,
    resume,
    search,
    associationCard,
    largestAssociationId: async () => (await largestAssociation()).id,
    importMembers,
    exportMembers,
    exchangeWrite,
    exchangeRead,
    exchangeConsolidate,
    tokensFor,
    monthEventsFloor,
    dashboardLoad,
    dashboardRecompute,
    formFill,
    sealedJournal,
    planPage,
    publicationsOfYear,
    coverageOfYear,
    probe,
    ...syncBench(db),
  },
});
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
