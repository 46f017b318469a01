import { describe, expect, it } from 'vitest';
import { agencyCore, readPlanTable, readTitle, splitAgencies } from './plan-table';

const agencies = [
  { id: 'agency:internal_policy', names: ['Управление внутренней политики', 'Ішкі саясат басқармасы'] },
  { id: 'agency:culture', names: ['Управление культуры', 'Мәдениет басқармасы'] },
  { id: 'agency:akimat', names: ['Аппарат акима', 'Әкім аппараты'] },
  { id: 'agency:house_of_friendship', names: ['Дом дружбы', 'Достық үйі'] },
];
const projects = [
  {
    id: 'project:peace_and_accord',
    names: ['Мир и согласие («Бейбітшілік пен келісім»)', '«Бейбітшілік пен келісім»'],
  },
  {
    id: 'project:united_society',
    names: ['«Біртұтас қоғам: келісім және сенім»', '«Біртұтас қоғам: келісім және сенім»'],
  },
];
const options = { defaultYear: 2026, agencies, projects };

const russianPlan = [
  ['', '', 'Утвержден постановлением акимата Байзакского района от 25 января 2026 года № 15', '', ''],
  ['План мероприятий по реализации проекта «Біртұтас қоғам» на 2026 год', '', '', '', ''],
  ['№ п/п', 'Наименование мероприятия', 'Форма завершения', 'Ответственные (исполнители)', 'Срок исполнения'],
  ['1', '2', '3', '4', '5'],
  ['1. Укрепление общественного согласия', '', '', '', ''],
  ['1', 'Заседания Совета общественного согласия', 'Протокол', 'Отдел внутренней политики', 'ежеквартально'],
  [
    '2',
    'Празднование Наурыза',
    'Информация в АНК',
    'ГУ «Отдел культуры акимата Байзакского района», Дом дружбы (по согласованию)',
    'до 25 марта',
  ],
  ['2. Информационная работа', '', '', '', ''],
  [
    '3',
    'Встречи с жителями сельских округов',
    'Информация',
    'Аппарат акима; акимы сельских округов',
    'I, III кварталы',
  ],
  ['4', 'Мониторинг ситуации', 'Справка', 'Отдел внутренней политики', 'в течение года'],
  ['Аббревиатуры: АНК – Ассамблея народа Казахстана', '', '', '', ''],
];

describe('readPlanTable: a Russian plan', () => {
  const table = readPlanTable(russianPlan, options);

  it('finds the header under the title and skips the row of column numbers', () => {
    expect(table.headerRows).toEqual([3]);
    expect(table.columns.map((column) => column.field)).toEqual([
      'number',
      'text',
      'completionForm',
      'responsible',
      'deadline',
    ]);
  });

  it('reads the items with their section, deadline and agencies matched to the directory', () => {
    expect(table.items.map((item) => [item.number, item.section, item.row])).toEqual([
      ['1', '1. Укрепление общественного согласия', 6],
      ['2', '1. Укрепление общественного согласия', 7],
      ['3', '2. Информационная работа', 9],
      ['4', '2. Информационная работа', 10],
    ]);
    const [first, second, third, fourth] = table.items;
    expect(first).toMatchObject({
      textRu: 'Заседания Совета общественного согласия',
      completionForm: 'Протокол',
      responsibleAgencyIds: ['agency:internal_policy'],
      deadline: { kind: 'quarterly' },
    });
    expect(first?.textKk).toBeUndefined();
    expect(second?.responsibleAgencyIds).toEqual(['agency:culture', 'agency:house_of_friendship']);
    expect(second?.deadline).toEqual({ kind: 'date', date: '2026-03-25' });
    expect(third?.deadline).toEqual({ kind: 'quarter', quarter: 3 });
    expect(fourth?.deadline).toEqual({ kind: 'year' });
  });

  it('sections are headings, and the note under the table is neither a section nor an item', () => {
    expect(table.sections.map((section) => section.text)).toEqual([
      '1. Укрепление общественного согласия',
      '2. Информационная работа',
    ]);
    expect(table.items).toHaveLength(4);
  });

  it('an agency the directory lacks is a problem with its row, and is offered to be added', () => {
    expect(table.problems).toEqual([
      {
        code: 'agency_unknown',
        row: 9,
        column: 'Ответственные (исполнители)',
        field: 'responsible',
        value: 'акимы сельских округов',
      },
    ]);
    expect(table.unknownAgencies).toEqual([{ name: 'акимы сельских округов', rows: [9] }]);
    const third = table.items[2];
    expect(third?.agencies).toEqual([
      { name: 'Аппарат акима', id: 'agency:akimat' },
      { name: 'акимы сельских округов' },
    ]);
  });

  it('once the agency is in the directory, the plan reads without a problem', () => {
    const again = readPlanTable(russianPlan, {
      ...options,
      agencies: [...agencies, { id: 'agency:u_1', names: ['Акимы сельских округов', 'Ауылдық округтер әкімдері'] }],
    });
    expect(again.problems).toEqual([]);
    expect(again.items[2]?.responsibleAgencyIds).toEqual(['agency:akimat', 'agency:u_1']);
  });

  it('reads the plan name, year, approving document and project from the title', () => {
    expect(table.title).toEqual({
      name: 'План мероприятий по реализации проекта «Біртұтас қоғам» на 2026 год',
      year: 2026,
      approvedBy: 'постановлением акимата Байзакского района',
      documentNo: '15',
      documentDate: '2026-01-25',
      projectId: 'project:united_society',
    });
  });
});

describe('readPlanTable: a bilingual Kazakh plan with a two-row header', () => {
  const rows = [
    ['', 'Байзақ ауданы әкімдігінің 2026 жылғы 20 қаңтардағы № 7 қаулысымен бекітілген', '', '', '', '', ''],
    ['2026 жылға арналған іс-шаралар жоспары', '', '', '', '', '', ''],
    [
      'Р/с №',
      'Іс-шара атауы',
      '',
      'Аяқталу нысаны',
      'Жауаптылар (орындаушылар)',
      'Орындау мерзімі',
      'Нысаналы индикатор',
    ],
    ['', 'қазақ тілінде', 'орыс тілінде', '', '', '', ''],
    [
      '1.1',
      'Қоғамдық келісім кеңесінің отырыстары',
      'Заседания Совета общественного согласия',
      'Хаттама',
      'Байзақ ауданы әкімдігінің ішкі саясат бөлімі',
      'тоқсан сайын',
      '4 отырыс',
    ],
    ['1.2', 'Наурыз мейрамын мерекелеу', 'Празднование Наурыза', 'Ақпарат', 'Мәдениет басқармасы', 'II-IV тоқсан', ''],
    ['1.3', 'Жастармен кездесу', 'Встреча с молодёжью', 'Ақпарат', 'Мәдениет басқармасы', 'желтоқсан', 'көп'],
    ['1.3', 'Дөңгелек үстел', 'Круглый стол', 'Ақпарат', 'Достық үйі', 'бір күні', ''],
  ];
  const table = readPlanTable(rows, { ...options, defaultYear: 2025 });

  it('reads the header across two rows and gives each text column its language', () => {
    expect(table.headerRows).toEqual([3, 4]);
    expect(table.bilingual).toBe(true);
    expect(table.columns.filter((column) => column.field === 'text').map((column) => column.language)).toEqual([
      'kk',
      'ru',
    ]);
  });

  it('fills textKk and textRu, the Kazakh agencies and deadlines, the target and its unit', () => {
    expect(table.year).toBe(2026);
    expect(table.items[0]).toMatchObject({
      number: '1.1',
      textKk: 'Қоғамдық келісім кеңесінің отырыстары',
      textRu: 'Заседания Совета общественного согласия',
      responsibleAgencyIds: ['agency:internal_policy'],
      deadline: { kind: 'quarterly' },
      targetValue: 4,
      targetUnit: 'отырыс',
    });
    expect(table.items[1]?.deadline).toEqual({ kind: 'quarter', quarter: 4 });
    expect(table.items[2]?.deadline).toEqual({ kind: 'date', date: '2026-12-31' });
  });

  it('every problem names its row, its column as the file heads it, and the value', () => {
    expect(table.problems).toEqual([
      { code: 'target_not_number', row: 7, column: 'Нысаналы индикатор', field: 'target', value: 'көп' },
      { code: 'number_repeated', row: 8, column: 'Р/с №', field: 'number', value: '1.3 (7)' },
      { code: 'deadline_unknown', row: 8, column: 'Орындау мерзімі', field: 'deadline', value: 'бір күні' },
    ]);
  });

  it('reads the Kazakh approving line', () => {
    expect(table.title).toMatchObject({
      name: '2026 жылға арналған іс-шаралар жоспары',
      documentNo: '7',
      documentDate: '2026-01-20',
      approvedBy: 'Байзақ ауданы әкімдігінің',
    });
  });
});

describe('readPlanTable: tables that are not a plan', () => {
  it('no header is one problem for the whole table', () => {
    const table = readPlanTable(
      [
        ['ФИО', 'ИИН'],
        ['Иванов', '1'],
      ],
      options,
    );
    expect(table.problems).toEqual([{ code: 'no_header', row: 0, column: '', value: '' }]);
    expect(table.items).toEqual([]);
  });

  it('a header without the deadline column names the missing column', () => {
    const table = readPlanTable(
      [
        ['№', 'Наименование мероприятия', 'Форма завершения', 'Ответственные'],
        ['1', 'Текст', 'Отчёт', 'Дом дружбы'],
      ],
      options,
    );
    expect(table.problems).toEqual([{ code: 'column_missing', row: 1, column: '', field: 'deadline', value: '' }]);
  });

  it('an item without text, agency or deadline is refused row by row', () => {
    const table = readPlanTable(
      [
        ['№', 'Наименование мероприятия', 'Ответственные', 'Срок исполнения'],
        ['1', '', 'Дом дружбы', 'IV квартал'],
        ['2', 'Текст', '', 'IV квартал'],
        ['3', 'Текст', 'Дом дружбы', ''],
      ],
      options,
    );
    expect(table.problems.map((problem) => [problem.code, problem.row])).toEqual([
      ['text_required', 2],
      ['agency_required', 3],
      ['deadline_required', 4],
    ]);
  });

  it('a section heading right under the header is a section, not a second header row', () => {
    const table = readPlanTable(
      [
        ['№ п/п', 'Мероприятие', 'Целевая аудитория', 'Ответственные', 'Срок исполнения'],
        ['Раздел 1. Согласие', '', '', '', ''],
        ['1.1', 'Текст', 'молодёжь', 'Дом дружбы', 'IV квартал'],
      ],
      options,
    );
    expect(table.headerRows).toEqual([1]);
    expect(table.columns.map((column) => column.field)).toEqual(['number', 'text', 'responsible', 'deadline']);
    expect(table.problems).toEqual([]);
    expect(table.items.map((item) => [item.number, item.section])).toEqual([['1.1', 'Раздел 1. Согласие']]);
  });

  it('a Date cell is read as the date it holds', () => {
    const table = readPlanTable(
      [
        ['№', 'Наименование мероприятия', 'Ответственные', 'Срок исполнения'],
        ['1', 'Текст', 'Дом дружбы', new Date(Date.UTC(2026, 11, 25))],
      ],
      options,
    );
    expect(table.items[0]?.deadline).toEqual({ kind: 'date', date: '2026-12-25' });
  });
});

describe('agency names', () => {
  it('splits on lines, semicolons and commas outside quotes', () => {
    expect(splitAgencies('ГУ «Отдел культуры, развития языков», Дом дружбы\nакимы сельских округов')).toEqual([
      'ГУ «Отдел культуры, развития языков»',
      'Дом дружбы',
      'акимы сельских округов',
    ]);
  });

  it('the core drops the generic words, the district and the agreement note', () => {
    expect(agencyCore('ГУ «Отдел внутренней политики акимата Байзакского района» (по согласованию)')).toBe(
      'внутренней политики',
    );
    expect(agencyCore('Байзақ ауданы әкімдігінің ішкі саясат бөлімі')).toBe('ишки саясат');
    expect(agencyCore('Ішкі саясат басқармасы')).toBe('ишки саясат');
  });

  it('readTitle names the project as a title shortens it', () => {
    expect(readTitle(['План мероприятий по проекту «Бейбітшілік пен келісім» на 2026 год'], projects).projectId).toBe(
      'project:peace_and_accord',
    );
  });

  it('readTitle finds nothing in lines that are no title', () => {
    expect(readTitle(['Список', ''])).toEqual({});
  });
});
