import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import { packageContents, packageTables, type PackageSource } from '@shared/exchange/build';
import { METADATA_SHEET } from '@shared/exchange/format';
import type { PlaceId } from '@shared/model/ids';
import { SCHEMA_VERSION } from '@/db/db';
import { receivePackage } from '@/db/repositories/exchange';
import { packageSigningFingerprint, signExchangePackage } from '@/db/repositories/package-signing';
import { saveOfficeProfile } from '@/db/repositories/settings';
import { openTestDb, scopeAs } from '@/db/test-db';
import { writeStyledWorkbook } from '@/export/styled-workbook';
import { readPackageBytes } from './read-package';

const KORDAI = '314800000';
const place = { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' };

function source(): PackageSource {
  const data = generateDemoData({ people: 200, places: [place], today: '2026-11-21', seed: 5 });
  const people = new Map(data.people.map((person) => [person.id as string, person]));
  return {
    profile: { level: 'district', officeName: 'Отдел внутренней политики', oblastId: '310000000', districtId: KORDAI },
    period: { from: '2026-01-01', to: '2026-09-30' },
    associations: data.associations,
    members: data.memberships.flatMap((membership) => {
      const person = people.get(membership.personId);
      return person ? [{ membership, person }] : [];
    }),
    events: data.events,
    visits: data.visits,
    receptions: data.receptions,
    lookups: { places: new Map([[place.id as string, place]]), people },
  };
}

async function office(level: 'district' | 'oblast') {
  const scope = scopeAs(await openTestDb());
  await saveOfficeProfile(scope, {
    level,
    oblastId: '310000000',
    ...(level === 'district' ? { districtId: KORDAI } : {}),
    officeName: level === 'district' ? 'Отдел внутренней политики' : 'Управление внутренней политики',
    language: 'kk',
  });
  return scope;
}

describe('a signed package through a real .xlsx, from the district’s database to the oblast’s', () => {
  it('is signed by the district, read by SheetJS with the same digest, and taken by the oblast once its key is confirmed', async () => {
    const district = await office('district');
    const built = packageContents(source(), {
      language: 'kk',
      includeConfidential: false,
      maskPersonalData: true,
      createdAt: '2026-10-01T04:00:00.000Z',
      asOf: '2026-10-01',
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
    });
    const signed = await signExchangePackage(district, built);
    const bytes = await writeStyledWorkbook(packageTables(signed));

    const read = readPackageBytes('kordai.xlsx', bytes, { schemaVersion: SCHEMA_VERSION, oblastCode: '310000000' });
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.package).toEqual(signed);

    const oblast = await office('oblast');
    const asked = await receivePackage(oblast, read.package, { fileName: 'kordai.xlsx' });
    expect(asked.outcome === 'confirm' && asked.confirm.newKey?.fingerprint).toBe(
      await packageSigningFingerprint(district),
    );
    const confirmed = { signingKey: signed.meta.signature?.publicKey ?? '' };
    expect(await receivePackage(oblast, read.package, { confirmed })).toMatchObject({ outcome: 'added' });

    // Opened in a spreadsheet program and saved unchanged: the values, and so the signature, still hold.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.getWorksheet(METADATA_SHEET)).toBeDefined();
    const resaved = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const again = readPackageBytes('kordai.xlsx', resaved, { schemaVersion: SCHEMA_VERSION });
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    expect(await receivePackage(oblast, again.package)).toMatchObject({ outcome: 'replaced' });
  });
});
