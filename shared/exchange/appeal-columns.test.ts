import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generate';
import type { PlaceId, ReceptionId } from '../model/ids';
import type { Reception } from '../model/records';
import { packageContents, packageTables, type PackageOptions, type PackageSource } from './build';
import { sheetChecksum } from './checksum';
import { receptionFields, type ExchangePackage } from './format';
import { readExchangePackage } from './read';
import { recordMatrix } from './sheets/matrix';
import { tablesToWorkbook, withMetadataEntries } from './test-workbook';

const TODAY = '2026-11-21';
const places = [{ id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' }];
const OPTIONS: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: false,
  createdAt: '2026-11-21T06:30:00.000Z',
  asOf: TODAY,
  appVersion: '0.1.0',
  schemaVersion: 7,
};
const SUPPORTED = { schemaVersion: 7 };

/** A district's year whose first two open receptions are appeals with every new field given. */
function source(): PackageSource {
  const data = generateDemoData({ people: 120, places, today: TODAY });
  const open = data.receptions.filter((reception) => !reception.confidential && !reception.deletedAt);
  const [first, second] = open;
  if (!first || !second) throw new Error('the demo has too few receptions');
  const appeals = new Map<string, Partial<Reception>>([
    [
      first.id,
      {
        appealType: 'complaint',
        channel: 'written',
        registrationNo: 'ЖТ-15',
        registeredOn: first.date,
        coApplicantIds: [],
        coApplicantCount: 2,
        repeatOfId: second.id as ReceptionId,
        answer: { date: first.date, form: 'written', result: 'explained' },
      },
    ],
    [second.id, { appealType: 'proposal', channel: 'e_otinish' }],
  ]);
  return {
    profile: { level: 'district', officeName: 'Отдел', oblastId: '310000000', districtId: '314800000' },
    period: { from: '2026-01-01', to: '2026-12-31' },
    associations: [],
    members: [],
    events: [],
    visits: [],
    receptions: data.receptions.map((reception) => ({ ...reception, ...appeals.get(reception.id) })),
    lookups: {
      places: new Map(places.map((place) => [place.id as string, place])),
      people: new Map(data.people.map((person) => [person.id as string, person])),
      workingGroups: new Map(),
    },
  };
}

const read = (tables: ReturnType<typeof packageTables>) => readExchangePackage(tablesToWorkbook(tables), SUPPORTED);

describe('appeal columns of the receptions sheet', () => {
  it('carry the kind, channel, registration, applicants, earlier appeal and answer there and back', () => {
    const pkg = packageContents(source(), OPTIONS);
    const result = read(packageTables(pkg));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.package).toEqual(pkg);
    const rows = result.package.rows.receptions.filter((row) => row.appeal_type);
    expect(rows.map((row) => [row.appeal_type, row.channel])).toEqual(
      expect.arrayContaining([
        ['complaint', 'written'],
        ['proposal', 'e_otinish'],
      ]),
    );
    expect(rows.find((row) => row.appeal_type === 'complaint')).toMatchObject({
      registration_no: 'ЖТ-15',
      co_applicants: 2,
      answer_form: 'written',
      answer_result: 'explained',
    });
  });

  it('a package written before these columns existed still reads, its appeals empty', () => {
    const pkg = packageContents(source(), OPTIONS);
    const older = receptionFields.filter((field) => !('addedLater' in field));
    const dropped = receptionFields.filter((field) => 'addedLater' in field).map((field) => field.key as string);
    expect(dropped).toContain('appeal_type');
    const sheetName = pkg.meta.sheets.receptions.name;
    const matrix = recordMatrix(older, pkg.rows.receptions);
    const sha = sheetChecksum(matrix.keys, matrix.rows);
    const tables = withMetadataEntries(packageTables(pkg), (entries) =>
      entries.map((entry) => (entry[0] === 'sheet.receptions.sha256' ? [entry[0], sha, entry[2] ?? null] : entry)),
    ).map((table) => {
      if (table.sheetName !== sheetName) return table;
      const keep = (table.rows[0] ?? []).map((key) => !dropped.includes(String(key)));
      return {
        ...table,
        columns: table.columns.filter((_, index) => keep[index]),
        rows: table.rows.map((row) => row.filter((_, index) => keep[index])),
      };
    });
    const result = read(tables);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const expected: ExchangePackage['rows']['receptions'] = pkg.rows.receptions.map((row) => ({
      ...row,
      ...Object.fromEntries(dropped.map((key) => [key, null])),
    }));
    expect(result.package.rows.receptions).toEqual(expected);
  });
});
