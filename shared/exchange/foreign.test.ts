import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { CellValue, RawSheet } from '../import/types';
import { registerFields, summaryFigures } from './format';
import { readExchangePackage } from './read';

/**
 * A package as another program would write it from docs/exchange-format.md alone: its own sheet
 * names, no title rows, columns in its own order with a column of its own, dates as text or Date,
 * numbers as text digits, checksums by the documented algorithm (not by Kelisim's code).
 */
const documentedChecksum = (lines: readonly (readonly unknown[])[]) =>
  bytesToHex(sha256(utf8ToBytes(lines.map((line) => JSON.stringify(line)).join('\n'))));

const keysOf = (register: keyof typeof registerFields) => registerFields[register].map((field) => field.key);

function sheet(name: string, rows: CellValue[][]): RawSheet {
  return { name, rows, merges: [] };
}

function foreignPackage(change: (figures: Record<string, number>) => void = () => {}) {
  // Associations: `id` first as required, the other columns reversed, an extra column at the end,
  // the member count as text digits.
  const associationKeys = ['id', ...keysOf('associations').slice(1).reverse()];
  const association: Record<string, CellValue> = {
    id: 'A-1',
    name_ru: 'Корейский культурный центр',
    assembly_member: 1,
    status: 'active',
    members: '0',
    registered_on: '2004-03-15',
  };
  const associationRow = associationKeys.map((key) => association[key] ?? null);
  const associations = sheet('Assoc', [
    ['Реестр (их собственный заголовок)'],
    [...associationKeys, 'their_comment'],
    [...associationRow, 'внутренняя пометка'],
  ]);
  const associationCanonical = [
    [...associationKeys, 'their_comment'],
    [...associationKeys.map((key) => (key === 'members' ? 0 : (association[key] ?? null))), 'внутренняя пометка'],
  ];

  const eventKeys = keysOf('events');
  const event: Record<string, CellValue> = {
    id: 'E-1',
    date: new Date('2026-08-10T00:00:00.000Z'),
    all_day: 0,
    title: 'Фестиваль «Достық»',
    type_code: 'festival',
    status: 'held',
    actual_participants: 25,
    time: '10:00',
  };
  const events = sheet('Ev', [eventKeys, eventKeys.map((key) => event[key] ?? null)]);
  const eventCanonical = [eventKeys, eventKeys.map((key) => (key === 'date' ? '2026-08-10' : (event[key] ?? null)))];

  const receptionKeys = keysOf('receptions');
  const reception: Record<string, CellValue> = {
    id: 'R-1',
    date: '2026-08-03',
    topic_code: 'land',
    outcome: 'control',
    control_body: 'Отдел земельных отношений',
    control_deadline: '2026-08-24',
    confidential: 0,
  };
  const receptions = sheet('Rec', [receptionKeys, receptionKeys.map((key) => reception[key] ?? null)]);
  const receptionCanonical = [receptionKeys, receptionKeys.map((key) => reception[key] ?? null)];

  const members = sheet('Mem', [keysOf('members')]);
  const visits = sheet('Vis', [keysOf('visits')]);

  const figures: Record<string, number> = Object.fromEntries(summaryFigures.map((figure) => [figure, 0]));
  Object.assign(figures, {
    associations: 1,
    associations_active: 1,
    events: 1,
    events_held: 1,
    participants: 25,
    receptions: 1,
    receptions_control: 1,
    under_control: 1,
    overdue: 1,
  });
  change(figures);
  const summaryRows = summaryFigures.map((figure) => [figure, figure, figures[figure] ?? 0]);
  const summary = sheet('Sum', [['key', 'label', 'value'], ...summaryRows]);

  const sheets = [
    ['associations', associations, associationCanonical],
    ['members', members, [keysOf('members')]],
    ['events', events, eventCanonical],
    ['visits', visits, [keysOf('visits')]],
    ['receptions', receptions, receptionCanonical],
    ['summary', summary, [['key', 'label', 'value'], ...summaryRows]],
  ] as const;
  const metadata: [string, string][] = [
    ['format', 'kelisim-exchange'],
    ['format_version', '1'],
    ['app_version', 'district-tool 3.2'],
    ['schema_version', '1'],
    ['office', 'Отдел внутренней политики Кордайского района'],
    ['oblast_code', '310000000'],
    ['district_code', '315000000'],
    ['district_name_ru', 'Кордайский район'],
    ['district_name_kk', ''],
    ['period_from', '2026-07-01'],
    ['period_to', '2026-09-30'],
    ['created_at', '2026-10-01T09:00:00+05:00'],
    ['as_of', '2026-10-01'],
    ['language', 'ru'],
    ['personal_data_masked', '1'],
    ['confidential_included', '0'],
    ['confidential_left_out', '0'],
  ];
  for (const [key, raw, canonical] of sheets)
    metadata.push(
      [`sheet.${key}.name`, raw.name],
      [`sheet.${key}.rows`, String(canonical.length - 1)],
      [`sheet.${key}.sha256`, documentedChecksum(canonical)],
    );
  const metadataRows = metadata.map(([key, value]) => [key, value === '' ? null : value, null]);
  const metadataSum = documentedChecksum([['key', 'value', 'description'], ...metadataRows]);
  const meta = sheet('kelisim-exchange', [
    ['key', 'value', 'description'],
    ...metadataRows,
    ['metadata_sha256', metadataSum, null],
  ]);
  return { fileName: 'kordai.xlsx', sheets: [meta, ...sheets.map(([, raw]) => raw)] };
}

describe('a package written by another program from the documentation', () => {
  it('is read, with its columns found by key and its values normalised', () => {
    const result = readExchangePackage(foreignPackage(), { schemaVersion: 7 });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const { meta, rows, summary } = result.package;
    expect(meta).toMatchObject({
      districtCode: '315000000',
      districtNameKk: null,
      period: { from: '2026-07-01', to: '2026-09-30' },
      createdAt: '2026-10-01T09:00:00+05:00',
      personalDataMasked: true,
    });
    expect(rows.associations[0]).toMatchObject({ id: 'A-1', members: 0, registered_on: '2004-03-15', bin: null });
    expect(rows.events[0]).toMatchObject({ id: 'E-1', date: '2026-08-10', time: '10:00', actual_participants: 25 });
    expect(rows.members).toEqual([]);
    expect(summary).toMatchObject({ events_held: 1, participants: 25, under_control: 1, overdue: 1 });
  });

  it('is refused when its summary disagrees with its rows', () => {
    const result = readExchangePackage(
      foreignPackage((figures) => (figures.overdue = 0)),
      { schemaVersion: 7 },
    );
    expect(result.ok ? undefined : result.problem).toEqual({
      code: 'summary_mismatch',
      figure: 'overdue',
      found: 0,
      expected: 1,
    });
  });
});
