import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import { directoryItemId, directorySeed } from '@shared/directories/seed';
import {
  packageContents,
  packageTables,
  sealPackage,
  type PackageOptions,
  type PackageSource,
} from '@shared/exchange/build';
import { FORMAT_VERSION, METADATA_SHEET, type ExchangePackage } from '@shared/exchange/format';
import { packageSummary } from '@shared/exchange/summary';
import { monitoringFixture, SECRET } from '@shared/exchange/test-monitoring';
import { withMetadataEntries } from '@shared/exchange/test-workbook';
import type { PlaceId } from '@shared/model/ids';
import { SCHEMA_VERSION } from '@/db/db';
import { writeStyledWorkbook } from '@/export/styled-workbook';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';
import { readPackageBytes } from './read-package';

const TODAY = '2026-11-21';
const places = [
  { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' },
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
];
const supported = { schemaVersion: SCHEMA_VERSION };

async function source(): Promise<PackageSource> {
  const data = generateDemoData({ people: 400, places, today: TODAY });
  const groups = await loadEthnicGroupSeeds();
  const named = (kind: string, by: 'code' | 'id') =>
    new Map(
      directorySeed
        .filter((item) => item.kind === kind)
        .map((item) => [by === 'code' ? item.code : directoryItemId(item.kind, item.code), item] as const),
    );
  const people = new Map(data.people.map((person) => [person.id as string, person]));
  const period = { from: '2026-01-01', to: '2026-09-30' };
  const [person, other] = data.people;
  const monitoring = monitoringFixture(period, {
    place: places[0]?.id,
    person: person?.id,
    otherPerson: other?.id,
    event: data.events[0]?.id,
    reception: data.receptions[0]?.id,
  });
  return {
    profile: {
      level: 'district',
      officeName: 'ГУ «Отдел внутренней политики»',
      oblastId: '310000000',
      districtId: '314800000',
    },
    period,
    associations: data.associations,
    members: data.memberships.flatMap((membership) => {
      const person = people.get(membership.personId);
      return person ? [{ membership, person }] : [];
    }),
    events: data.events,
    visits: data.visits,
    receptions: data.receptions,
    risks: monitoring.risks,
    mediationCases: monitoring.mediationCases,
    councils: monitoring.councils,
    lookups: {
      places: new Map<string, { nameRu: string; nameKk: string }>([
        ...places.map((place) => [place.id as string, place] as const),
        ['314800000', { nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' }],
      ]),
      ethnicGroups: new Map(groups.map((group) => [group.id as string, group])),
      legalForms: named('legal_form', 'code'),
      eventTypes: named('event_type', 'code'),
      directions: named('direction', 'id'),
      topics: named('reception_topic', 'code'),
      agencies: named('agency', 'id'),
      workingGroups: new Map(data.workingGroups.map((group) => [group.id as string, group.name])),
      people,
    },
  };
}

const options = (overrides: Partial<PackageOptions> = {}): PackageOptions => ({
  language: 'ru',
  includeConfidential: true,
  maskPersonalData: false,
  createdAt: '2026-11-21T06:30:00.000Z',
  asOf: TODAY,
  appVersion: '0.1.0',
  schemaVersion: SCHEMA_VERSION,
  ...overrides,
});

const write = (pkg: ExchangePackage) => writeStyledWorkbook(packageTables(pkg));

/** Opens the written file in ExcelJS, as Excel would, changes it, and saves it again. */
async function edit(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  change(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function metadataRow(workbook: ExcelJS.Workbook, key: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  let found: ExcelJS.Row | undefined;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === key) found = row;
  });
  if (!found) throw new Error(`no metadata row ${key}`);
  return found;
}

describe('exchange package through a real .xlsx (ExcelJS writes, SheetJS reads)', () => {
  it.each([
    ['ru', false],
    ['kk', true],
  ] as const)('reads back equal data and equal checksums (labels %s, masked %s)', async (language, mask) => {
    const pkg = packageContents(await source(), options({ language, maskPersonalData: mask }));
    expect(pkg.rows.members.length).toBeGreaterThan(100);
    const result = readPackageBytes('package.xlsx', await write(pkg), supported);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.package.meta.sheets).toEqual(pkg.meta.sheets);
    expect(result.package).toEqual(pkg);
  });

  it('keeps dates, leading zeros, line breaks, escapes and formula-like text exactly', async () => {
    const pkg = packageContents(await source(), options());
    const [first, ...rest] = pkg.rows.receptions;
    const [member, ...others] = pkg.rows.members;
    if (!first || !member) throw new Error('empty fixture');
    const rows = {
      ...pkg.rows,
      receptions: [
        {
          ...first,
          summary: 'Строка 1\nСтрока 2\tс табуляцией _x000D_ «кавычки»',
          help_text: '=HYPERLINK("http://evil.example")',
          control_body: '  пробелы по краям  ',
          control_deadline: '2026-02-28',
          date: '2026-01-01',
        },
        ...rest,
      ],
      members: [{ ...member, iin: '000101500123', birth_date: '1900-03-01', phone: '+7 701 123 45 67' }, ...others],
    };
    const tricky = sealPackage({ ...pkg, rows, summary: packageSummary(rows, pkg.meta.asOf) });
    const result = readPackageBytes('package.xlsx', await write(tricky), supported);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.package.rows.receptions[0]).toEqual(tricky.rows.receptions[0]);
    expect(result.package.rows.members[0]).toEqual(tricky.rows.members[0]);
    expect(result.package).toEqual(tricky);
  });

  it('puts the field keys in row 5 under the header, and the data from row 6', async () => {
    const pkg = packageContents(await source(), options());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await write(pkg)).buffer as ArrayBuffer);
    const events = workbook.getWorksheet(pkg.meta.sheets.events.name);
    expect(events?.getRow(4).getCell(2).value).toBe('Дата');
    expect(events?.getRow(5).getCell(1).value).toBe('id');
    expect(events?.getRow(5).getCell(2).value).toBe('date');
    expect(events?.getRow(6).getCell(1).value).toBe(pkg.rows.events[0]?.id);
    expect(events?.getRow(6).getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(workbook.worksheets.at(-1)?.name).toBe(METADATA_SHEET);
  });

  it('refuses the file when a cell was edited in the spreadsheet afterwards', async () => {
    const pkg = packageContents(await source(), options());
    const sheetName = pkg.meta.sheets.receptions.name;
    const edited = await edit(await write(pkg), (workbook) => {
      const cell = workbook.getWorksheet(sheetName)?.getRow(6).getCell(9);
      if (cell) cell.value = 'Исправлено вручную';
    });
    const result = readPackageBytes('package.xlsx', edited, supported);
    expect(result.ok ? undefined : result.problem).toEqual({
      code: 'checksum_mismatch',
      sheet: sheetName,
      expectedRows: pkg.rows.receptions.length,
      actualRows: pkg.rows.receptions.length,
    });
  });

  it('refuses the file when its metadata was edited', async () => {
    const pkg = packageContents(await source(), options());
    const edited = await edit(await write(pkg), (workbook) => {
      metadataRow(workbook, 'period_to').getCell(2).value = '2026-12-31';
    });
    const result = readPackageBytes('package.xlsx', edited, supported);
    expect(result.ok ? undefined : result.problem).toMatchObject({ code: 'checksum_mismatch', sheet: METADATA_SHEET });
  });

  it('refuses a package from a newer version of the application, and an unknown format', async () => {
    const newer = packageContents(await source(), options({ schemaVersion: SCHEMA_VERSION + 1 }));
    const result = readPackageBytes('package.xlsx', await write(newer), supported);
    expect(result.ok ? undefined : result.problem).toEqual({
      code: 'newer_schema',
      found: SCHEMA_VERSION + 1,
      supported: SCHEMA_VERSION,
    });

    const pkg = packageContents(await source(), options());
    const edited = await edit(await write(pkg), (workbook) => {
      metadataRow(workbook, 'format_version').getCell(2).value = String(FORMAT_VERSION + 1);
    });
    const unknown = readPackageBytes('package.xlsx', edited, supported);
    expect(unknown.ok ? undefined : unknown.problem).toEqual({
      code: 'unknown_format_version',
      found: String(FORMAT_VERSION + 1),
      supported: FORMAT_VERSION,
    });
  });

  it.each([
    ['ru', false],
    ['kk', true],
  ] as const)(
    'with monitoring included, reads back the risks and mediation sheets equal and checksummed (labels %s, masked %s)',
    async (language, mask) => {
      const pkg = packageContents(
        await source(),
        options({ language, maskPersonalData: mask, includeMonitoring: true }),
      );
      expect(pkg.rows.risks).toHaveLength(2);
      expect(pkg.rows.mediation).toHaveLength(2);
      expect(pkg.rows.risks?.find((row) => row.id === 'risk-pasture')?.groups).toBe(
        language === 'ru' ? 'казахи, узбеки' : 'қазақтар, өзбектер',
      );
      expect(pkg.meta.sheets.risks?.sha256).toMatch(/^[0-9a-f]{64}$/);
      const bytes = await write(pkg);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(pkg.meta.sheets.risks?.name);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(pkg.meta.sheets.mediation?.name);
      expect(metadataRow(workbook, 'monitoring_included').getCell(2).value).toBe('1');
      const result = readPackageBytes('package.xlsx', bytes, supported);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.package.meta.sheets).toEqual(pkg.meta.sheets);
      expect(result.package.rows.risks).toEqual(pkg.rows.risks);
      expect(result.package.rows.mediation).toEqual(pkg.rows.mediation);
      expect(result.package).toEqual(pkg);
    },
  );

  it('leaves every risk and mediation text out of the file unless monitoring is included', async () => {
    const pkg = packageContents(await source(), options());
    expect(pkg.meta.monitoringIncluded).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await write(pkg)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain('Риски');
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain('Медиация');
    const cells: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.some((text) => text.includes(SECRET) || text.includes('risk-pasture'))).toBe(false);
    expect(metadataRow(workbook, 'monitoring_included').getCell(2).value).toBe('0');
  });

  it('refuses the file when a risk was edited in the spreadsheet afterwards', async () => {
    const pkg = packageContents(await source(), options({ includeMonitoring: true }));
    const sheetName = pkg.meta.sheets.risks?.name ?? '';
    const edited = await edit(await write(pkg), (workbook) => {
      const sheet = workbook.getWorksheet(sheetName);
      const column = (sheet?.getRow(5).values as unknown[]).indexOf('level');
      const cell = sheet?.getRow(6).getCell(column);
      if (cell) cell.value = cell.value === 'high' ? 'low' : 'high';
    });
    const result = readPackageBytes('package.xlsx', edited, supported);
    expect(result.ok ? undefined : result.problem).toEqual({
      code: 'checksum_mismatch',
      sheet: sheetName,
      expectedRows: 2,
      actualRows: 2,
    });
  });

  it('reads a package written before the monitoring sheets existed (no monitoring_included in its metadata)', async () => {
    const pkg = packageContents(await source(), options());
    const old = withMetadataEntries(packageTables(pkg), (entries) =>
      entries.filter((row) => row[0] !== 'monitoring_included'),
    );
    const bytes = await writeStyledWorkbook(old);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(() => metadataRow(workbook, 'monitoring_included')).toThrow();
    const result = readPackageBytes('package.xlsx', bytes, supported);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.package.meta.monitoringIncluded).toBe(false);
    expect(result.package).toEqual(pkg);
  });

  it('says a member list or random bytes are not a package, and a file of another kind is unreadable', async () => {
    const pkg = packageContents(await source(), options());
    const [associations] = packageTables(pkg);
    if (!associations) throw new Error('no sheet');
    const notPackage = readPackageBytes('list.xlsx', await writeStyledWorkbook([associations]), supported);
    expect(notPackage.ok ? undefined : notPackage.problem).toEqual({ code: 'not_a_package' });
    const garbage = readPackageBytes('package.xlsx', new Uint8Array([1, 2, 3, 4]), supported);
    expect(garbage.ok ? undefined : garbage.problem).toEqual({ code: 'not_a_package' });
    const pdf = readPackageBytes('package.pdf', new Uint8Array([37, 80, 68, 70]), supported);
    expect(pdf.ok ? undefined : pdf.problem).toEqual({ code: 'unreadable' });
  });
});
