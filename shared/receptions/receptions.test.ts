import { describe, expect, it } from 'vitest';
import type { Reception, ReceptionControl } from '../model/records';
import { problemsOf } from '../validation/issues';
import { closeControl, controlList, controlState, extendControl, overdueCount } from './control';
import { receptionInputSchema } from './reception-input';
import { receptionSummary } from './summary';

const TODAY = '2026-11-21';
const entry = {
  date: '2026-11-20',
  topicCode: 'land',
  summary: 'Просит выделить участок под ИЖС',
  confidential: false,
};

const problems = (input: unknown) => {
  const parsed = receptionInputSchema(TODAY).safeParse(input);
  return parsed.success ? [] : problemsOf(parsed.error).map((problem) => [problem.field, problem.code]);
};

describe('a reception entry', () => {
  it('asks for what each outcome needs, and nothing more', () => {
    expect(problems({ ...entry, outcome: 'explained' })).toEqual([]);
    expect(problems({ ...entry, outcome: 'helped' })).toEqual([['helpText', 'required']]);
    expect(problems({ ...entry, outcome: 'control' })).toEqual([
      ['responsibleBody', 'required'],
      ['deadline', 'required'],
    ]);
    expect(
      problems({ ...entry, outcome: 'control', responsibleBody: 'Отдел земельных отношений', deadline: '2026-11-19' }),
    ).toEqual([['deadline', 'date_order']]);
    expect(problems({ ...entry, outcome: 'referred' })).toEqual([['referredToAgencyId', 'required']]);
    expect(problems({ ...entry, outcome: 'declined', declineReason: 'Вопрос не в компетенции акимата' })).toEqual([]);
  });

  it('refuses a reception dated in the future or without a topic', () => {
    expect(problems({ ...entry, date: '2026-11-22', outcome: 'explained' })).toEqual([['date', 'date_future']]);
    expect(problems({ ...entry, topicCode: '', outcome: 'explained' })).toEqual([['topicCode', 'required']]);
  });
});

const control = (deadline: string, extra: Partial<ReceptionControl> = {}): { control: ReceptionControl } => ({
  control: { responsibleBody: 'ЖКХ', deadline, history: [], ...extra },
});

describe('items under control', () => {
  it('becomes overdue the day after its deadline, and a closed one never is', () => {
    expect(controlState(control('2026-11-21'), '2026-11-21')).toBe('open');
    expect(controlState(control('2026-11-21'), '2026-11-22')).toBe('overdue');
    expect(controlState(control('2026-11-01', { closedOn: '2026-11-20' }), '2026-11-22')).toBe('closed');
    expect(controlState({}, '2026-11-22')).toBe('none');
  });

  it('lists open items by due date with the overdue ones first, and counts the overdue', () => {
    const items = [
      control('2026-12-05'),
      control('2026-11-10'),
      control('2026-11-30'),
      control('2026-11-15', { closedOn: '2026-11-14' }),
      control('2026-11-20'),
    ];
    expect(controlList(items, TODAY).map((item) => item.control.deadline)).toEqual([
      '2026-11-10',
      '2026-11-20',
      '2026-11-30',
      '2026-12-05',
    ]);
    expect(overdueCount(items, TODAY)).toBe(2);
  });

  it('keeps the history of extensions and closes with a resolution', () => {
    const extended = extendControl(
      control('2026-11-20').control,
      '2026-12-18',
      'Ждём ответа из области',
      '2026-11-19T10:00:00Z',
      'Айгерим',
    );
    expect(extended.deadline).toBe('2026-12-18');
    expect(extended.history).toEqual([
      expect.objectContaining({
        kind: 'extension',
        newDeadline: '2026-12-18',
        text: '2026-11-20 → 2026-12-18: Ждём ответа из области',
      }),
    ]);
    expect(closeControl(extended, '2026-12-01', 'Участок выделен')).toMatchObject({
      closedOn: '2026-12-01',
      resolution: 'Участок выделен',
    });
  });
});

describe('the reception summary', () => {
  const reception = (fields: Partial<Omit<Reception, 'placeId'>> & { placeId?: string }) =>
    ({ topicCode: 'land', outcome: 'explained', confidential: false, placeId: '311030100', ...fields }) as Reception;
  const districtOf = (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : '');

  it('counts topics × outcomes per district and leaves confidential entries out unless included, saying how many', () => {
    const receptions = [
      reception({}),
      reception({ outcome: 'helped' }),
      reception({ outcome: 'control' }),
      reception({ topicCode: 'housing', placeId: '312000000' }),
      reception({ topicCode: 'religion', outcome: 'referred', confidential: true }),
      reception({ topicCode: 'employment', placeId: undefined }),
      reception({ deletedAt: '2026-11-20T10:00:00Z' }),
    ];
    const summary = receptionSummary(receptions, districtOf, false);
    expect(summary.leftOut).toBe(1);
    expect(summary.totals).toEqual({ explained: 3, helped: 1, control: 1, referred: 0, declined: 0, total: 5 });
    expect(summary.districts.map((block) => [block.district, block.totals.total])).toEqual([
      ['311000000', 3],
      ['312000000', 1],
      ['', 1],
    ]);
    expect(summary.districts[0]?.byTopic).toEqual([
      { topic: 'land', counts: { explained: 1, helped: 1, control: 1, referred: 0, declined: 0, total: 3 } },
    ]);
    const all = receptionSummary(receptions, districtOf, true);
    expect(all.leftOut).toBe(0);
    expect(all.totals.total).toBe(6);
    expect(all.totals.referred).toBe(1);
  });
});
