import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generate';
import type { ExportTable } from '../export/table';
import type { PlaceId } from '../model/ids';
import {
  buildExchangePackage,
  packageContents,
  packageTables,
  sealPackage,
  signPackage,
  type PackageOptions,
  type PackageSource,
} from './build';
import { escapeForXlsx, normaliseCell, packageText, sheetChecksum, type CanonicalValue } from './checksum';
import {
  METADATA_SHEET,
  monitoringFields,
  registerKeys,
  summaryFigures,
  type ExchangePackage,
  type PackageRows,
} from './format';
import { fullName } from '../people/search';
import { problemMessage } from './messages';
import { columnLetter, readExchangePackage, type PackageProblem, type ReadSupport } from './read';
import { initials } from './sheets/cells';
import { signedMessage } from './signature';
import { packageSummary } from './summary';
import { monitoringFixture, SECRET } from './test-monitoring';
import { tablesToWorkbook, withCell, withMetadataEntries } from './test-workbook';

const TODAY = '2026-11-21';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const places = [
  { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' },
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
];
const SUPPORTED = { schemaVersion: 7 };

function source(): PackageSource {
  const data = generateDemoData({ people: 300, places, today: TODAY });
  const byId = new Map(data.people.map((person) => [person.id as string, person]));
  return {
    profile: {
      level: 'district',
      officeName: 'Отдел внутренней политики',
      oblastId: '310000000',
      districtId: '314800000',
    },
    period: YEAR,
    associations: data.associations,
    members: data.memberships.flatMap((membership) => {
      const person = byId.get(membership.personId);
      return person ? [{ membership, person }] : [];
    }),
    events: data.events,
    visits: data.visits,
    receptions: data.receptions,
    lookups: {
      places: new Map<string, { nameRu: string; nameKk: string }>([
        ...places.map((place) => [place.id as string, place] as const),
        ['314800000', { nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' }],
      ]),
      people: byId,
      workingGroups: new Map(data.workingGroups.map((group) => [group.id as string, group.name])),
    },
  };
}

const OPTIONS: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: false,
  createdAt: '2026-11-21T06:30:00.000Z',
  asOf: TODAY,
  appVersion: '0.1.0',
  schemaVersion: 7,
};

function read(pkg: ExchangePackage, supported: ReadSupport = SUPPORTED) {
  return readExchangePackage(tablesToWorkbook(packageTables(pkg)), supported);
}

function problemOf(result: ReturnType<typeof readExchangePackage>): PackageProblem | undefined {
  return result.ok ? undefined : result.problem;
}

/** The zero-based row of the first data row of a sheet: title, subtitle, blank, header, keys, then data. */
const FIRST_DATA = 5;

describe('exchange package: build and read', () => {
  it('reads back exactly what was built, sheet by sheet, with the same checksums', () => {
    const pkg = packageContents(source(), OPTIONS);
    expect(pkg.rows.associations.length).toBeGreaterThan(0);
    expect(pkg.rows.members.length).toBeGreaterThan(0);
    expect(pkg.rows.events.length).toBeGreaterThan(0);
    expect(pkg.rows.receptions.length).toBeGreaterThan(0);
    const result = read(pkg);
    expect(problemOf(result)).toBeUndefined();
    if (!result.ok) return;
    expect(result.package).toEqual(pkg);
  });

  it.each(['ru', 'kk'] as const)(
    "reads a %s package whose headers carry an older version's words: columns are found by their keys",
    (language) => {
      const pkg = packageContents(source(), { ...OPTIONS, language });
      const older: Readonly<Record<string, string>> = {
        'Проводивший приём': 'Принимал',
        'Қабылдау жүргізуші': 'Қабылдаған',
        'Эл. почта': 'E-mail',
        'Эл. пошта': 'E-mail',
      };
      const workbook = tablesToWorkbook(packageTables(pkg));
      const renamed = workbook.sheets.flatMap((sheet) =>
        (sheet.rows[3] ?? []).filter((cell) => typeof cell === 'string' && cell in older),
      );
      expect(renamed.length).toBeGreaterThanOrEqual(2);
      const asOlderVersionWrote = {
        ...workbook,
        sheets: workbook.sheets.map((sheet) => ({
          ...sheet,
          rows: sheet.rows.map((row, index) =>
            index === 3 ? row.map((cell) => (typeof cell === 'string' ? (older[cell] ?? cell) : cell)) : row,
          ),
        })),
      };
      const result = readExchangePackage(asOlderVersionWrote, SUPPORTED);
      expect(problemOf(result)).toBeUndefined();
      if (result.ok) expect(result.package).toEqual(pkg);
    },
  );

  it('lays out one sheet per register, the summary, and the metadata sheet last, keys under the header', () => {
    const tables = buildExchangePackage(source(), OPTIONS);
    expect(tables.map((table) => table.sheetName)).toEqual([
      'Объединения',
      'Члены',
      'Мероприятия',
      'Выезды',
      'Приём граждан',
      'Публикации',
      'Массовые приёмы',
      'Сводка',
      METADATA_SHEET,
    ]);
    expect(tables[0]?.columns[1]?.header).toBe('Название (рус.)');
    expect(tables[0]?.rows[0]?.slice(0, 3)).toEqual(['id', 'name_ru', 'name_kk']);
    expect(tables[8]?.rows[0]).toEqual(['key', 'value', 'description']);
    const meta = new Map(tables[8]?.rows.slice(1).map((row) => [row[0], row[1]]));
    expect(meta.get('format')).toBe('kelisim-exchange');
    expect(meta.get('format_version')).toBe('2');
    expect(meta.get('schema_version')).toBe('7');
    expect(meta.get('district_code')).toBe('314800000');
    expect(meta.get('district_name_kk')).toBe('Қордай ауданы');
    expect(meta.get('sheet.members.rows')).toBe(String((tables[1]?.rows.length ?? 0) - 1));
    expect(meta.get('metadata_sha256')).toMatch(/^[0-9a-f]{64}$/);

    const kk = buildExchangePackage(source(), { ...OPTIONS, language: 'kk' });
    expect(kk.map((table) => table.sheetName)).toEqual([
      'Бірлестіктер',
      'Мүшелер',
      'Іс-шаралар',
      'Сапарлар',
      'Азаматтарды қабылдау',
      'Жарияланымдар',
      'Жаппай қабылдаулар',
      'Жиынтық',
      METADATA_SHEET,
    ]);
    expect(readExchangePackage(tablesToWorkbook(kk), SUPPORTED).ok).toBe(true);
  });

  it('keeps each record under its own id, so that a re-sent package can replace rows one for one', () => {
    const input = source();
    const pkg = packageContents(input, OPTIONS);
    const live = input.associations.filter((association) => !association.deletedAt).map((a) => a.id);
    expect(pkg.rows.associations.map((row) => row.id).sort()).toEqual([...live].sort());
    for (const key of registerKeys) {
      const ids = pkg.rows[key].map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('leaves confidential receptions out unless chosen, and says how many', () => {
    const input = source();
    const inPeriod = input.receptions.filter((r) => !r.deletedAt && r.date >= YEAR.from && r.date <= YEAR.to);
    const confidential = inPeriod.filter((r) => r.confidential).length;
    expect(confidential).toBeGreaterThan(0);

    const without = packageContents(input, OPTIONS);
    expect(without.rows.receptions.some((row) => row.confidential === 1)).toBe(false);
    expect(without.rows.receptions).toHaveLength(inPeriod.length - confidential);
    expect(without.meta.confidentialLeftOut).toBe(confidential);
    const tables = packageTables(without);
    expect(tables[4]?.notes).toContain(`Не включены конфиденциальные приёмы: ${confidential}`);

    const withThem = packageContents(input, { ...OPTIONS, includeConfidential: true });
    expect(withThem.rows.receptions).toHaveLength(inPeriod.length);
    expect(withThem.meta).toMatchObject({ confidentialIncluded: true, confidentialLeftOut: 0 });
    expect(withThem.summary.receptions).toBe(inPeriod.length);
    expect(read(withThem).ok).toBe(true);
  });

  it('masks IINs and phones, drops addresses and birth dates, and reduces citizens to initials when asked', () => {
    const input = source();
    const plain = packageContents(input, OPTIONS);
    const masked = packageContents(input, { ...OPTIONS, maskPersonalData: true });
    expect(plain.rows.members.some((row) => row.iin && /^\d{12}$/.test(row.iin))).toBe(true);
    const everything = JSON.stringify(masked.rows);
    for (const person of input.members.map((entry) => entry.person))
      if (person.iin) expect(everything).not.toContain(person.iin);
    for (const row of masked.rows.members) {
      if (row.iin) expect(row.iin).toMatch(/^\d{4}•{6}\d{2}$/);
      if (row.phone) expect(row.phone).toMatch(/^\+7 \d{3} ••• •• \d{2}$|^••••••$/);
      expect(row.address).toBeNull();
      expect(row.birth_date).toBeNull();
    }
    expect(masked.rows.members.some((row) => row.birth_year !== null)).toBe(true);
    for (const row of masked.rows.receptions) {
      if (row.citizen) expect(row.citizen).toMatch(/^(\S\. ?){1,3}$/);
      if (row.citizen_iin) expect(row.citizen_iin).toMatch(/^\d{4}•{6}\d{2}$/);
    }
    expect(masked.meta.personalDataMasked).toBe(true);
    expect(packageTables(masked)[1]?.notes?.some((note) => note.includes('скрыты'))).toBe(true);
    expect(read(masked).ok).toBe(true);
    expect(initials({ surname: 'Сейітов', givenName: 'Нұрлан', patronymic: 'Асқарұлы' })).toBe('С. Н. А.');
  });

  it('refuses a package whose data cell was changed after it was made', () => {
    const pkg = packageContents(source(), OPTIONS);
    const workbook = tablesToWorkbook(packageTables(pkg));
    const events = pkg.meta.sheets.events.name;
    const participantsColumn = packageTables(pkg)[2]?.rows[0]?.indexOf('actual_participants') ?? -1;
    const tampered = withCell(workbook, events, FIRST_DATA, participantsColumn, 9999);
    expect(problemOf(readExchangePackage(tampered, SUPPORTED))).toEqual({
      code: 'checksum_mismatch',
      sheet: events,
      expectedRows: pkg.rows.events.length,
      actualRows: pkg.rows.events.length,
    });

    // A row taken away: the count and the checksum both differ.
    const members = pkg.meta.sheets.members.name;
    const shortened = {
      ...workbook,
      sheets: workbook.sheets.map((sheet) =>
        sheet.name === members ? { ...sheet, rows: sheet.rows.filter((_, index) => index !== FIRST_DATA) } : sheet,
      ),
    };
    expect(problemOf(readExchangePackage(shortened, SUPPORTED))).toMatchObject({
      code: 'checksum_mismatch',
      sheet: members,
      actualRows: pkg.rows.members.length - 1,
    });
  });

  it('refuses a package whose metadata was changed (another district written in)', () => {
    const workbook = tablesToWorkbook(packageTables(packageContents(source(), OPTIONS)));
    const meta = workbook.sheets.find((sheet) => sheet.name === METADATA_SHEET);
    const row = meta?.rows.findIndex((cells) => cells[0] === 'district_code') ?? -1;
    const tampered = withCell(workbook, METADATA_SHEET, row, 1, '314900000');
    expect(problemOf(readExchangePackage(tampered, SUPPORTED))).toMatchObject({
      code: 'checksum_mismatch',
      sheet: METADATA_SHEET,
    });
  });

  it('refuses a package from a newer schema, naming both versions', () => {
    const pkg = packageContents(source(), { ...OPTIONS, schemaVersion: 9 });
    const problem = problemOf(read(pkg));
    expect(problem).toEqual({ code: 'newer_schema', found: 9, supported: 7 });
    expect(problemMessage(problem as PackageProblem, 'ru')).toContain('схема данных 9, у вас 7');
    expect(problemMessage(problem as PackageProblem, 'kk')).toContain('деректер сызбасы 9, сізде 7');
    // An older schema is fine: the layout is the format version's.
    expect(read(packageContents(source(), { ...OPTIONS, schemaVersion: 6 })).ok).toBe(true);
  });

  it('refuses an unknown format version and anything that is not a package', () => {
    const workbook = tablesToWorkbook(packageTables(packageContents(source(), OPTIONS)));
    const meta = workbook.sheets.find((sheet) => sheet.name === METADATA_SHEET);
    const versionRow = meta?.rows.findIndex((cells) => cells[0] === 'format_version') ?? -1;
    expect(problemOf(readExchangePackage(withCell(workbook, METADATA_SHEET, versionRow, 1, '3'), SUPPORTED))).toEqual({
      code: 'unknown_format_version',
      found: '3',
      supported: 2,
    });
    const formatRow = meta?.rows.findIndex((cells) => cells[0] === 'format') ?? -1;
    expect(
      problemOf(readExchangePackage(withCell(workbook, METADATA_SHEET, formatRow, 1, 'other-format'), SUPPORTED)),
    ).toEqual({ code: 'not_a_package' });
    const memberList = { fileName: 'members.xlsx', sheets: workbook.sheets.slice(0, 2) };
    expect(problemOf(readExchangePackage(memberList, SUPPORTED))).toEqual({ code: 'not_a_package' });
    expect(problemOf(readExchangePackage({ fileName: 'x.xlsx', sheets: [] }, SUPPORTED))).toEqual({
      code: 'not_a_package',
    });
  });

  it('names a missing sheet and a missing column', () => {
    const pkg = packageContents(source(), OPTIONS);
    const workbook = tablesToWorkbook(packageTables(pkg));
    const renamed = {
      ...workbook,
      sheets: workbook.sheets.map((sheet) => (sheet.name === 'Выезды' ? { ...sheet, name: 'Лист1' } : sheet)),
    };
    expect(problemOf(readExchangePackage(renamed, SUPPORTED))).toEqual({ code: 'missing_sheet', sheet: 'Выезды' });
    const venueColumn = packageTables(pkg)[2]?.rows[0]?.indexOf('venue') ?? -1;
    const noVenue = withCell(workbook, 'Мероприятия', FIRST_DATA - 1, venueColumn, 'place_name');
    expect(problemOf(readExchangePackage(noVenue, SUPPORTED))).toEqual({
      code: 'missing_column',
      sheet: 'Мероприятия',
      column: 'venue',
    });
  });

  it('refuses the oblast another oblast’s package', () => {
    const pkg = packageContents(source(), OPTIONS);
    expect(problemOf(read(pkg, { schemaVersion: 7, oblastCode: '590000000' }))).toEqual({
      code: 'other_oblast',
      district: '314800000',
      oblast: '310000000',
    });
    expect(read(pkg, { schemaVersion: 7, oblastCode: '310000000' }).ok).toBe(true);
  });

  it('names the cell when a program wrote a value the format does not allow (checksum correct)', () => {
    const pkg = packageContents(source(), OPTIONS);
    const events = pkg.rows.events.map((row, index) => (index === 1 ? { ...row, status: 'done' } : row));
    const broken = sealPackage({ ...pkg, rows: { ...pkg.rows, events } });
    const statusColumn = packageTables(pkg)[2]?.rows[0]?.indexOf('status') ?? -1;
    const problem = problemOf(read(broken));
    expect(problem).toEqual({
      code: 'bad_cell',
      sheet: 'Мероприятия',
      row: 7,
      cell: `${columnLetter(statusColumn)}7`,
      column: 'status',
      value: 'done',
    });
    expect(problemMessage(problem as PackageProblem, 'ru')).toBe(
      `Лист «Мероприятия», ячейка ${columnLetter(statusColumn)}7 («status»): недопустимое значение «done».`,
    );

    const twice = sealPackage({
      ...pkg,
      rows: { ...pkg.rows, visits: [...pkg.rows.visits, ...pkg.rows.visits.slice(0, 1)] },
    });
    expect(problemOf(read(twice))).toMatchObject({ code: 'duplicate_id', sheet: 'Выезды' });
  });

  it('refuses a summary that does not agree with the rows', () => {
    const pkg = packageContents(source(), OPTIONS);
    const inflated = sealPackage({ ...pkg, summary: { ...pkg.summary, events_held: pkg.summary.events_held + 5 } });
    const problem = problemOf(read(inflated));
    expect(problem).toEqual({
      code: 'summary_mismatch',
      figure: 'events_held',
      found: pkg.summary.events_held + 5,
      expected: pkg.summary.events_held,
    });
    expect(problemMessage(problem as PackageProblem, 'ru')).toContain('«Проведено мероприятий»');
  });

  it('has a message for every problem in both languages, with its values filled in', () => {
    const problems: PackageProblem[] = [
      { code: 'not_a_package' },
      { code: 'unknown_format_version', found: '2', supported: 1 },
      { code: 'newer_schema', found: 9, supported: 7 },
      { code: 'bad_metadata', key: 'period_from', value: '2026-13-01' },
      { code: 'other_oblast', district: '594400000', oblast: '590000000' },
      { code: 'missing_sheet', sheet: 'Выезды' },
      { code: 'missing_column', sheet: 'Члены', column: 'iin' },
      { code: 'checksum_mismatch', sheet: 'Члены', expectedRows: 3, actualRows: 3 },
      { code: 'bad_cell', sheet: 'Члены', row: 7, cell: 'J7', column: 'iin', value: '123' },
      { code: 'duplicate_id', sheet: 'Члены', row: 9, id: 'abc' },
      { code: 'summary_mismatch', figure: 'visits', found: null, expected: 3 },
    ];
    for (const language of ['ru', 'kk'] as const)
      for (const problem of [...problems, { code: 'unreadable' as const }, { code: 'too_large' as const }]) {
        const message = problemMessage(problem, language);
        expect(message).not.toMatch(/{{|undefined/);
        expect(message.length).toBeGreaterThan(20);
      }
    expect(problemMessage(problems[3] as PackageProblem, 'ru')).toContain('Период: с (period_from)');
  });
});

describe('exchange package: values that must survive the file', () => {
  it('stores text as the file gives it back: line breaks, control characters, escapes, length', () => {
    expect(packageText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(packageText('x\u0001y\u0000')).toBe('xy');
    expect(packageText('')).toBeNull();
    expect(packageText('x'.repeat(40_000))?.length).toBe(32_767);
    expect(escapeForXlsx('_x000D_ and _x0041_')).toBe('_x005F_x000D_ and _x005F_x0041_');
  });

  it('reads cells by their column kind: dates from Date, ISO text or serial; numbers from text digits', () => {
    expect(normaliseCell(new Date('2026-05-10T00:00:00.000Z'), 'date')).toEqual({ value: '2026-05-10', ok: true });
    expect(normaliseCell('2026-05-10', 'date')).toEqual({ value: '2026-05-10', ok: true });
    expect(normaliseCell(46152, 'date')).toEqual({ value: '2026-05-10', ok: true });
    expect(normaliseCell('10.05.2026', 'date').ok).toBe(false);
    expect(normaliseCell('42', 'number')).toEqual({ value: 42, ok: true });
    expect(normaliseCell(12, 'code')).toEqual({ value: '12', ok: true });
    expect(normaliseCell('', 'text')).toEqual({ value: null, ok: true });
    expect(normaliseCell(true, 'text').ok).toBe(false);
  });

  it('computes the checksum documented in docs/exchange-format.md (the same as Python json.dumps + hashlib)', () => {
    // printf '["id","n"]\n["a",1]\n["b",null]' | sha256sum
    expect(
      sheetChecksum(
        ['id', 'n'],
        [
          ['a', 1],
          ['b', null],
        ],
      ),
    ).toBe('9990b06eacd62e29fbdb1232bcd12ddd1bf319391a236e10e20ef9c911f17fbe');
    // Non-ASCII as is, quotes and line feeds escaped.
    expect(sheetChecksum(['id', 'name'], [['1', 'Құдайберген "Ақ"\n2']])).toBe(
      'b69b8ac112c0eb4951ec33204628896d3a873cc5605cf9b4cf0703082df8143b',
    );
  });

  it('keeps text with line breaks, leading zeros and formula-like text through the sheet', () => {
    const pkg = packageContents(source(), OPTIONS);
    const first = pkg.rows.receptions[0];
    if (!first) throw new Error('no receptions');
    const receptions: PackageRows['receptions'] = [
      { ...first, summary: 'строка 1\nстрока 2 _x000D_', help_text: '=1+1', control_body: '  пробелы  ' },
      ...pkg.rows.receptions.slice(1),
    ];
    const tricky = sealPackage({ ...pkg, rows: { ...pkg.rows, receptions }, summary: pkg.summary });
    const result = read(tricky);
    expect(problemOf(result)).toBeUndefined();
    if (result.ok) expect(result.package.rows.receptions[0]).toEqual(receptions[0]);
  });
});

describe('package summary', () => {
  let receptionNumber = 0;
  const reception = (fields: Partial<PackageRows['receptions'][number]>): PackageRows['receptions'][number] => ({
    id: `r${++receptionNumber}`,
    date: '2026-03-02',
    citizen: null,
    citizen_iin: null,
    place_code: null,
    place: null,
    topic_code: 'land',
    topic: null,
    summary: null,
    official: null,
    visit_id: null,
    outcome: 'explained',
    outcome_name: null,
    help_text: null,
    referred_to_id: null,
    referred_to: null,
    decline_reason: null,
    control_body: null,
    control_deadline: null,
    control_closed_on: null,
    control_resolution: null,
    confidential: 0,
    appeal_type: null,
    channel: null,
    registration_no: null,
    registered_on: null,
    co_applicants: null,
    repeat_of_id: null,
    answered_on: null,
    answer_form: null,
    answer_result: null,
    session_id: null,
    ...fields,
  });

  it('counts receptions by outcome, under control and overdue as of the package day', () => {
    const rows: PackageRows = {
      associations: [],
      members: [],
      events: [],
      visits: [],
      receptions: [
        reception({ outcome: 'helped' }),
        reception({ outcome: 'control', control_deadline: '2026-03-20' }),
        reception({ outcome: 'control', control_deadline: '2026-04-20' }),
        reception({ outcome: 'control', control_deadline: '2026-03-10', control_closed_on: '2026-03-09' }),
        reception({ outcome: 'declined' }),
      ],
    };
    const summary = packageSummary(rows, '2026-03-31');
    expect(summary).toMatchObject({
      receptions: 5,
      receptions_helped: 1,
      receptions_control: 3,
      receptions_declined: 1,
      receptions_explained: 0,
      under_control: 2,
      overdue: 1,
    });
    expect(Object.keys(summary)).toEqual([...summaryFigures]);
  });

  it('counts the registers as of the package day and the events held with their participants', () => {
    const pkg = packageContents(source(), OPTIONS);
    const held = pkg.rows.events.filter((row) => row.status === 'held');
    expect(pkg.summary.events_held).toBe(held.length);
    expect(pkg.summary.participants).toBe(held.reduce((sum, row) => sum + (row.actual_participants ?? 0), 0));
    expect(pkg.summary.members).toBe(pkg.rows.members.length);
    expect(pkg.summary.people).toBeLessThanOrEqual(pkg.summary.members);
    expect(pkg.rows.associations.reduce((sum, row) => sum + row.members, 0)).toBe(pkg.summary.members);
  });
});

describe('exchange package: monitoring sheets (risks, mediation)', () => {
  /** The usual source with tension risks, mediation cases and a council around the year. */
  function monitoringSource(): PackageSource {
    const input = source();
    const [person, other] = input.members.map((entry) => entry.person);
    const fixture = monitoringFixture(YEAR, {
      place: places[0]?.id,
      person: person?.id,
      otherPerson: other?.id,
      event: input.events[0]?.id,
      reception: input.receptions[0]?.id,
    });
    return { ...input, risks: fixture.risks, mediationCases: fixture.mediationCases, councils: fixture.councils };
  }
  const fixture = monitoringFixture(YEAR);
  const metaOf = (tables: ReturnType<typeof packageTables>) =>
    new Map(tables.find((table) => table.sheetName === METADATA_SHEET)?.rows.map((row) => [row[0], row[1]]));

  it('leaves them out by default: no sheet, no metadata entry, no risk text in any cell', () => {
    const input = monitoringSource();
    for (const options of [
      OPTIONS,
      { ...OPTIONS, includeConfidential: true },
      { ...OPTIONS, includeMonitoring: false },
    ]) {
      const pkg = packageContents(input, options);
      expect(pkg.meta.monitoringIncluded).toBe(false);
      expect(Object.keys(pkg.meta.sheets)).toEqual([
        'associations',
        'members',
        'events',
        'visits',
        'receptions',
        'summary',
        'publications',
        'sessions',
      ]);
      expect('risks' in pkg.rows || 'mediation' in pkg.rows).toBe(false);
      const tables = packageTables(pkg);
      expect(tables.map((table) => table.sheetName)).not.toContain('Риски');
      expect(tables.map((table) => table.sheetName)).not.toContain('Медиация');
      expect(tables).toHaveLength(9);
      const everything = JSON.stringify(tables);
      expect(everything).not.toContain(SECRET);
      const ids = [...(input.risks ?? []), ...(input.mediationCases ?? [])].map((record) => record.id);
      expect(ids).toHaveLength(9);
      for (const id of ids) expect(everything).not.toContain(id);
      const meta = metaOf(tables);
      expect(meta.get('monitoring_included')).toBe('0');
      expect([...meta.keys()].some((key) => String(key).startsWith('sheet.risks'))).toBe(false);
      const result = read(pkg);
      expect(problemOf(result)).toBeUndefined();
      if (result.ok) {
        expect(result.package).toEqual(pkg);
        expect(result.package.rows.risks).toBeUndefined();
      }
    }
  });

  it('puts them in when chosen: the risks watched during the period and its cases, checksummed, read back equal', () => {
    const input = monitoringSource();
    const pkg = packageContents(input, { ...OPTIONS, includeMonitoring: true });
    expect(pkg.meta.monitoringIncluded).toBe(true);
    expect(pkg.rows.risks?.map((row) => row.id).sort()).toEqual([...fixture.inPackage.risks].sort());
    expect(pkg.rows.mediation?.map((row) => row.id).sort()).toEqual([...fixture.inPackage.mediation].sort());
    const pasture = pkg.rows.risks?.find((row) => row.id === 'risk-pasture');
    const person = input.members[0]?.person;
    expect(pasture).toMatchObject({
      place_code: places[0]?.id,
      place: 'с.Сортобе',
      group_codes: 'kazakhs;uzbeks',
      source: 'reception',
      level: 'high',
      status: 'watched',
      identified_on: YEAR.from,
      resolved_on: null,
      next_review_on: YEAR.to,
      responsible: person ? fullName(person) : 'no person',
      measure_event_ids: input.events[0]?.id,
      origin_reception_id: input.receptions[0]?.id,
    });
    expect(pkg.rows.risks?.find((row) => row.id === 'risk-resolved-during')).toMatchObject({
      status: 'resolved',
      resolved_on: YEAR.to,
    });
    expect(pkg.rows.mediation?.find((row) => row.id === 'case-land')).toMatchObject({
      date: YEAR.to,
      parties: `семья Ахметовых ${SECRET}; жители ул. Абая`,
      dispute_type: 'land',
      council: `Совет биев (${SECRET})`,
      result: 'reconciled',
      follow_up: `${SECRET}: проверить исполнение через месяц`,
    });
    expect(pkg.rows.mediation?.find((row) => row.id === 'case-open')).toMatchObject({ result: null, council: null });
    expect(JSON.stringify(pkg.rows)).not.toContain('суть спора');

    const tables = packageTables(pkg);
    expect(tables.map((table) => table.sheetName)).toEqual([
      'Объединения',
      'Члены',
      'Мероприятия',
      'Выезды',
      'Приём граждан',
      'Риски',
      'Медиация',
      'Публикации',
      'Массовые приёмы',
      'Сводка',
      METADATA_SHEET,
    ]);
    const risksTable = tables[5];
    expect(risksTable?.rows[0]).toEqual(monitoringFields.risks.map((field) => field.key));
    expect(risksTable?.columns.map((column) => column.header).slice(0, 4)).toEqual([
      'Идентификатор',
      'Код КАТО',
      'Населённый пункт',
      'Описание',
    ]);
    expect(tables[6]?.columns[8]?.header).toBe('Результат медиации (код)');
    const meta = metaOf(tables);
    expect(meta.get('monitoring_included')).toBe('1');
    expect(meta.get('sheet.risks.name')).toBe('Риски');
    expect(meta.get('sheet.risks.rows')).toBe('2');
    expect(meta.get('sheet.mediation.rows')).toBe('2');
    const keys = monitoringFields.risks.map((field) => field.key);
    expect(meta.get('sheet.risks.sha256')).toBe(
      sheetChecksum(
        keys,
        (pkg.rows.risks ?? []).map((row) => keys.map((key) => row[key])),
      ),
    );
    expect(pkg.summary).toEqual(packageContents(input, OPTIONS).summary);

    const result = read(pkg);
    expect(problemOf(result)).toBeUndefined();
    if (result.ok) expect(result.package).toEqual(pkg);

    const kk = packageContents(input, { ...OPTIONS, language: 'kk', includeMonitoring: true });
    expect(packageTables(kk).map((table) => table.sheetName)).toContain('Тәуекелдер');
    expect(kk.meta.sheets.mediation?.name).toBe('Медиация');
    const kkResult = read(kk);
    expect(problemOf(kkResult)).toBeUndefined();
    if (kkResult.ok) expect(kkResult.package).toEqual(kk);
  });

  it('reduces the responsible, the mediator and the parties to initials when personal data is masked', () => {
    const input = monitoringSource();
    const pkg = packageContents(input, { ...OPTIONS, includeMonitoring: true, maskPersonalData: true });
    const person = input.members[0]?.person;
    const other = input.members[1]?.person;
    if (!person || !other) throw new Error('no people');
    expect(pkg.rows.risks?.find((row) => row.id === 'risk-pasture')?.responsible).toBe(initials(person));
    const land = pkg.rows.mediation?.find((row) => row.id === 'case-land');
    expect(land?.mediator).toBe(initials(other));
    expect(land?.parties).toBe('с. А. С.; ж. у. А.');
    expect(pkg.rows.mediation?.find((row) => row.id === 'case-open')?.parties).toBe('С. Н. С.');
    expect(JSON.stringify(pkg.rows.mediation?.map((row) => [row.parties, row.mediator]))).not.toContain(person.surname);
    expect(read(pkg).ok).toBe(true);
  });

  it('refuses a package whose risk cell was changed, or whose monitoring sheet is missing', () => {
    const pkg = packageContents(monitoringSource(), { ...OPTIONS, includeMonitoring: true });
    const tables = packageTables(pkg);
    const workbook = tablesToWorkbook(tables);
    const levelColumn = tables[5]?.rows[0]?.indexOf('level') ?? -1;
    const pasture = pkg.rows.risks?.findIndex((row) => row.id === 'risk-pasture') ?? -1;
    expect(pkg.rows.risks?.[pasture]?.level).toBe('high');
    const tampered = withCell(workbook, 'Риски', FIRST_DATA + pasture, levelColumn, 'low');
    expect(problemOf(readExchangePackage(tampered, SUPPORTED))).toEqual({
      code: 'checksum_mismatch',
      sheet: 'Риски',
      expectedRows: 2,
      actualRows: 2,
    });
    const descriptionColumn = tables[5]?.rows[0]?.indexOf('description') ?? -1;
    const rewritten = withCell(workbook, 'Риски', FIRST_DATA + pasture, descriptionColumn, 'Всё спокойно');
    expect(problemOf(readExchangePackage(rewritten, SUPPORTED))).toMatchObject({
      code: 'checksum_mismatch',
      sheet: 'Риски',
    });
    const noMediation = { ...workbook, sheets: workbook.sheets.filter((sheet) => sheet.name !== 'Медиация') };
    expect(problemOf(readExchangePackage(noMediation, SUPPORTED))).toEqual({
      code: 'missing_sheet',
      sheet: 'Медиация',
    });
    // A program wrote a level the format does not know, with a correct checksum.
    const risks = (pkg.rows.risks ?? []).map((row, index) => (index === 0 ? { ...row, level: 'extreme' } : row));
    const broken = sealPackage({ ...pkg, rows: { ...pkg.rows, risks } });
    expect(problemOf(read(broken))).toMatchObject({
      code: 'bad_cell',
      sheet: 'Риски',
      column: 'level',
      value: 'extreme',
    });
  });

  it('requires the listed sheets when the metadata says monitoring is included, and none when it says not', () => {
    const withMonitoring = packageTables(packageContents(monitoringSource(), { ...OPTIONS, includeMonitoring: true }));
    const withoutListing = withMetadataEntries(withMonitoring, (entries) =>
      entries.filter((row) => !String(row[0]).startsWith('sheet.mediation.')),
    );
    expect(problemOf(readExchangePackage(tablesToWorkbook(withoutListing), SUPPORTED))).toMatchObject({
      code: 'bad_metadata',
      key: 'sheet.mediation.name',
    });
    const saysNo = withMetadataEntries(withMonitoring, (entries) =>
      entries.map((row) => (row[0] === 'monitoring_included' ? [row[0], '0', row[2] ?? null] : row)),
    );
    expect(problemOf(readExchangePackage(tablesToWorkbook(saysNo), SUPPORTED))).toEqual({
      code: 'bad_metadata',
      key: 'monitoring_included',
      value: '0',
    });
    const nonsense = withMetadataEntries(withMonitoring, (entries) =>
      entries.map((row) => (row[0] === 'monitoring_included' ? [row[0], 'yes', row[2] ?? null] : row)),
    );
    expect(problemOf(readExchangePackage(tablesToWorkbook(nonsense), SUPPORTED))).toMatchObject({
      code: 'bad_metadata',
      key: 'monitoring_included',
    });
  });

  it('still reads a package written before the monitoring sheets existed (no monitoring_included key)', () => {
    const pkg = packageContents(monitoringSource(), OPTIONS);
    const tables = packageTables(pkg);
    const old = withMetadataEntries(tables, (entries) => entries.filter((row) => row[0] !== 'monitoring_included'));
    const keys = old.find((table) => table.sheetName === METADATA_SHEET)?.rows.map((row) => row[0]);
    expect(keys).not.toContain('monitoring_included');
    // Everything but the metadata is the same as a package of today without monitoring.
    expect(old.slice(0, -1)).toEqual(tables.slice(0, -1));
    const result = readExchangePackage(tablesToWorkbook(old), SUPPORTED);
    expect(problemOf(result)).toBeUndefined();
    if (!result.ok) return;
    expect(result.package.meta.monitoringIncluded).toBe(false);
    expect(result.package).toEqual(pkg);
  });
});

describe('exchange package: the signature rows', () => {
  const KEY = '3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29';
  // The reader checks the signature's form and computes its digest; the cryptography is the oblast's data layer's.
  const fakeSign = (message: Uint8Array) => Promise.resolve(sha512(message));
  const signed = () => signPackage(packageContents(source(), OPTIONS), KEY, fakeSign);
  const metaRows = (tables: readonly ExportTable[]) =>
    tables.find((table) => table.sheetName === METADATA_SHEET)?.rows.map((row) => row[0]) ?? [];

  it('writes the key and the signature last, over the metadata rows above them, and reads them back', async () => {
    const pkg = await signed();
    const keys = metaRows(packageTables(pkg));
    expect(keys.slice(-4)).toEqual(['signature_algorithm', 'signing_key', 'signature', 'metadata_sha256']);
    expect(pkg.meta.signature).toMatchObject({
      algorithm: 'Ed25519',
      publicKey: KEY,
      signature: bytesToHex(sha512(signedMessage(pkg.meta.signature?.digest ?? ''))),
    });
    const result = read(pkg);
    expect(problemOf(result)).toBeUndefined();
    if (!result.ok) return;
    // The digest comes from the file: the checksum of the metadata rows above the `signature` row.
    expect(result.package).toEqual(pkg);
    const metadata = packageTables(pkg).find((table) => table.sheetName === METADATA_SHEET);
    const [keyRow = [], ...rows] = metadata?.rows ?? [];
    expect(result.package.meta.signature?.digest).toBe(
      sheetChecksum(keyRow.map(String), rows.slice(0, -2) as CanonicalValue[][]),
    );
    // An unsigned package has none of the rows, as before signatures existed.
    expect(metaRows(packageTables(packageContents(source(), OPTIONS)))).not.toContain('signing_key');
  });

  it('digests the content: another row, sheet checksum or key gives another digest', async () => {
    const pkg = await signed();
    const resent = await signPackage(packageContents(source(), { ...OPTIONS, asOf: '2026-11-22' }), KEY, fakeSign);
    expect(resent.meta.signature?.digest).not.toBe(pkg.meta.signature?.digest);
    const otherKey = await signPackage(packageContents(source(), OPTIONS), 'f'.repeat(64), fakeSign);
    expect(otherKey.meta.signature?.digest).not.toBe(pkg.meta.signature?.digest);
  });

  it('refuses an incomplete signature, and a row between the signature and the checksum that it would not cover', async () => {
    const tables = packageTables(await signed());
    const without = (key: string) =>
      problemOf(
        readExchangePackage(
          tablesToWorkbook(withMetadataEntries(tables, (rows) => rows.filter((row) => row[0] !== key))),
          SUPPORTED,
        ),
      );
    expect(without('signature')).toMatchObject({ code: 'bad_metadata', key: 'signature' });
    expect(without('signing_key')).toMatchObject({ code: 'bad_metadata', key: 'signing_key' });
    const unsigned = withMetadataEntries(tables, (rows) => [...rows, ['office', 'Чужой отдел', null]]);
    expect(problemOf(readExchangePackage(tablesToWorkbook(unsigned), SUPPORTED))).toMatchObject({
      code: 'bad_metadata',
    });
    const appended = withMetadataEntries(tables, (rows) => [...rows, ['their_note', 'x', null]]);
    expect(problemOf(readExchangePackage(tablesToWorkbook(appended), SUPPORTED))).toEqual({
      code: 'bad_metadata',
      key: 'signature',
      value: expect.stringMatching(/^[0-9a-f]{128}$/) as string,
    });
    const otherAlgorithm = withMetadataEntries(tables, (rows) =>
      rows.map((row) => (row[0] === 'signature_algorithm' ? [row[0], 'RSA', row[2] ?? null] : row)),
    );
    expect(problemOf(readExchangePackage(tablesToWorkbook(otherAlgorithm), SUPPORTED))).toEqual({
      code: 'bad_metadata',
      key: 'signature_algorithm',
      value: 'RSA',
    });
  });

  it('reads only the metadata its checksum covers, and refuses a key given twice', () => {
    const tables = packageTables(packageContents(source(), OPTIONS));
    // A row after metadata_sha256 is covered by nothing: it must not change the district.
    const after = tables.map((table) =>
      table.sheetName === METADATA_SHEET
        ? { ...table, rows: [...table.rows, ['district_code', '315400000', null]] }
        : table,
    );
    const result = readExchangePackage(tablesToWorkbook(after), SUPPORTED);
    expect(result.ok && result.package.meta.districtCode).toBe('314800000');
    const twice = withMetadataEntries(tables, (rows) => [...rows, ['district_code', '315400000', null]]);
    expect(problemOf(readExchangePackage(tablesToWorkbook(twice), SUPPORTED))).toEqual({
      code: 'bad_metadata',
      key: 'district_code',
      value: '315400000',
    });
  });
});
