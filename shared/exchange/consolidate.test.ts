import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generate';
import type { PlaceId } from '../model/ids';
import { packageContents, type PackageOptions } from './build';
import { summaryFigures, type ExchangePackage } from './format';
import { consolidate, latestPackages, packageKey, submissionTable, supersedes } from './summary';

const TODAY = '2026-11-21';
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

function districtPackage(
  districtId: string,
  seed: number,
  options: Partial<PackageOptions> & { period?: typeof Q3 } = {},
): ExchangePackage {
  const place = { id: `${districtId.slice(0, 4)}54100` as PlaceId, nameRu: `с.${seed}`, nameKk: `${seed} а.` };
  const data = generateDemoData({ people: 120, places: [place], today: TODAY, seed });
  const people = new Map(data.people.map((person) => [person.id as string, person]));
  return packageContents(
    {
      profile: { level: 'district', officeName: `Район ${districtId}`, oblastId: '310000000', districtId },
      period: options.period ?? Q3,
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
    {
      language: 'ru',
      includeConfidential: false,
      maskPersonalData: true,
      createdAt: '2026-10-05T04:00:00.000Z',
      asOf: '2026-10-05',
      appVersion: '0.1.0',
      schemaVersion: 7,
      ...options,
    },
  );
}

const sum = (packages: readonly ExchangePackage[]) =>
  Object.fromEntries(
    summaryFigures.map((figure) => [figure, packages.reduce((total, pkg) => total + pkg.summary[figure], 0)]),
  );

describe('consolidation in the oblast', () => {
  const shu = districtPackage('314800000', 1);
  const kordai = districtPackage('315000000', 2);
  const merke = districtPackage('315200000', 3);
  // Merke sends the quarter again a week later, with another state of its data.
  const merkeAgain = districtPackage('315200000', 4, {
    createdAt: '2026-10-12T04:00:00.000Z',
    asOf: '2026-10-12',
  });

  it('adds up three districts, a re-sent package counting once in its latest version', () => {
    expect(merkeAgain.summary).not.toEqual(merke.summary);
    const result = consolidate([shu, merke, kordai, merkeAgain], Q3);
    expect(result.byDistrict.map((row) => row.districtCode)).toEqual(['314800000', '315000000', '315200000']);
    expect(result.byDistrict[2]?.summary).toEqual(merkeAgain.summary);
    expect(result.byDistrict[2]?.createdAt).toBe('2026-10-12T04:00:00.000Z');
    expect(result.totals).toEqual(sum([shu, kordai, merkeAgain]));
    expect(result.confidentialLeftOut).toBe(
      shu.meta.confidentialLeftOut + kordai.meta.confidentialLeftOut + merkeAgain.meta.confidentialLeftOut,
    );

    // The order packages arrive in does not matter: an older file received later does not win.
    expect(consolidate([merkeAgain, shu, kordai, merke], Q3).totals).toEqual(result.totals);
  });

  it('consolidates one period at a time, or each district’s latest period', () => {
    const shuQ2 = districtPackage('314800000', 5, { period: Q2, createdAt: '2026-07-03T04:00:00.000Z' });
    expect(consolidate([shu, shuQ2, kordai], Q2).byDistrict.map((row) => row.key)).toEqual([
      packageKey('314800000', Q2),
    ]);
    const latest = consolidate([shuQ2, shu, kordai]);
    expect(latest.period).toBeNull();
    expect(latest.byDistrict.map((row) => [row.districtCode, row.period])).toEqual([
      ['314800000', Q3],
      ['315000000', Q3],
    ]);
  });

  it('replaces by district and period, the later package winning', () => {
    expect(packageKey('315200000', Q3)).toBe('315200000:2026-07-01:2026-09-30');
    expect(supersedes(merkeAgain.meta, merke.meta)).toBe(true);
    expect(supersedes(merke.meta, merkeAgain.meta)).toBe(false);
    expect(supersedes(merke.meta, merke.meta)).toBe(true);
    expect(latestPackages([merkeAgain, merke])).toEqual([merkeAgain]);
  });

  it('shows which districts sent which periods, districts that sent nothing included', () => {
    const shuQ2 = districtPackage('314800000', 5, { period: Q2 });
    const table = submissionTable(
      [shu, shuQ2, merke, merkeAgain],
      [
        { code: '314800000', nameRu: 'Шуский район', nameKk: 'Шу ауданы' },
        { code: '315000000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
        { code: '315200000', nameRu: 'Меркенский район', nameKk: 'Меркі ауданы' },
      ],
    );
    expect(table.periods).toEqual([Q2, Q3]);
    expect(table.rows.map((row) => [row.districtCode, row.cells.map((cell) => cell?.meta.createdAt ?? null)])).toEqual([
      ['314800000', [shuQ2.meta.createdAt, shu.meta.createdAt]],
      ['315000000', [null, null]],
      ['315200000', [null, merkeAgain.meta.createdAt]],
    ]);
    expect(table.rows[0]?.districtNameKk).toBe('Шу ауданы');
  });
});
