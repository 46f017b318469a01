import { generateDemoData } from '../shared/demo/generate';
import { packageContents, packageTables, signPackage, type PackageSource } from '../shared/exchange/build';
import type { PackageSummary } from '../shared/exchange/format';
import { keyFingerprint, toHex } from '../shared/exchange/signature';
import type { PlaceId } from '../shared/model/ids';
import { writeStyledWorkbook } from '../renderer/src/export/styled-workbook';

export interface District {
  code: string;
  nameRu: string;
  nameKk: string;
}

/** A district office's signing key, as its Kelisim makes one (WebCrypto Ed25519, here Node's). */
export interface DistrictKey {
  publicKey: string;
  fingerprint: string;
  sign: (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
}

export async function districtKey(): Promise<DistrictKey> {
  const algorithm = { name: 'Ed25519' } as const;
  const pair = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const publicKey = toHex(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return {
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    sign: async (message) => new Uint8Array(await crypto.subtle.sign(algorithm, pair.privateKey, message)),
  };
}

/**
 * A district's exchange package as the district's own Kelisim would write it: demo data of the
 * district through the same builder, signed with the district's key, and the same styled writer,
 * so the oblast test needs no second browser.
 */
export async function districtPackage(
  district: District,
  options: {
    people: number;
    seed: number;
    createdAt: string;
    period: { from: string; to: string };
    key: DistrictKey;
  },
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
  const signed = await signPackage(packageContents(source, settings), options.key.publicKey, options.key.sign);
  return { bytes: await writeStyledWorkbook(packageTables(signed)), summary: signed.summary };
}
