import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import { packageContents, packageTables, type PackageOptions } from '@shared/exchange/build';
import { summaryFigures, type ExchangePackage } from '@shared/exchange/format';
import { monitoringFixture, SECRET } from '@shared/exchange/test-monitoring';
import type { PlaceId } from '@shared/model/ids';
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
} from './exchange';
import { eventsInPeriod } from './events';
import { receptionsInPeriod } from './receptions';
import { allMemberEntries } from './registry-lookups';

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
    const merke = districtPackage('315200000', 3);
    for (const [pkg, fileName] of [
      [shu, 'shu.xlsx'],
      [kordai, 'kordai.xlsx'],
      [merke, 'merke.xlsx'],
    ] as const)
      expect(await receivePackage(scope, pkg, { fileName })).toMatchObject({ outcome: 'added', replaced: false });

    const merkeAgain = districtPackage('315200000', 4, { createdAt: '2026-10-12T04:00:00.000Z', asOf: '2026-10-12' });
    const again = await receivePackage(scope, merkeAgain, { fileName: 'merke-2.xlsx' });
    expect(again).toMatchObject({ outcome: 'replaced', replaced: true });
    expect(again.outcome === 'replaced' && again.previous.meta.createdAt).toBe(merke.meta.createdAt);

    const list = await listReceivedPackages(scope);
    expect(list.map((record) => [record.district, record.fileName])).toEqual([
      ['314800000', 'shu.xlsx'],
      ['315000000', 'kordai.xlsx'],
      ['315200000', 'merke-2.xlsx'],
    ]);
    expect(await db.exchangePackageRows.count()).toBe(3);
    expect(await receivedPackageRows(scope, '315200000:2026-07-01:2026-09-30')).toEqual(merkeAgain.rows);

    const summary = await consolidatedSummary(scope, Q3);
    expect(summary.byDistrict).toHaveLength(3);
    expect(summary.totals).toEqual(sum([shu, kordai, merkeAgain]));

    const audit = (await auditEntries(scope)).filter((entry) => entry.action === 'import');
    expect(audit).toHaveLength(4);
    expect(audit[0]?.details).toMatchObject({ kind: 'exchange-package', district: '315200000', replaced: true });
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
      { code: '315200000', nameRu: 'Меркенский район' },
    ]);
    expect(table.periods).toEqual([Q2, Q3]);
    expect(table.rows.map((row) => [row.districtCode, row.cells.map((cell) => cell?.id ?? null)])).toEqual([
      ['314800000', ['314800000:2026-04-01:2026-06-30', '314800000:2026-07-01:2026-09-30']],
      ['315000000', [null, '315000000:2026-07-01:2026-09-30']],
      ['315200000', [null, null]],
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
