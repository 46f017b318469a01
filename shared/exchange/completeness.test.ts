import { describe, expect, it } from 'vitest';
import { parseKatoCsv } from '../places/kato';
import { completenessExport, completenessLine } from './completeness-export';
import {
  completenessPeriods,
  defaultCompletenessPeriod,
  filterCompleteness,
  reportingCompleteness,
  reportingShare,
  reportingUnits,
  type KeptPackage,
  type ReportingUnit,
} from './completeness';
import type { PackageMeta, PackageSummary } from './format';

const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const KZ = 300;

/** Lines of the shipped КАТО (resources/data/kato.csv): the Abai oblast's cities and districts, and around them. */
const ABAI_KATO = `kato,kato_version,level,type_code,name_ru,name_kk
100000000,NK RK 11-2025,oblast,0,область Абай,Абай облысы
101000000,NK RK 11-2025,district,1,Семей Г.А.,Семей Қ.Ә.
101010000,NK RK 11-2025,sub_district,1,г.Семей,Семей қ.
101800000,NK RK 11-2025,district,1,Курчатов Г.А.,Курчатов Қ.Ә.
103200000,NK RK 11-2025,district,2,Абайский район,Абай ауданы
103230100,NK RK 11-2025,settlement,2,с.Карааул,Қараауыл а.
103600000,NK RK 11-2025,district,4,Аягозский район,Аягөз ауданы
311000000,NK RK 11-2025,district,1,Тараз Г.А.,Тараз Қ.Ә.
`;

const units: ReportingUnit[] = [
  { code: '311000000', nameRu: 'Тараз Г.А.', nameKk: 'Тараз Қ.Ә.' },
  { code: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
  { code: '315400000', nameRu: 'Меркенский район', nameKk: 'Мерке ауданы' },
];

function kept(
  districtCode: string,
  createdAt: string,
  options: { period?: typeof Q3; receivedAt?: string; office?: string } = {},
): KeptPackage {
  const meta = {
    districtCode,
    districtNameRu: `Район ${districtCode}`,
    districtNameKk: `${districtCode} ауданы`,
    period: options.period ?? Q3,
    createdAt,
    asOf: createdAt.slice(0, 10),
    office: options.office ?? `Отдел ${districtCode}`,
  } as PackageMeta;
  return {
    meta,
    summary: {} as PackageSummary,
    receivedAt: options.receivedAt ?? '2026-10-10T06:00:00.000Z',
    receivedBy: 'operator',
  };
}

const rowOf = <T>(rows: readonly { districtCode: string }[], code: string) =>
  rows.find((row) => row.districtCode === code) as T;

describe('reporting completeness of the oblast’s districts for a period', () => {
  it('lists a district that never sent, marked as not sent, and counts it in the share', () => {
    const result = reportingCompleteness(units, [kept('314800000', '2026-10-02T04:00:00.000Z')], {
      period: Q3,
      utcOffsetMinutes: KZ,
    });
    expect(result.rows.map((row) => row.districtCode)).toEqual(['311000000', '314800000', '315400000']);
    const merke = rowOf<(typeof result.rows)[number]>(result.rows, '315400000');
    expect(merke.latest).toBeNull();
    expect(merke.versions).toBe(0);
    expect(merke.receivedAt).toBeNull();
    expect(merke.districtNameRu).toBe('Меркенский район');
    expect(result).toMatchObject({ expected: 3, reported: 1, share: 33, onTime: null });
  });

  it('counts a city of oblast significance (a городская администрация in КАТО) as a reporting unit', () => {
    const kato = parseKatoCsv(ABAI_KATO);
    const abai = reportingUnits(
      kato.map((entry) => ({ ...entry, code: entry.kato })),
      '100000000',
    );
    // District-level units only: no oblast, no city's own districts, no villages, nothing of another oblast.
    expect(abai.map((unit) => unit.nameRu)).toEqual([
      'Семей Г.А.',
      'Курчатов Г.А.',
      'Абайский район',
      'Аягозский район',
    ]);
    const semei = abai.find((unit) => unit.nameRu === 'Семей Г.А.');
    const result = reportingCompleteness(abai, [kept(semei?.code ?? '', '2026-10-02T04:00:00.000Z')], {
      period: Q3,
    });
    expect(result.reported).toBe(1);
    expect(result.expected).toBe(abai.length);
  });

  it('leaves out places the office added itself and keeps the office’s own name of a district', () => {
    const list = reportingUnits(
      [
        { code: '314800000', level: 'district', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
        { code: '314800000', level: 'district', nameRu: 'Кордай (КАТО)', nameKk: 'Қордай' },
        { code: '314830100', level: 'settlement', nameRu: 'с. Кордай', nameKk: 'Қордай а.' },
        { code: '319900000', level: 'district', nameRu: 'Свой', nameKk: 'Өз', custom: true },
        { code: '101000000', level: 'district', nameRu: 'Семей Г.А.', nameKk: 'Семей Қ.Ә.' },
      ],
      '310000000',
    );
    expect(list).toEqual([{ code: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' }]);
  });

  it('shows the latest of several versions with the number of versions received', () => {
    const first = kept('314800000', '2026-10-02T04:00:00.000Z', { office: 'Старое название' });
    const second = kept('314800000', '2026-10-09T04:00:00.000Z', {
      office: 'Отдел внутренней политики',
      receivedAt: '2026-10-09T20:30:00.000Z',
    });
    const result = reportingCompleteness(units, [second, first], {
      period: Q3,
      utcOffsetMinutes: KZ,
      // The audit log remembers a third, earlier version that these two replaced, and the kept ones.
      versions: [
        { districtCode: '314800000', period: Q3, createdAt: '2026-09-30T12:00:00.000Z' },
        { districtCode: '314800000', period: Q3, createdAt: '2026-10-02T04:00:00.000Z' },
        { districtCode: '314800000', period: Q2, createdAt: '2026-07-01T04:00:00.000Z' },
      ],
    });
    const kordai = rowOf<(typeof result.rows)[number]>(result.rows, '314800000');
    expect(kordai.latest?.meta.office).toBe('Отдел внутренней политики');
    expect(kordai.versions).toBe(3);
    // Loaded at 20:30 UTC: the next day on Kazakhstan's clock.
    expect(kordai.receivedAt).toBe('2026-10-10T01:30');
    expect(result.reported).toBe(1);
  });

  it('does not count a package of another period, even one overlapping it', () => {
    const result = reportingCompleteness(
      units,
      [
        kept('314800000', '2026-07-02T04:00:00.000Z', { period: Q2 }),
        kept('315400000', '2026-10-02T04:00:00.000Z', { period: { from: '2026-01-01', to: '2026-09-30' } }),
      ],
      { period: Q3 },
    );
    expect(result.reported).toBe(0);
    expect(result.share).toBe(0);
    expect(result.rows.every((row) => row.latest === null)).toBe(true);
  });

  it('judges a district in time by its first version against the due date', () => {
    const result = reportingCompleteness(
      units,
      [
        // Made on the due date, then corrected later: still in time.
        kept('311000000', '2026-10-12T04:00:00.000Z'),
        // Made at 21:00 UTC on the 10th, already the 11th in Kazakhstan: late.
        kept('314800000', '2026-10-10T21:00:00.000Z'),
      ],
      {
        period: Q3,
        dueDate: '2026-10-10',
        utcOffsetMinutes: KZ,
        versions: [{ districtCode: '311000000', period: Q3, createdAt: '2026-10-10T05:00:00.000Z' }],
      },
    );
    const rows = result.rows;
    expect(rowOf<(typeof rows)[number]>(rows, '311000000').onTime).toBe(true);
    expect(rowOf<(typeof rows)[number]>(rows, '314800000').onTime).toBe(false);
    expect(rowOf<(typeof rows)[number]>(rows, '315400000').onTime).toBeNull();
    expect(result.onTime).toBe(1);
    expect(completenessLine(result, 'ru')).toBe('Отчитались 2 из 3 — 67 %; в срок — 1');
  });

  it('lists a package of a district the oblast’s КАТО lacks, without counting it', () => {
    const result = reportingCompleteness(units, [kept('319900000', '2026-10-02T04:00:00.000Z')], { period: Q3 });
    const stranger = rowOf<(typeof result.rows)[number]>(result.rows, '319900000');
    expect(stranger.expected).toBe(false);
    expect(stranger.districtNameRu).toBe('Район 319900000');
    expect(result).toMatchObject({ expected: 3, reported: 0, share: 0 });
  });

  it('filters the districts that sent and those that did not', () => {
    const result = reportingCompleteness(units, [kept('314800000', '2026-10-02T04:00:00.000Z')], { period: Q3 });
    expect(filterCompleteness(result.rows, 'sent').map((row) => row.districtCode)).toEqual(['314800000']);
    expect(filterCompleteness(result.rows, 'missing').map((row) => row.districtCode)).toEqual([
      '311000000',
      '315400000',
    ]);
    expect(filterCompleteness(result.rows, 'all')).toHaveLength(3);
  });
});

describe('the share of districts reporting', () => {
  it('rounds to whole percent, half up', () => {
    expect(reportingShare(9, 14)).toBe(64);
    expect(reportingShare(2, 3)).toBe(67);
    expect(reportingShare(1, 8)).toBe(13);
    expect(reportingShare(7, 14)).toBe(50);
  });

  it('says 100 only when all reported and 0 only when none did', () => {
    expect(reportingShare(199, 200)).toBe(99);
    expect(reportingShare(200, 200)).toBe(100);
    expect(reportingShare(1, 300)).toBe(1);
    expect(reportingShare(0, 300)).toBe(0);
  });

  it('has no share when the oblast has no districts to expect', () => {
    expect(reportingShare(0, 0)).toBeNull();
    const result = reportingCompleteness([], [], { period: Q3 });
    expect(completenessLine(result, 'kk')).toContain('ӘАОЖ');
  });

  it('reads the same in Kazakh', () => {
    const result = reportingCompleteness(units, [kept('314800000', '2026-10-02T04:00:00.000Z')], { period: Q3 });
    expect(completenessLine(result, 'kk')).toBe('Есеп бергендер: 3 ішінен 1 — 33 %');
  });
});

describe('the periods offered', () => {
  it('offers the periods sent and the usual quarters, half-years and last year, latest first', () => {
    const periods = completenessPeriods([{ from: '2026-01-01', to: '2026-06-30' }, Q3], '2026-11-21');
    expect(periods).toEqual([
      { from: '2026-07-01', to: '2026-12-31' },
      { from: '2026-10-01', to: '2026-12-31' },
      Q3,
      { from: '2026-01-01', to: '2026-06-30' },
      { from: '2025-01-01', to: '2025-12-31' },
    ]);
  });

  it('starts on the latest period sent, or on the previous quarter when nothing came yet', () => {
    expect(defaultCompletenessPeriod([Q2, Q3], '2026-11-21')).toEqual(Q3);
    expect(defaultCompletenessPeriod([], '2026-01-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });
});

describe('the exported list', () => {
  it('has a row for every district shown, the not-sent ones included, and the share under it', () => {
    const result = reportingCompleteness(
      units,
      [
        kept('314800000', '2026-10-02T04:00:00.000Z'),
        kept('314800000', '2026-10-05T04:00:00.000Z', { office: 'Отдел внутренней политики Кордайского района' }),
      ],
      { period: Q3, utcOffsetMinutes: KZ },
    );
    const table = completenessExport(result, result.rows, {
      language: 'ru',
      headers: 'ru',
      oblastName: 'Управление внутренней политики Жамбылской области',
      filter: 'all',
    });
    expect(table.subtitle).toBe(
      'Управление внутренней политики Жамбылской области, за период с 01.07.2026 по 30.09.2026',
    );
    expect(table.rows).toEqual([
      [1, 'Тараз Г.А.', '311000000', 'Не прислан', null, null, null, null, null],
      [
        2,
        'Кордайский район',
        '314800000',
        'Прислан',
        '2026-10-05',
        '10.10.2026 11:00',
        2,
        'Отдел внутренней политики Кордайского района',
        'operator',
      ],
      [3, 'Меркенский район', '315400000', 'Не прислан', null, null, null, null, null],
    ]);
    expect(table.notes).toEqual(['Отчитались 1 из 3 — 33 %']);

    const missing = completenessExport(result, filterCompleteness(result.rows, 'missing'), {
      language: 'kk',
      headers: 'both',
      oblastName: 'Жамбыл облысы',
      filter: 'missing',
    });
    expect(missing.rows.map((row) => row[1])).toEqual(['Тараз Қ.Ә.', 'Мерке ауданы']);
    expect(missing.columns[1]?.header).toBe('Район, город / Аудан, қала');
    expect(missing.subtitle).toContain('жібермегендер');
  });
});
