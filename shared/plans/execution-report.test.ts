import { describe, expect, it } from 'vitest';
import type { KelisimEvent, Plan, PlanItem } from '../model/records';
import { executionReport, periodLabel } from './execution-report';

const base = { createdAt: '2026-01-10T00:00:00Z', updatedAt: '2026-01-10T00:00:00Z', author: 'a' };
const plan = {
  ...base,
  id: 'plan-1',
  name: 'План мероприятий на 2026 год',
  nameKk: '2026 жылға арналған іс-шаралар жоспары',
  approvedBy: 'Акимат района',
  documentNo: '7',
  documentDate: '2026-01-20',
  year: 2026,
} as Plan;

const item = (overrides: Partial<PlanItem>): PlanItem =>
  ({
    ...base,
    planId: plan.id,
    responsibleAgencyIds: ['agency:house_of_friendship'],
    executions: [],
    ...overrides,
  }) as PlanItem;

const council = item({
  id: 'item-1' as PlanItem['id'],
  number: '1',
  order: 1,
  textRu: 'Заседания совета общественного согласия',
  textKk: 'Қоғамдық келісім кеңесінің отырыстары',
  deadline: { kind: 'quarterly' },
  targetValue: 4,
  targetUnit: 'заседания',
  executions: [
    {
      quarter: 1,
      textRu: 'Проведено заседание 15 марта.',
      textKk: '15 наурызда отырыс өтті.',
      value: 1,
      author: 'a',
      updatedAt: '',
    },
    { quarter: 2, textRu: 'Проведено заседание 10 июня.', value: 1, author: 'a', updatedAt: '' },
  ],
});
const nauryz = item({
  id: 'item-2' as PlanItem['id'],
  number: '2',
  order: 2,
  textRu: 'Празднование Наурыза',
  deadline: { kind: 'date', date: '2026-03-25' },
  responsibleAgencyIds: ['agency:culture', 'agency:house_of_friendship'] as PlanItem['responsibleAgencyIds'],
  coExecutors: 'этнокультурные объединения',
});
const idle = item({
  id: 'item-3' as PlanItem['id'],
  number: '3',
  order: 3,
  textRu: 'Круглый стол',
  deadline: { kind: 'quarter', quarter: 4 },
});

const event = (overrides: Partial<KelisimEvent>): KelisimEvent =>
  ({ ...base, status: 'held', allDay: false, links: [], ...overrides }) as KelisimEvent;

const input = {
  plan,
  items: [idle, nauryz, council],
  events: [
    event({
      id: 'e1' as KelisimEvent['id'],
      title: 'Наурыз в Сарыкемере',
      titleKk: 'Сарыкемердегі Наурыз',
      start: '2026-03-21T11:00',
      planItemId: nauryz.id,
      placeId: '314839100' as KelisimEvent['placeId'],
      venue: 'Дом культуры',
      actualParticipants: 350,
    }),
    event({
      id: 'e2' as KelisimEvent['id'],
      title: 'Отменено',
      start: '2026-03-22T11:00',
      planItemId: nauryz.id,
      status: 'cancelled',
    }),
    event({ id: 'e3' as KelisimEvent['id'], title: 'Вне периода', start: '2026-04-02T11:00', planItemId: nauryz.id }),
  ],
  period: { year: 2026, quarter: 1 as const, yearToDate: false },
  today: '2026-04-05',
  agencies: new Map([
    ['agency:house_of_friendship', { nameRu: 'Дом дружбы', nameKk: 'Достық үйі' }],
    ['agency:culture', { nameRu: 'Управление культуры', nameKk: 'Мәдениет басқармасы' }],
  ]),
  places: new Map([['314839100', { nameRu: 'с. Сарыкемер', nameKk: 'Сарыкемер а.' }]]),
};

describe('executionReport', () => {
  it('lays the quarter out as offices file it: item, responsible, deadline, what was done, status', () => {
    const table = executionReport(input, 'ru');
    expect(table.title).toBe('Информация об исполнении плана мероприятий за I квартал 2026 года');
    expect(table.subtitle).toBe('План мероприятий на 2026 год. Утверждён: Акимат района, № 7, 20.01.2026');
    expect(table.columns.map((column) => column.header)).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Ответственные исполнители',
      'Срок исполнения',
      'Информация об исполнении',
      'Статус',
    ]);
    expect(table.rows).toEqual([
      [
        '1',
        'Заседания совета общественного согласия',
        'Дом дружбы',
        'ежеквартально',
        'Проведено заседание 15 марта.\nЦелевой индикатор: 1 из 4 заседания',
        'Исполняется',
      ],
      [
        '2',
        'Празднование Наурыза',
        'Управление культуры, Дом дружбы; этнокультурные объединения',
        'до 25 марта',
        'Проведённые мероприятия:\n21.03.2026 — Наурыз в Сарыкемере, с. Сарыкемер, Дом культуры, участников: 350',
        'Исполнено',
      ],
      ['3', 'Круглый стол', 'Дом дружбы', 'IV квартал', 'В отчётном периоде исполнение не отражено.', 'Не начато'],
    ]);
  });

  it('the year to date heads each quarter’s text and sums the indicator over the quarters', () => {
    const table = executionReport(
      { ...input, period: { year: 2026, quarter: 2, yearToDate: true }, today: '2026-07-01' },
      'ru',
    );
    expect(table.title).toBe('Информация об исполнении плана мероприятий за первое полугодие 2026 года');
    expect(table.rows[0]?.[4]).toBe(
      'I квартал: Проведено заседание 15 марта.\nII квартал: Проведено заседание 10 июня.\nЦелевой индикатор: 2 из 4 заседания',
    );
    expect(table.rows[1]?.[4]).toContain('02.04.2026 — Вне периода');
  });

  it('in Kazakh: Kazakh texts, falling back to the Russian one where none was written', () => {
    const table = executionReport({ ...input, period: { year: 2026, quarter: 2, yearToDate: false } }, 'kk');
    expect(table.title).toBe('2026 жылғы II тоқсандағы іс-шаралар жоспарының орындалуы туралы ақпарат');
    expect(table.subtitle).toContain('2026 жылға арналған іс-шаралар жоспары');
    expect(table.rows[0]?.slice(1, 6)).toEqual([
      'Қоғамдық келісім кеңесінің отырыстары',
      'Достық үйі',
      'тоқсан сайын',
      'Проведено заседание 10 июня.\nНысаналы индикатор: 4 заседания жоспарланғаннан 1 орындалды',
      'Орындалуда',
    ]);
    const q1 = executionReport(input, 'kk');
    expect(q1.rows[1]?.[4]).toBe(
      'Өткізілген іс-шаралар:\n21.03.2026 — Сарыкемердегі Наурыз, Сарыкемер а., Дом культуры, қатысушылар: 350',
    );
  });

  it('judges a finished quarter the day after it, on what was recorded for it alone', () => {
    const dueInQ1 = (id: string, quarter: 1 | 2) =>
      item({
        id: id as PlanItem['id'],
        number: id,
        order: 1,
        textRu: id,
        deadline: { kind: 'quarter', quarter: 1 },
        executions: [{ quarter, textRu: 'Сделано.', author: 'a', updatedAt: '' }],
      });
    const table = executionReport(
      { ...input, items: [dueInQ1('a', 1), dueInQ1('b', 2)], events: [], today: '2026-07-10' },
      'ru',
    );
    expect(table.rows.map((row) => row[5])).toEqual(['Исполнено', 'Просрочено']);
  });

  it('names the periods of the year to date', () => {
    expect(periodLabel({ year: 2026, quarter: 3, yearToDate: true }, 'ru')).toBe('9 месяцев 2026 года');
    expect(periodLabel({ year: 2026, quarter: 4, yearToDate: true }, 'ru')).toBe('2026 год');
    expect(periodLabel({ year: 2026, quarter: 4, yearToDate: true }, 'kk')).toBe('2026 жылғы');
  });
});
