import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import { packageContents, packageTables, sealPackage, signPackage, type PackageOptions } from '@shared/exchange/build';
import { summaryFigures, type ExchangePackage } from '@shared/exchange/format';
import { readExchangePackage } from '@shared/exchange/read';
import { keyFingerprint, toHex } from '@shared/exchange/signature';
import { monitoringFixture, SECRET } from '@shared/exchange/test-monitoring';
import { tablesToWorkbook } from '@shared/exchange/test-workbook';
import type { PlaceId } from '@shared/model/ids';
import { AccessDeniedError, type Scope } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { auditEntries, verifyAuditLog } from './audit';
import { loadDemoData } from './demo-data';
import {
  collectPackageData,
  consolidatedSummary,
  deleteReceivedPackage,
  listReceivedPackages,
  receivedPackageRows,
  receivedSubmissions,
  receivePackage,
  recordPackageSent,
  restoreReceivedPackage,
  submissionCompleteness,
} from './exchange';
import { eventsInPeriod } from './events';
import {
  packageSigningFingerprint,
  PackageSigningError,
  reregisterDistrictKey,
  signatureHolds,
  signExchangePackage,
} from './package-signing';
import { receptionsInPeriod } from './receptions';
import { allMemberEntries } from './registry-lookups';
import { saveOfficeProfile } from './settings';

const TODAY = '2026-11-21';
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

const OPTIONS: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: true,
  createdAt: '2026-10-05T04:00:00.000Z',
  asOf: '2026-10-05',
  appVersion: '0.1.0',
  schemaVersion: 7,
};

function districtPackage(
  districtId: string,
  seed: number,
  overrides: Partial<PackageOptions> = {},
  period = Q3,
): ExchangePackage {
  const place = { id: `${districtId.slice(0, 4)}54100` as PlaceId, nameRu: `с.${seed}`, nameKk: `${seed} а.` };
  const data = generateDemoData({ people: 100, places: [place], today: TODAY, seed });
  const people = new Map(data.people.map((person) => [person.id as string, person]));
  return packageContents(
    {
      profile: { level: 'district', officeName: `Район ${districtId}`, oblastId: '310000000', districtId },
      period,
      associations: data.associations,
      members: data.memberships.flatMap((membership) => {
        const person = people.get(membership.personId);
        return person ? [{ membership, person }] : [];
      }),
      events: data.events,
      visits: data.visits,
      receptions: data.receptions,
      lookups: { people },
    },
    { ...OPTIONS, ...overrides },
  );
}

const sum = (packages: readonly ExchangePackage[]) =>
  Object.fromEntries(
    summaryFigures.map((figure) => [figure, packages.reduce((total, pkg) => total + pkg.summary[figure], 0)]),
  );

describe('exchange packages in the database', () => {
  it('collects what a package of the period needs from the district’s own records', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const places = [{ id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' }];
    await loadDemoData(scope, { people: 300, places, today: TODAY });
    const profile = {
      level: 'district' as const,
      officeName: 'Отдел внутренней политики',
      oblastId: '310000000',
      districtId: '314800000',
    };
    const source = await collectPackageData(scope, Q3, profile);
    const pkg = packageContents(source, { ...OPTIONS, includeConfidential: true, maskPersonalData: false });

    expect(pkg.rows.members).toHaveLength((await allMemberEntries(scope)).length);
    expect(pkg.rows.events).toHaveLength((await eventsInPeriod(scope, Q3)).length);
    expect(pkg.rows.receptions).toHaveLength((await receptionsInPeriod(scope, Q3, true)).rows.length);
    expect(pkg.rows.events.length).toBeGreaterThan(0);
    expect(pkg.rows.receptions.length).toBeGreaterThan(0);
    // Citizens and officials are named from the people read for them.
    expect(pkg.rows.receptions.every((row) => row.citizen !== null)).toBe(true);
    expect(pkg.rows.visits.every((row) => row.start >= Q3.from && row.start <= Q3.to)).toBe(true);
    expect(pkg.rows.members.every((row) => row.place === null || row.place === 'с.Сортобе')).toBe(true);

    await recordPackageSent(scope, pkg.meta, 'f'.repeat(64));
    const [sent] = await auditEntries(scope, 1);
    expect(sent).toMatchObject({
      action: 'export',
      details: { kind: 'exchange-package', district: '314800000', from: Q3.from, to: Q3.to, sha256: 'f'.repeat(64) },
    });
  });

  it('collects the risks watched during the period, its mediation cases and the councils; the package holds them only when chosen', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const places = [{ id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' }];
    await loadDemoData(scope, { people: 100, places, today: TODAY });
    // Only this test's own monitoring records, whose periods it knows; the demo brings its own.
    await Promise.all([db.tensionRisks.clear(), db.mediationCases.clear(), db.councils.clear()]);
    const [person, other] = await db.people.limit(2).toArray();
    const fixture = monitoringFixture(Q3, { place: places[0]?.id, person: person?.id, otherPerson: other?.id });
    await db.tensionRisks.bulkAdd(fixture.risks);
    await db.mediationCases.bulkAdd(fixture.mediationCases);
    await db.councils.bulkAdd(fixture.councils);
    const profile = {
      level: 'district' as const,
      officeName: 'Отдел внутренней политики',
      oblastId: '310000000',
      districtId: '314800000',
    };
    const source = await collectPackageData(scope, Q3, profile);
    expect(source.risks?.map((risk) => risk.id).sort()).toEqual([...fixture.inPackage.risks].sort());
    expect(source.mediationCases?.map((item) => item.id).sort()).toEqual([...fixture.inPackage.mediation].sort());
    expect(source.councils?.map((council) => council.id)).toEqual(['council-biys']);
    // The responsible and the mediator are among the people read for names.
    expect(source.lookups.people?.has(person?.id ?? '')).toBe(true);
    expect(source.lookups.people?.has(other?.id ?? '')).toBe(true);

    const without = packageContents(source, { ...OPTIONS, includeConfidential: true, maskPersonalData: false });
    expect(without.meta.monitoringIncluded).toBe(false);
    expect(JSON.stringify(packageTables(without))).not.toContain(SECRET);

    const withMonitoring = packageContents(source, { ...OPTIONS, maskPersonalData: false, includeMonitoring: true });
    expect(withMonitoring.rows.risks?.find((row) => row.id === 'risk-pasture')?.responsible).toContain(
      person?.surname ?? '?',
    );
    expect(withMonitoring.rows.mediation?.find((row) => row.id === 'case-land')?.council).toContain('Совет биев');
    await recordPackageSent(scope, withMonitoring.meta, 'e'.repeat(64));
    const [sent] = await auditEntries(scope, 1);
    expect(sent?.details).toMatchObject({ includeMonitoring: true, rows: expect.any(Number) as number });
    expect(JSON.stringify(sent)).not.toContain(SECRET);

    // The oblast keeps the monitoring rows of a package that has them.
    await receivePackage(scope, withMonitoring);
    expect((await receivedPackageRows(scope, '314800000:2026-07-01:2026-09-30'))?.risks).toEqual(
      withMonitoring.rows.risks,
    );
  });

  it('receives packages of three districts and replaces a re-sent one instead of adding it', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const shu = districtPackage('314800000', 1);
    const kordai = districtPackage('315000000', 2);
    const merke = districtPackage('315400000', 3);
    for (const [pkg, fileName] of [
      [shu, 'shu.xlsx'],
      [kordai, 'kordai.xlsx'],
      [merke, 'merke.xlsx'],
    ] as const)
      expect(await receivePackage(scope, pkg, { fileName })).toMatchObject({ outcome: 'added', replaced: false });

    const merkeAgain = districtPackage('315400000', 4, { createdAt: '2026-10-12T04:00:00.000Z', asOf: '2026-10-12' });
    const again = await receivePackage(scope, merkeAgain, { fileName: 'merke-2.xlsx' });
    expect(again).toMatchObject({ outcome: 'replaced', replaced: true });
    expect(again.outcome === 'replaced' && again.previous.meta.createdAt).toBe(merke.meta.createdAt);

    const list = await listReceivedPackages(scope);
    expect(list.map((record) => [record.district, record.fileName])).toEqual([
      ['314800000', 'shu.xlsx'],
      ['315000000', 'kordai.xlsx'],
      ['315400000', 'merke-2.xlsx'],
    ]);
    expect(await db.exchangePackageRows.count()).toBe(3);
    expect(await receivedPackageRows(scope, '315400000:2026-07-01:2026-09-30')).toEqual(merkeAgain.rows);

    const summary = await consolidatedSummary(scope, Q3);
    expect(summary.byDistrict).toHaveLength(3);
    expect(summary.totals).toEqual(sum([shu, kordai, merkeAgain]));

    const audit = (await auditEntries(scope)).filter((entry) => entry.action === 'import');
    expect(audit).toHaveLength(4);
    expect(audit[0]?.details).toMatchObject({ kind: 'exchange-package', district: '315400000', replaced: true });
    expect((await verifyAuditLog(scope)).intact).toBe(true);
  });

  it('keeps the later package when an older file of the same district and period comes in', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const later = districtPackage('314800000', 1, { createdAt: '2026-10-12T04:00:00.000Z' });
    const earlier = districtPackage('314800000', 2);
    await receivePackage(scope, later);
    const outcome = await receivePackage(scope, earlier);
    expect(outcome).toMatchObject({ outcome: 'older', replaced: false });
    expect((await listReceivedPackages(scope))[0]?.meta.createdAt).toBe(later.meta.createdAt);
    expect((await auditEntries(scope)).filter((entry) => entry.action === 'import')).toHaveLength(1);

    expect(await receivePackage(scope, earlier, { allowOlder: true })).toMatchObject({ outcome: 'replaced' });
    expect((await listReceivedPackages(scope))[0]?.meta.createdAt).toBe(earlier.meta.createdAt);
  });

  it('lists who sent which period, deletes a package with undo, and consolidates without a period', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const shuQ2 = districtPackage('314800000', 1, { createdAt: '2026-07-03T04:00:00.000Z' }, Q2);
    const shuQ3 = districtPackage('314800000', 2);
    const kordaiQ3 = districtPackage('315000000', 3);
    for (const pkg of [shuQ2, shuQ3, kordaiQ3]) await receivePackage(scope, pkg);

    const table = await receivedSubmissions(scope, [
      { code: '314800000', nameRu: 'Шуский район' },
      { code: '315000000' },
      { code: '315400000', nameRu: 'Меркенский район' },
    ]);
    expect(table.periods).toEqual([Q2, Q3]);
    expect(table.rows.map((row) => [row.districtCode, row.cells.map((cell) => cell?.id ?? null)])).toEqual([
      ['314800000', ['314800000:2026-04-01:2026-06-30', '314800000:2026-07-01:2026-09-30']],
      ['315000000', [null, '315000000:2026-07-01:2026-09-30']],
      ['315400000', [null, null]],
    ]);

    const latest = await consolidatedSummary(scope);
    expect(latest.totals).toEqual(sum([shuQ3, kordaiQ3]));

    await deleteReceivedPackage(scope, '315000000:2026-07-01:2026-09-30');
    expect((await consolidatedSummary(scope, Q3)).byDistrict.map((row) => row.districtCode)).toEqual(['314800000']);
    expect(await receivedPackageRows(scope, '315000000:2026-07-01:2026-09-30')).toBeUndefined();
    expect(await listReceivedPackages(scope)).toHaveLength(2);

    await restoreReceivedPackage(scope, '315000000:2026-07-01:2026-09-30');
    expect((await consolidatedSummary(scope, Q3)).totals).toEqual(sum([shuQ3, kordaiQ3]));

    // A deleted package's district sends again: it is stored as new, not as a replacement.
    await deleteReceivedPackage(scope, '315000000:2026-07-01:2026-09-30');
    expect(await receivePackage(scope, kordaiQ3)).toMatchObject({ outcome: 'added' });
    expect((await db.exchangePackages.get('315000000:2026-07-01:2026-09-30'))?.deletedAt).toBeUndefined();
  });
});

describe('reporting completeness at the oblast', () => {
  it('lists every district and city of the oblast from КАТО for a period, the re-sent one with its versions', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await saveOfficeProfile(scope, {
      level: 'oblast',
      oblastId: '310000000',
      officeName: 'Управление внутренней политики Жамбылской области',
      language: 'ru',
    });
    await receivePackage(scope, districtPackage('314800000', 1, { createdAt: '2026-10-02T04:00:00.000Z' }));
    await receivePackage(scope, districtPackage('314800000', 2, { createdAt: '2026-10-09T04:00:00.000Z' }));
    await receivePackage(scope, districtPackage('315000000', 3, { createdAt: '2026-07-03T04:00:00.000Z' }, Q2));

    const q3 = await submissionCompleteness(scope, Q3, '2026-10-05');
    // The shipped КАТО's Zhambyl oblast: Taraz, a city of oblast significance, and ten districts.
    expect(q3.expected).toBe(11);
    expect(q3.rows.find((row) => row.districtCode === '311000000')?.districtNameRu).toBe('Тараз Г.А.');
    expect(q3.rows.find((row) => row.districtCode === '311000000')?.latest).toBeNull();
    const kordai = q3.rows.find((row) => row.districtCode === '314800000');
    expect(kordai).toMatchObject({ versions: 2, firstMadeOn: '2026-10-02', onTime: true });
    expect(kordai?.latest?.meta.createdAt).toBe('2026-10-09T04:00:00.000Z');
    // The Q2 package of 315000000 is not one of Q3.
    expect(q3.rows.find((row) => row.districtCode === '315000000')?.latest).toBeNull();
    expect(q3).toMatchObject({ reported: 1, share: 9, onTime: 1 });

    await deleteReceivedPackage(scope, '314800000:2026-07-01:2026-09-30');
    expect((await submissionCompleteness(scope, Q3)).reported).toBe(0);
  });
});

describe('where a received package comes from: district, date, office name, signature', () => {
  const NOW = '2026-12-03T09:00:00.000Z';
  const KORDAI = '314800000';
  const ED25519 = { name: 'Ed25519' } as const;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => vi.useRealTimers());

  /** A key pair as a forger would make one, outside any district's database. */
  async function foreignKey() {
    const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
    const publicKey = toHex(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
    const sign = async (message: Uint8Array<ArrayBuffer>) =>
      new Uint8Array(await crypto.subtle.sign(ED25519, pair.privateKey, message));
    return { publicKey, sign };
  }

  /** The package as the oblast gets it: written to its sheets and read back, the signed digest computed from them. */
  function throughFile(pkg: ExchangePackage): ExchangePackage {
    const result = readExchangePackage(tablesToWorkbook(packageTables(pkg)), { schemaVersion: 8 });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    return result.package;
  }

  const renamed = (pkg: ExchangePackage, office: string): ExchangePackage => ({
    ...pkg,
    meta: { ...pkg.meta, office },
  });

  async function kordaiOffice() {
    const scope = scopeAs(await openTestDb());
    await saveOfficeProfile(scope, {
      level: 'district',
      oblastId: '310000000',
      districtId: KORDAI,
      officeName: `Район ${KORDAI}`,
      language: 'ru',
    });
    return scope;
  }

  async function oblastOffice() {
    const scope = scopeAs(await openTestDb());
    await saveOfficeProfile(scope, {
      level: 'oblast',
      oblastId: '310000000',
      officeName: 'Управление внутренней политики Жамбылской области',
      language: 'ru',
    });
    return scope;
  }

  const importsIn = async (scope: Scope) =>
    (await auditEntries(scope)).filter((entry) => entry.action === 'import').length;

  /** The oblast with Kordai's genuine package received and its key registered. */
  async function registered() {
    const district = await kordaiOffice();
    const oblast = await oblastOffice();
    const genuine = throughFile(await signExchangePackage(district, districtPackage(KORDAI, 1)));
    const fingerprint = await packageSigningFingerprint(district);
    await receivePackage(oblast, genuine, { confirmed: { signingKey: genuine.meta.signature?.publicKey ?? '' } });
    return { district, oblast, genuine, fingerprint };
  }

  it('verifies the example signature of docs/exchange-format.md (RFC 8032 test 1 key)', async () => {
    const example = {
      algorithm: 'Ed25519',
      publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      signature:
        '5328c916a5970088a24a0e1ffc53ab4a9b1f60320c7ab9aaa33c9e55d92198d75ce1a17a62e2e639bed1641be435b4cd298a43624cee537b31e6e79bd5e3910d',
      digest: '9990b06eacd62e29fbdb1232bcd12ddd1bf319391a236e10e20ef9c911f17fbe',
    } as const;
    expect(await signatureHolds(example)).toBe(true);
    expect(await signatureHolds({ ...example, digest: `${example.digest.slice(0, -1)}0` })).toBe(false);
    expect(await signatureHolds({ ...example, publicKey: 'f'.repeat(64) })).toBe(false);
  });

  it('signs with one key per district office, registered at the oblast only once its fingerprint is confirmed', async () => {
    const district = await kordaiOffice();
    const [first, again] = await Promise.all([
      packageSigningFingerprint(district),
      packageSigningFingerprint(district),
    ]);
    expect(first).toMatch(/^\d{5}( \d{5}){4}$/);
    expect(again).toBe(first);
    await expect(signExchangePackage(scopeAs(district.db, 'viewer'), districtPackage(KORDAI, 1))).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(signExchangePackage(district, districtPackage('315400000', 1))).rejects.toThrow(PackageSigningError);

    const signed = await signExchangePackage(district, districtPackage(KORDAI, 1));
    expect(keyFingerprint(signed.meta.signature?.publicKey ?? '')).toBe(first);
    const oblast = await oblastOffice();
    await expect(receivePackage(scopeAs(oblast.db, 'exporter'), throughFile(signed))).rejects.toThrow(
      AccessDeniedError,
    );
    const asked = await receivePackage(oblast, throughFile(signed), { fileName: 'kordai.xlsx' });
    expect(asked).toEqual({
      outcome: 'confirm',
      replaced: false,
      confirm: { newKey: { publicKey: signed.meta.signature?.publicKey, fingerprint: first } },
    });
    expect(await listReceivedPackages(oblast)).toEqual([]);
    expect(await importsIn(oblast)).toBe(0);

    const confirmed = { signingKey: signed.meta.signature?.publicKey ?? '' };
    expect(await receivePackage(oblast, throughFile(signed), { fileName: 'kordai.xlsx', confirmed })).toMatchObject({
      outcome: 'added',
    });
    const [entry] = (await auditEntries(oblast)).filter((item) => item.details?.kind === 'district-signing-key');
    expect(entry).toMatchObject({ action: 'create', details: { district: KORDAI, fingerprint: first } });

    // The district's later packages are taken without asking again.
    const resent = await signExchangePackage(
      district,
      districtPackage(KORDAI, 2, { createdAt: '2026-10-12T04:00:00.000Z', asOf: '2026-10-12' }),
    );
    expect(await receivePackage(oblast, throughFile(resent))).toMatchObject({ outcome: 'replaced' });
    expect((await listReceivedPackages(oblast))[0]?.meta.signature?.publicKey).toBe(signed.meta.signature?.publicKey);
    expect((await verifyAuditLog(oblast)).intact).toBe(true);
  });

  it('refuses a forged package signed with another key once the district’s key is registered, until an administrator re-registers it', async () => {
    const { oblast, genuine, fingerprint } = await registered();
    const forger = await foreignKey();
    const later = { createdAt: '2026-11-30T04:00:00.000Z', asOf: '2026-11-30' };
    const forged = throughFile(await signPackage(districtPackage(KORDAI, 7, later), forger.publicKey, forger.sign));
    expect(await receivePackage(oblast, forged, { confirmed: { signingKey: forger.publicKey } })).toEqual({
      outcome: 'refused',
      replaced: false,
      problem: {
        code: 'other_key',
        district: KORDAI,
        registered: fingerprint,
        found: keyFingerprint(forger.publicKey),
      },
    });
    expect(await receivedPackageRows(oblast, `${KORDAI}:2026-07-01:2026-09-30`)).toEqual(genuine.rows);
    expect(await importsIn(oblast)).toBe(1);

    // Re-registering takes the settings right, and then the district's new key is the only one taken.
    await expect(reregisterDistrictKey(scopeAs(oblast.db, 'editor'), forged)).rejects.toThrow(AccessDeniedError);
    await reregisterDistrictKey(oblast, forged);
    expect(await receivePackage(oblast, forged)).toMatchObject({ outcome: 'replaced' });
    expect(await receivePackage(oblast, genuine, { allowOlder: true })).toMatchObject({
      outcome: 'refused',
      problem: { code: 'other_key', registered: keyFingerprint(forger.publicKey), found: fingerprint },
    });
  });

  it('refuses a package whose signature does not match its content, and an unsigned one from a district that signs', async () => {
    const { district, oblast } = await registered();
    const later = { createdAt: '2026-11-30T04:00:00.000Z', asOf: '2026-11-30' };
    const signed = await signExchangePackage(district, districtPackage(KORDAI, 2, later));
    // Changed after signing, with every checksum made again: the file is intact, the signature is not.
    const events = signed.rows.events.map((row, index) => (index === 0 ? { ...row, title: 'Не то мероприятие' } : row));
    const changed = throughFile(sealPackage({ ...signed, rows: { ...signed.rows, events } }));
    expect(await receivePackage(oblast, changed)).toEqual({
      outcome: 'refused',
      replaced: false,
      problem: { code: 'bad_signature', district: KORDAI },
    });
    const signature = signed.meta.signature;
    if (!signature) throw new Error('not signed');
    const flipped = {
      ...signature,
      signature: `${signature.signature.slice(0, -1)}${signature.signature.endsWith('0') ? '1' : '0'}`,
    };
    expect(
      await receivePackage(oblast, throughFile({ ...signed, meta: { ...signed.meta, signature: flipped } })),
    ).toMatchObject({
      outcome: 'refused',
      problem: { code: 'bad_signature' },
    });
    expect(await receivePackage(oblast, throughFile(districtPackage(KORDAI, 3, later)))).toMatchObject({
      outcome: 'refused',
      problem: { code: 'unsigned', district: KORDAI },
    });
    expect(await receivePackage(oblast, throughFile(signed))).toMatchObject({ outcome: 'replaced' });
  });

  it('refuses a package for a district that is not among the oblast’s districts and cities in КАТО', async () => {
    const oblast = await oblastOffice();
    // Same oblast prefix, so the reader lets it through; КАТО has no district 315200000.
    expect(await receivePackage(oblast, throughFile(districtPackage('315200000', 1)))).toEqual({
      outcome: 'refused',
      replaced: false,
      problem: { code: 'unknown_district', district: '315200000', oblast: '310000000' },
    });
    // A settlement is not a district either, even with the district's own prefix.
    expect(await receivePackage(oblast, districtPackage('314854100', 1))).toMatchObject({
      outcome: 'refused',
      problem: { code: 'unknown_district' },
    });
    expect(await listReceivedPackages(oblast)).toEqual([]);
    // Without a profile the package's own oblast is the one checked.
    const bare = scopeAs(await openTestDb());
    expect(await receivePackage(bare, districtPackage('315200000', 1))).toMatchObject({ outcome: 'refused' });
    expect(await receivePackage(bare, districtPackage('311000000', 1))).toMatchObject({ outcome: 'added' });
  });

  it('refuses a package made in the future, and a submission stored with a future date does not shut out genuine ones', async () => {
    const oblast = await oblastOffice();
    const future = districtPackage(KORDAI, 1, { createdAt: '2099-01-01T00:00:00.000Z', asOf: '2099-01-01' });
    expect(await receivePackage(oblast, future)).toEqual({
      outcome: 'refused',
      replaced: false,
      problem: { code: 'created_in_future', district: KORDAI, createdAt: '2099-01-01T00:00:00.000Z', now: NOW },
    });
    expect(await listReceivedPackages(oblast)).toEqual([]);
    const tomorrow = districtPackage(KORDAI, 2, { createdAt: '2026-12-04T05:00:00.000Z', asOf: '2026-12-04' });
    expect(await receivePackage(oblast, tomorrow)).toMatchObject({ outcome: 'added' });

    // A 2099 package taken in while the oblast's clock said 2099 (or before this check existed).
    const other = await oblastOffice();
    vi.setSystemTime(new Date('2099-01-02T00:00:00.000Z'));
    await receivePackage(other, future);
    vi.setSystemTime(new Date(NOW));
    expect(await receivePackage(other, districtPackage(KORDAI, 3))).toMatchObject({ outcome: 'replaced' });
  });

  it('asks before replacing a submission sent under another office name, and stores nothing until confirmed', async () => {
    const oblast = await oblastOffice();
    const first = districtPackage(KORDAI, 1);
    await receivePackage(oblast, first, { fileName: 'kordai.xlsx' });
    const later = { createdAt: '2026-10-12T04:00:00.000Z', asOf: '2026-10-12' };
    const other = renamed(districtPackage(KORDAI, 2, later), 'Отдел внутренней политики (не Кордай)');
    expect(await receivePackage(oblast, other, { fileName: 'other.xlsx' })).toEqual({
      outcome: 'confirm',
      replaced: false,
      confirm: { officeChanged: { previous: `Район ${KORDAI}`, incoming: 'Отдел внутренней политики (не Кордай)' } },
    });
    const kept = await listReceivedPackages(oblast);
    expect(kept.map((record) => [record.fileName, record.meta.office])).toEqual([['kordai.xlsx', `Район ${KORDAI}`]]);
    expect(await receivedPackageRows(oblast, `${KORDAI}:2026-07-01:2026-09-30`)).toEqual(first.rows);
    expect(await importsIn(oblast)).toBe(1);

    const confirmed = { office: 'Отдел внутренней политики (не Кордай)' };
    expect(await receivePackage(oblast, other, { fileName: 'other.xlsx', confirmed })).toMatchObject({
      outcome: 'replaced',
    });
    expect((await listReceivedPackages(oblast))[0]?.meta.office).toBe('Отдел внутренней политики (не Кордай)');
  });
});
