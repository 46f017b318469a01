import { generateDemoData } from '../shared/demo/generate';
import { buildExchangePackage, packageContents, type PackageSource } from '../shared/exchange/build';
import type { PackageSummary } from '../shared/exchange/format';
import type { PlaceId } from '../shared/model/ids';
import { writeStyledWorkbook } from '../renderer/src/export/styled-workbook';

export interface District {
  code: string;
  nameRu: string;
  nameKk: string;
}

/**
 * A district's exchange package as the district's own Kelisim would write it: demo data of the
 * district through the same builder and the same styled writer, so the oblast test needs no
 * second browser.
 */
export async function districtPackage(
  district: District,
  options: { people: number; seed: number; createdAt: string; period: { from: string; to: string } },
): Promise<{ bytes: Uint8Array; summary: PackageSummary }> {
  const village = `${district.code.slice(0, 4)}30100` as PlaceId;
  const today = options.period.to;
  const data = generateDemoData({
    people: options.people,
    places: [{ id: village, nameRu: 'с. Тестовое', nameKk: 'Тестовое а.' }],
    today,
    seed: options.seed,
    author: 'operator',
  });
  const people = new Map(data.people.map((person) => [person.id, person]));
  const source: PackageSource = {
    profile: {
      level: 'district',
      officeName: `Отдел внутренней политики: ${district.nameRu}`,
      oblastId: `${district.code.slice(0, 2)}0000000`,
      districtId: district.code,
    },
    period: options.period,
    associations: data.associations,
    members: data.memberships.flatMap((membership) => {
      const person = people.get(membership.personId);
      return person && !membership.leftOn && !membership.deletedAt ? [{ membership, person }] : [];
    }),
    events: data.events,
    visits: data.visits,
    receptions: data.receptions,
    lookups: {
      places: new Map([
        [district.code, { nameRu: district.nameRu, nameKk: district.nameKk }],
        [village, { nameRu: 'с. Тестовое', nameKk: 'Тестовое а.' }],
      ]),
    },
  };
  const settings = {
    language: 'ru' as const,
    includeConfidential: false,
    maskPersonalData: true,
    createdAt: options.createdAt,
    asOf: today,
    appVersion: '0.1.0',
    schemaVersion: 7,
  };
  const bytes = await writeStyledWorkbook(buildExchangePackage(source, settings));
  return { bytes, summary: packageContents(source, settings).summary };
}
