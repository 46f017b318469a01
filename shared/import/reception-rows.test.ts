import { describe, expect, it } from 'vitest';
import { parseNonWorkingDays } from '../dates/working-days';
import { directoryItemId, directorySeed } from '../directories/seed';
import type { Person } from '../model/records';
import { analyseReceptions, detectLayout, mappingNamesReception } from './pipeline';
import type { ImportLookups } from './read-rows';
import {
  agencyInText,
  matchReceptionOutcome,
  nameKey,
  planReceptionImport,
  receptionKey,
  type ReceptionRow,
} from './reception-rows';
import type { CellValue, RawSheet } from './types';

const TODAY = '2026-11-30';

const lookups: ImportLookups = {
  ethnicGroups: [],
  places: [{ id: '314854100', nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.', level: 'settlement' }],
  legalForms: [],
  associations: [],
  receptionTopics: directorySeed
    .filter((item) => item.kind === 'reception_topic')
    .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
  agencies: directorySeed
    .filter((item) => item.kind === 'agency')
    .map((item) => ({ id: directoryItemId('agency', item.code), names: [item.nameRu, item.nameKk] })),
  // Independence Day falls within the 15 working days after 25 November 2026.
  workingCalendar: parseNonWorkingDays('date,kind\n2026-12-16,national\n'),
};

const sheetOf = (rows: CellValue[][]): RawSheet => ({ name: 'Журнал', rows, merges: [] });

const HEADER = [
  '№',
  'Дата приёма',
  'ФИО заявителя',
  'ИИН',
  'Адрес',
  'Тема обращения',
  'Краткое содержание',
  'Результат',
  'Ответственный',
  'Срок исполнения',
  'Принимал',
];

function analyse(rows: CellValue[][], header: CellValue[] = HEADER) {
  const sheet = sheetOf([['Журнал приёма граждан за ноябрь 2026 года'], header, ...rows]);
  const layout = detectLayout(sheet, 'receptions');
  return { layout, ...analyseReceptions(sheet, layout, lookups, TODAY) };
}

const problemsOf = (result: ReturnType<typeof analyse>) =>
  result.rejected.map((row) => [row.rowNumber, row.problems.map((problem) => [problem.code, problem.column])]);

describe('the outcome a journal writes in words', () => {
  it('is recognised by its stem in Russian and Kazakh, in any case', () => {
    const outcomes = [
      ['Разъяснено', 'explained'],
      ['даны разъяснения по порядку', 'explained'],
      ['ТҮСІНДІРІЛДІ', 'explained'],
      ['Оказана помощь в оформлении АСП', 'helped'],
      ['Көмек көрсетілді', 'helped'],
      ['Взято на контроль', 'control'],
      ['на контроле', 'control'],
      ['Бақылауға алынды', 'control'],
      ['Направлено в управление образования', 'referred'],
      ['перенаправлено в акимат села', 'referred'],
      ['Білім басқармасына жіберілді', 'referred'],
      ['Отказано', 'declined'],
      ['бас тартылды', 'declined'],
      ['helped', 'helped'],
    ] as const;
    expect(outcomes.map(([text]) => [text, matchReceptionOutcome(text)?.outcome])).toEqual(outcomes);
  });

  it('takes the word that comes first, skips a negated one, and knows when it does not know', () => {
    expect(matchReceptionOutcome('Отказано в помощи')?.outcome).toBe('declined');
    expect(matchReceptionOutcome('Разъяснено, направлено в Дом дружбы')?.outcome).toBe('explained');
    expect(matchReceptionOutcome('вопрос не решен, взят на контроль')?.outcome).toBe('control');
    expect(matchReceptionOutcome('Принято к сведению')).toBeNull();
    // A stem inside a word is not the word: "подконтрольный" is no control item.
    expect(matchReceptionOutcome('подконтрольный объект')).toBeNull();
  });

  it('names the agency of a referral, in either language', () => {
    expect(agencyInText('Направлено в Управление образования', lookups.agencies ?? [])).toBe('agency:education');
    expect(agencyInText('Білім басқармасына жіберілді', lookups.agencies ?? [])).toBe('agency:education');
    expect(agencyInText('направлено в службу пробации', lookups.agencies ?? [])).toBe('agency:probation');
    expect(agencyInText('Направлено в ЦОН', lookups.agencies ?? [])).toBeUndefined();
  });
});

describe('rows of a reception journal', () => {
  it('finds the header under the title and maps the journal columns', () => {
    const { layout } = analyse([]);
    expect(layout.headerRow).toBe(1);
    expect(layout.mapping).toEqual([
      'rowNumber',
      'date',
      'fullName',
      'iin',
      'address',
      'topicCode',
      'summary',
      'outcome',
      'responsibleBody',
      'deadline',
      'officialName',
    ]);
    expect(mappingNamesReception(layout.mapping)).toBe(true);
    expect(mappingNamesReception(layout.mapping.map((key) => (key === 'topicCode' ? null : key)))).toBe(false);
  });

  it('maps a journal kept in Kazakh', () => {
    const sheet = sheetOf([
      ['Азаматтарды қабылдау журналы'],
      [
        'р/с',
        'Қабылдау күні',
        'Өтініш берушінің аты-жөні',
        'ЖСН',
        'Елді мекен',
        'Мәселе',
        'Қысқаша мазмұны',
        'Нәтижесі',
        'Жауапты',
        'Орындау мерзімі',
        'Қабылдаған',
        'Қайда жіберілді',
      ],
    ]);
    expect(detectLayout(sheet, 'receptions').mapping).toEqual([
      'rowNumber',
      'date',
      'fullName',
      'iin',
      'placeId',
      'topicCode',
      'summary',
      'outcome',
      'responsibleBody',
      'deadline',
      'officialName',
      'referredToAgencyId',
    ]);
  });

  it.each([
    ['Принимал', 'a journal exported before the header was renamed'],
    ['Қабылдаған', 'a Kazakh journal exported before the header was renamed'],
    ['Проводивший приём (ФИО)', 'the Russian header of this version'],
    ['Қабылдау жүргізуші', 'the Kazakh header of this version'],
    ['Проводивший приём / Қабылдау жүргізуші', 'the bilingual header of this version'],
  ])('takes the official from a column headed «%s» (%s)', (official) => {
    const sheet = sheetOf([['Дата приёма', 'ФИО заявителя', 'Тема обращения', official]]);
    expect(detectLayout(sheet, 'receptions').mapping).toEqual(['date', 'fullName', 'topicCode', 'officialName']);
  });

  it('keeps the result text as the help given and as the reason of a refusal', () => {
    const result = analyse([
      [
        1,
        '20.11.2026',
        'Пак Виктор Сергеевич',
        '900101300126',
        '',
        'Трудоустройство',
        '',
        'Оказана помощь в трудоустройстве',
      ],
      [2, '20.11.2026', 'Ли Ольга', '', '', 'Коммунальные услуги', '', 'Отказано: вопрос не в компетенции'],
    ]);
    expect(result.rejected).toEqual([]);
    expect(
      result.valid.map((row) => [row.reception.outcome, row.reception.helpText, row.reception.declineReason]),
    ).toEqual([
      ['helped', 'Оказана помощь в трудоустройстве', undefined],
      ['declined', undefined, 'Отказано: вопрос не в компетенции'],
    ]);
    expect(result.valid[0]?.citizen).toEqual({
      iin: '900101300126',
      person: {
        surname: 'Пак',
        givenName: 'Виктор',
        patronymic: 'Сергеевич',
        iin: '900101300126',
        birthDate: '1990-01-01',
        sex: 'male',
      },
    });
    expect(result.valid[0]?.repairs.map((repair) => repair.code)).toContain('outcome_from_text');
  });

  it('gives a control item without a deadline 15 working days, past the holiday, and says so', () => {
    const result = analyse([
      [
        1,
        '25.11.2026',
        'Абенов Ерлан',
        '',
        'с. Сортобе, ул. Абая 5',
        'Жилищный вопрос',
        'Ремонт крыши',
        'Взято на контроль',
        'Отдел ЖКХ',
        '',
        '',
      ],
    ]);
    expect(result.rejected).toEqual([]);
    const row = result.valid[0];
    expect(row?.reception).toMatchObject({
      outcome: 'control',
      topicCode: 'housing',
      responsibleBody: 'Отдел ЖКХ',
      // 26.11 … 15.12 is 14 working days; 16.12 is a holiday; the 15th is 17.12.
      deadline: '2026-12-17',
      placeId: '314854100',
    });
    expect(row?.citizen.person?.address).toBe('с. Сортобе, ул. Абая 5');
    expect(row?.repairs.find((repair) => repair.code === 'deadline_default')).toMatchObject({ to: '2026-12-17' });
  });

  it('keeps a deadline the journal gives, and refuses one before the reception', () => {
    const result = analyse([
      [1, '25.11.2026', 'Абенов Ерлан', '', '', 'Жилищный вопрос', '', 'на контроле', 'Отдел ЖКХ', '01.12.2026'],
      [2, '25.11.2026', 'Абенов Ерлан', '', '', 'Жилищный вопрос', '', 'на контроле', 'Отдел ЖКХ', '20.11.2026'],
    ]);
    expect(result.valid.map((row) => row.reception.deadline)).toEqual(['2026-12-01']);
    expect(problemsOf(result)).toEqual([[4, [['deadline_order', 9]]]]);
  });

  it('rejects what it cannot store, each problem on its column', () => {
    const result = analyse([
      // Referred, but to a body the agency directory does not have: the problem is on the result column (H).
      [1, '20.11.2026', 'Серикова Айгуль', '', '', 'Социальная поддержка', '', 'Направлено в ЦОН'],
      // Nobody named: neither a name nor an IIN (column C).
      [2, '20.11.2026', '', '', '', 'Земельный вопрос', '', 'Разъяснено'],
      // Control without the body responsible (column I).
      [3, '20.11.2026', 'Ким Марина', '', '', 'Земельный вопрос', '', 'Взято на контроль'],
      // A result nobody can read, a topic the directory does not have, a date still to come.
      [4, '05.12.2026', 'Ким Марина', '', '', 'Погода', '', 'Принято к сведению'],
      // An IIN with a typo.
      [5, '20.11.2026', 'Ким Марина', '850731400454', '', 'Земельный вопрос', '', 'Разъяснено'],
    ]);
    expect(result.valid).toEqual([]);
    expect(problemsOf(result)).toEqual([
      [3, [['agency_required', 7]]],
      [4, [['citizen_required', 2]]],
      [5, [['responsible_required', 8]]],
      [
        6,
        [
          ['unknown_value', 5],
          ['outcome_unknown', 7],
          ['date_future', 1],
        ],
      ],
      [7, [['iin_checksum', 3]]],
    ]);
  });

  it('rejects a last row without a citizen rather than taking it for a totals row', () => {
    const result = analyse([
      [1, '20.11.2026', 'Ким Марина', '', '', 'Земельный вопрос', '', 'Разъяснено'],
      [2, '21.11.2026', '', '', '', 'Другое', 'Без фамилии', 'Разъяснено'],
    ]);
    expect(result.valid).toHaveLength(1);
    expect(problemsOf(result)).toEqual([[4, [['citizen_required', 2]]]]);
    expect(result.skipped).toEqual([]);
  });

  it('puts the agency problem on the "where referred" column when the journal has one', () => {
    const header = [...HEADER, 'Куда направлено'];
    const result = analyse(
      [
        [1, '20.11.2026', 'Серикова Айгуль', '', '', 'Социальная поддержка', '', 'Направлено', '', '', '', ''],
        [2, '20.11.2026', 'Серикова Айгуль', '', '', 'Земельный вопрос', '', 'Направлено', '', '', '', 'Аппарат акима'],
      ],
      header,
    );
    expect(problemsOf(result)).toEqual([[3, [['agency_required', 11]]]]);
    expect(result.valid.map((row) => row.reception.referredToAgencyId)).toEqual(['agency:akimat']);
  });
});

const person = (id: string, fields: Partial<Person>): Person => ({
  id: id as Person['id'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  author: 'test',
  surname: '',
  givenName: '',
  searchTokens: [],
  ...fields,
});

describe('planning a journal against the people already stored', () => {
  const rows = (): ReceptionRow[] =>
    analyse([
      [
        1,
        '20.11.2026',
        'Ким Марина Викторовна',
        '850731400453',
        '',
        'Земельный вопрос',
        '',
        'Разъяснено',
        '',
        '',
        'Сейткали Арман',
      ],
      [
        2,
        '20.11.2026',
        'Пак Виктор Сергеевич',
        '900101300126',
        '',
        'Трудоустройство',
        '',
        'Разъяснено',
        '',
        '',
        'Иванов И.И.',
      ],
      [3, '23.11.2026', 'Пак Виктор Сергеевич', '', '', 'Жилищный вопрос', '', 'Разъяснено'],
      [4, '23.11.2026', '', '051212500780', '', 'Жилищный вопрос', '', 'Разъяснено'],
      [5, '24.11.2026', 'Ли Ольга', '', '', 'Жилищный вопрос', '', 'Разъяснено'],
    ]).valid;
  const kim = person('kim', { surname: 'Ким', givenName: 'Марина', iin: '850731400453' });
  const official = person('official', { surname: 'Сейткали', givenName: 'Арман' });
  const namesakes = [
    person('li-1', { surname: 'Ли', givenName: 'Ольга' }),
    person('li-2', { surname: 'Ли', givenName: 'Ольга' }),
  ];
  const existing = {
    byIin: new Map([['850731400453', kim]]),
    byName: new Map([
      [nameKey(official), [official]],
      [nameKey(namesakes[0] as Person), namesakes],
    ]),
    receptionKeys: new Set<string>(),
  };

  it('reuses a person found by IIN, creates a new one once for all their rows, and rejects who cannot be told', () => {
    const { items, rejected } = planReceptionImport(rows(), existing);
    expect(items.map((item) => [item.row.rowNumber, item.kind, item.citizen.kind])).toEqual([
      [3, 'new', 'existing'],
      [4, 'new', 'new'],
      [5, 'new', 'new'],
    ]);
    expect(items[0]?.citizen).toMatchObject({ person: { id: 'kim' } });
    // The second visit of Пак (without IIN) is the person the first row creates.
    expect(items[1]?.citizen).toBe(items[2]?.citizen);
    expect(items.map((item) => [item.officialId, item.officialUnmatched])).toEqual([
      ['official', undefined],
      [undefined, true],
      [undefined, undefined],
    ]);
    expect(
      rejected.map((row) => [row.rowNumber, row.problems.map((problem) => [problem.code, problem.column])]),
    ).toEqual([
      [6, [['citizen_not_found', 2]]],
      [7, [['citizen_ambiguous', 2]]],
    ]);
  });

  it('adds nothing for receptions already stored: same day, citizen and topic', () => {
    const stored = new Set([receptionKey({ date: '2026-11-20', citizenId: 'kim', topicCode: 'land' })]);
    const { items } = planReceptionImport(rows(), { ...existing, receptionKeys: stored });
    expect(items.map((item) => item.kind)).toEqual(['unchanged', 'new', 'new']);
    // The same row twice in one file is one reception.
    const twice = planReceptionImport([...rows().slice(0, 1), ...rows().slice(0, 1)], existing);
    expect(twice.items.map((item) => item.kind)).toEqual(['new', 'unchanged']);
  });
});
