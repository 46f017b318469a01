import { describe, expect, it } from 'vitest';
import type { Reception, ReceptionOutcome, ReceptionSession } from '../model/records';
import { receptionsExport, type ReceptionExportOptions, type ReceptionLookups } from './reception-exports';

const named = (ru: string, kk: string) => ({ nameRu: ru, nameKk: kk });

let counter = 0;

function reception(fields: Partial<Reception>): Reception {
  counter += 1;
  return {
    id: `r${counter}`,
    createdAt: `2026-12-01T00:00:${String(counter).padStart(2, '0')}`,
    updatedAt: '',
    author: 'test',
    date: '2026-12-02',
    topicCode: 'land',
    outcome: 'explained',
    confidential: false,
    ...fields,
  } as Reception;
}

const BAIZAK = '311000000';
const SARYKEMER = '311030100';
const ZHAMBYL = '312000000';
const ASA = '312030100';

const lookups: ReceptionLookups = {
  people: new Map([
    ['p1', { surname: 'Ахметов', givenName: 'Серик', patronymic: 'Канатович', iin: '900101300126' }],
    ['p2', { surname: 'Иванова', givenName: 'Анна' }],
    ['o1', { surname: 'Жумабаев', givenName: 'Ерлан' }],
  ]),
  places: new Map([
    [BAIZAK, named('Байзакский район', 'Байзақ ауданы')],
    [SARYKEMER, named('с. Сарыкемер', 'Сарыкемер а.')],
    [ZHAMBYL, named('Жамбылский район', 'Жамбыл ауданы')],
    [ASA, named('с. Аса', 'Аса а.')],
  ]),
  topics: new Map([
    ['land', named('Земельные вопросы', 'Жер мәселелері')],
    ['housing', named('Жилищные вопросы', 'Тұрғын үй мәселелері')],
    ['language', named('Языковая политика', 'Тіл саясаты')],
  ]),
  agencies: new Map([['a1', named('Отдел образования', 'Білім бөлімі')]]),
  visits: new Map([['v1', 'Выезд 1: с. Сарыкемер']]),
  districtOf: (placeId) => (placeId ? `${placeId.slice(0, 4)}00000` : ''),
  today: '2026-12-20',
};

const period = { from: '2026-12-01', to: '2026-12-31' };

const options = (fields: Partial<ReceptionExportOptions> = {}): ReceptionExportOptions => ({
  language: 'ru',
  headers: 'ru',
  maskPersonalData: false,
  asOf: '2026-12-20',
  includeConfidential: false,
  ...fields,
});

/** (district, topic, outcome, how many, confidential) */
const plan: [string, string, ReceptionOutcome, number, boolean][] = [
  [SARYKEMER, 'land', 'explained', 3, false],
  [SARYKEMER, 'land', 'helped', 2, false],
  [SARYKEMER, 'housing', 'referred', 1, false],
  [SARYKEMER, 'language', 'declined', 1, true],
  [ASA, 'land', 'control', 2, false],
  [ASA, 'housing', 'declined', 1, false],
  [ASA, 'housing', 'explained', 2, true],
];

function generated(): Reception[] {
  return plan.flatMap(([placeId, topicCode, outcome, count, confidential]) =>
    Array.from({ length: count }, () =>
      reception({
        placeId: placeId as never,
        topicCode,
        outcome,
        confidential,
        ...(outcome === 'helped' ? { helpText: 'Материальная помощь' } : {}),
        ...(outcome === 'referred' ? { referredToAgencyId: 'a1' as never } : {}),
        ...(outcome === 'declined' ? { declineReason: 'Вне компетенции' } : {}),
        ...(outcome === 'control'
          ? { control: { responsibleBody: 'Отдел земельных отношений', deadline: '2026-12-22', history: [] } }
          : {}),
      }),
    ),
  );
}

/** Counts per outcome (explained, helped, control, referred, declined, total) from the plan. */
function expected(district: string | null, topic: string | null, includeConfidential: boolean): number[] {
  const outcomes: ReceptionOutcome[] = ['explained', 'helped', 'control', 'referred', 'declined'];
  const rows = plan.filter(
    ([place, code, , , confidential]) =>
      (district === null || lookups.districtOf(place) === district) &&
      (topic === null || code === topic) &&
      (includeConfidential || !confidential),
  );
  const counts = outcomes.map((outcome) =>
    rows.filter(([, , o]) => o === outcome).reduce((sum, [, , , count]) => sum + count, 0),
  );
  return [...counts, counts.reduce((sum, count) => sum + count, 0)];
}

describe('reception journal and summary export', () => {
  it.each([false, true])('sums topics × outcomes per district as given (confidential included: %s)', (include) => {
    const [journal, summary] = receptionsExport(
      generated(),
      lookups,
      period,
      options({ includeConfidential: include }),
    );
    expect(journal?.rows).toHaveLength(expected(null, null, include)[5] ?? -1);
    if (!summary) throw new Error('no summary sheet');
    const rowOf = (label: string, after = 0) => summary.rows.findIndex((row, i) => i >= after && row[1] === label);
    for (const [district, name] of [
      [BAIZAK, 'Байзакский район'],
      [ZHAMBYL, 'Жамбылский район'],
    ] as const) {
      const start = rowOf(name);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(summary.boldRows).toContain(start);
      for (const [topic, topicName] of [
        ['land', 'Земельные вопросы'],
        ['housing', 'Жилищные вопросы'],
        ['language', 'Языковая политика'],
      ] as const) {
        const want = expected(district, topic, include);
        const end = rowOf('Итого по району', start);
        const at = summary.rows.slice(start, end).findIndex((row) => row[1] === topicName);
        if (want[5] === 0) expect(at).toBe(-1);
        else expect(summary.rows[start + at]?.slice(2)).toEqual(want);
      }
      expect(summary.rows[rowOf('Итого по району', start)]?.slice(2)).toEqual(expected(district, null, include));
    }
    expect(summary.totals).toEqual([null, 'Итого', ...expected(null, null, include)]);
    const note = 'Не включены конфиденциальные приёмы: 3';
    expect(summary.notes).toEqual(include ? [] : [note]);
    expect(journal?.notes).toEqual(include ? [] : [note]);
  });

  it('leaves confidential receptions out of both sheets unless included', () => {
    const secret = reception({ topicCode: 'language', confidential: true, citizenId: 'p2' as never });
    const open = reception({ citizenId: 'p1' as never, placeId: SARYKEMER as never });
    const [journal, summary] = receptionsExport([secret, open], lookups, period, options());
    expect(journal?.rows.map((row) => row[2])).toEqual(['Ахметов Серик Канатович']);
    expect(summary?.rows.some((row) => row[1] === 'Языковая политика')).toBe(false);
    expect(summary?.totals?.[7]).toBe(1);
    expect(summary?.notes).toEqual(['Не включены конфиденциальные приёмы: 1']);

    const [all, allSummary] = receptionsExport([secret, open], lookups, period, options({ includeConfidential: true }));
    expect(all?.rows.map((row) => row[2])).toEqual(['Иванова Анна', 'Ахметов Серик Канатович']);
    expect(allSummary?.rows.find((row) => row[1] === 'Языковая политика')?.[7]).toBe(1);
    expect(allSummary?.rows.find((row) => row[1] === 'Место не указано')).toBeDefined();
    expect(allSummary?.notes).toEqual([]);
  });

  it('writes one journal row per reception by date, with what was done and the control state', () => {
    const tables = receptionsExport(
      [
        reception({
          date: '2026-12-10',
          outcome: 'control',
          citizenId: 'p1' as never,
          officialId: 'o1' as never,
          placeId: SARYKEMER as never,
          visitId: 'v1' as never,
          summary: 'Оформление земельного участка',
          control: { responsibleBody: 'Отдел ЗО', deadline: '2026-12-15', history: [] },
        }),
        reception({
          date: '2026-12-05',
          outcome: 'control',
          control: {
            responsibleBody: 'Отдел ЗО',
            deadline: '2026-12-24',
            closedOn: '2026-12-12',
            resolution: 'Участок оформлен',
            history: [],
          },
        }),
        reception({
          date: '2026-12-08',
          outcome: 'control',
          control: { responsibleBody: 'Отдел ЗО', deadline: '2026-12-24', history: [] },
        }),
        reception({ date: '2026-12-03', outcome: 'referred', referredToAgencyId: 'a1' as never }),
        reception({ date: '2026-11-30' }),
        reception({ date: '2026-12-04', deletedAt: '2026-12-05T00:00:00' }),
      ],
      lookups,
      period,
      options(),
    );
    const journal = tables[0];
    expect(journal?.title).toBe('Журнал приёма граждан за период с 01.12.2026 по 31.12.2026');
    expect(journal?.subtitle).toBe('По состоянию на 20.12.2026');
    expect(journal?.rows.map((row) => [row[0], row[1], row[11], row[12]])).toEqual([
      [1, '2026-12-03', 'Отдел образования', null],
      [2, '2026-12-05', 'Отдел ЗО, срок до 24.12.2026', 'Снято с контроля 12.12.2026: Участок оформлен'],
      [3, '2026-12-08', 'Отдел ЗО, срок до 24.12.2026', 'На контроле до 24.12.2026'],
      [4, '2026-12-10', 'Отдел ЗО, срок до 15.12.2026', 'Просрочено (срок 15.12.2026)'],
    ]);
    expect(journal?.rows[3]).toEqual([
      4,
      '2026-12-10',
      'Ахметов Серик Канатович',
      '900101300126',
      'с. Сарыкемер',
      'Байзакский район',
      'Земельные вопросы',
      'Оформление земельного участка',
      'Жумабаев Ерлан',
      'Выезд 1: с. Сарыкемер',
      'Взято на контроль',
      'Отдел ЗО, срок до 15.12.2026',
      'Просрочено (срок 15.12.2026)',
    ]);
    expect(journal?.totals?.slice(0, 3)).toEqual([null, 'Итого', 4]);
  });

  it('masks the IIN when asked', () => {
    const rows = (maskPersonalData: boolean) =>
      receptionsExport([reception({ citizenId: 'p1' as never })], lookups, period, options({ maskPersonalData }))[0]
        ?.rows[0];
    expect(rows(true)?.[3]).toBe('9001••••••26');
    expect(rows(false)?.[3]).toBe('900101300126');
  });

  it('writes headers, titles and values in Kazakh, Russian or both', () => {
    const data = [reception({ placeId: SARYKEMER as never, outcome: 'helped', helpText: 'Көмек' })];
    const kk = receptionsExport(data, lookups, period, options({ language: 'kk', headers: 'kk' }));
    expect(kk[0]?.sheetName).toBe('Журнал');
    expect(kk[1]?.sheetName).toBe('Жиынтық');
    expect(kk[0]?.title).toBe('01.12.2026 бастап 31.12.2026 дейінгі кезеңдегі азаматтарды қабылдау журналы');
    expect(kk[0]?.columns.map((column) => column.header)).toEqual([
      '№',
      'Қабылдау күні',
      'Өтініш беруші',
      'ЖСН',
      'Елді мекен',
      'Аудан',
      'Тақырыбы',
      'Қысқаша мазмұны',
      'Қабылдау жүргізуші',
      'Жұмыс тобының сапары',
      'Нәтижесі',
      'Не істелді',
      'Бақылау',
    ]);
    expect(kk[1]?.columns.map((column) => column.header)).toEqual([
      '№',
      'Аудан, тақырыбы',
      'Түсіндірілді',
      'Көмек көрсетілді',
      'Бақылауға алынды',
      'Жіберілді',
      'Бас тартылды',
      'Барлығы',
    ]);
    expect(kk[0]?.rows[0]?.slice(4, 7)).toEqual(['Сарыкемер а.', 'Байзақ ауданы', 'Жер мәселелері']);
    expect(kk[0]?.rows[0]?.[10]).toBe('Көмек көрсетілді');
    expect(kk[1]?.rows.map((row) => row[1])).toEqual(['Байзақ ауданы', 'Жер мәселелері', 'Аудан бойынша барлығы']);
    expect(kk[1]?.totals).toEqual([null, 'Барлығы', 0, 1, 0, 0, 0, 1]);

    const ru = receptionsExport(data, lookups, period, options());
    expect(ru[0]?.columns[2]?.header).toBe('Заявитель');
    expect(ru[1]?.columns[7]?.header).toBe('Всего');

    const both = receptionsExport(data, lookups, period, options({ headers: 'both' }));
    expect(both[0]?.columns[1]?.header).toBe('Дата приёма / Қабылдау күні');
    expect(both[0]?.columns[0]?.header).toBe('№');
    expect(both[1]?.columns[2]?.header).toBe('Разъяснено / Түсіндірілді');
    expect(both[1]?.title).toBe(
      'Сводка приёма граждан по темам и результатам за период с 01.12.2026 по 31.12.2026 / ' +
        '01.12.2026 бастап 31.12.2026 дейінгі кезеңдегі азаматтарды қабылдаудың тақырыптар мен нәтижелер бойынша жиынтығы',
    );
  });

  it('counts a mass reception once in the summary: its totals on their own rows, the citizen entered under it not again', () => {
    const session = {
      id: 's1',
      date: '2026-12-05',
      placeId: SARYKEMER,
      received: 600,
      byTopic: { land: 250 },
      byOutcome: { explained: 0, helped: 113, control: 12, referred: 0, declined: 0 },
    } as unknown as ReceptionSession;
    const removed = { ...session, id: 's2', received: 50, deletedAt: '2026-12-06T00:00:00Z' } as ReceptionSession;
    const underControl = reception({
      placeId: SARYKEMER as never,
      outcome: 'control',
      sessionId: 's1' as never,
      control: { responsibleBody: 'Отдел ЖКХ', deadline: '2026-12-22', history: [] },
    });
    const alone = reception({ placeId: ASA as never, outcome: 'helped', helpText: 'Помощь' });
    const [journal, summary] = receptionsExport([underControl, alone], lookups, period, {
      ...options(),
      sessions: [session, removed],
    });
    // The journal still lists each citizen entered by name.
    expect(journal?.rows).toHaveLength(2);
    const labels = summary?.rows.map((row) => row[1]);
    expect(labels).toContain('Массовые приёмы (итоги сессий; гражданин, взятый на контроль, учтён в своей сессии)');
    expect(summary?.rows.find((row) => row[1] === '05.12.2026, с. Сарыкемер')?.slice(2)).toEqual([
      0, 113, 12, 0, 0, 600,
    ]);
    expect(summary?.rows.find((row) => row[1] === 'Итого по массовым приёмам')?.slice(2)).toEqual([
      0, 113, 12, 0, 0, 600,
    ]);
    // 600 at the session (its 12 under control include the one entered) and 1 received alone: 601, not 602.
    expect(summary?.totals?.slice(2)).toEqual([0, 114, 12, 0, 0, 601]);
  });
});
