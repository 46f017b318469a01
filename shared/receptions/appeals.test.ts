import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../dates/working-days';
import type { Reception } from '../model/records';
import { problemsOf } from '../validation/issues';
import { countAppeals } from './appeal-counts';
import { filterAppeals } from './appeal-filter';
import { dueSoonUntil, isDueSoon } from './due-soon';
import { receptionInputSchema } from './reception-input';

const TODAY = '2026-12-03';
const entry = { date: '2026-12-01', topicCode: 'land', outcome: 'explained', confidential: false };

const problems = (input: unknown) => {
  const parsed = receptionInputSchema(TODAY).safeParse(input);
  return parsed.success ? [] : problemsOf(parsed.error).map((problem) => [problem.field, problem.code]);
};

describe('an appeal entry', () => {
  it('takes the kind, channel, registration and answer, and leaves them optional', () => {
    expect(problems(entry)).toEqual([]);
    const full = {
      ...entry,
      appealType: 'complaint',
      channel: 'written',
      registrationNo: 'ЖТ-123',
      registeredOn: '2026-12-02',
      coApplicantIds: ['p2', 'p3'],
      repeatOfId: 'r-earlier',
      answeredOn: '2026-12-03',
      answerForm: 'written',
      answerResult: 'explained',
    };
    const parsed = receptionInputSchema(TODAY).parse(full);
    expect(parsed).toMatchObject({ appealType: 'complaint', channel: 'written', registrationNo: 'ЖТ-123' });
    expect(problems({ ...entry, appealType: '', channel: '', answerForm: '' })).toEqual([]);
  });

  it('refuses a kind or channel the law does not know, and dates out of order or to come', () => {
    expect(problems({ ...entry, appealType: 'petition' })).toEqual([['appealType', 'unknown_value']]);
    expect(problems({ ...entry, channel: 'telegram' })).toEqual([['channel', 'unknown_value']]);
    expect(problems({ ...entry, registeredOn: '2026-11-30' })).toEqual([['registeredOn', 'date_order']]);
    expect(problems({ ...entry, answeredOn: '2026-12-04' })).toEqual([['answeredOn', 'date_future']]);
    expect(problems({ ...entry, answeredOn: '2026-11-30' })).toEqual([['answeredOn', 'date_order']]);
  });

  it('asks for the date of an answer whose form or result is given', () => {
    expect(problems({ ...entry, answerResult: 'satisfied' })).toEqual([['answeredOn', 'required']]);
    expect(problems({ ...entry, answerForm: 'oral', answeredOn: '2026-12-02' })).toEqual([]);
  });
});

const weekendsOnly: WorkingCalendar = { daysOff: new Set(), workingWeekends: new Set() };
const withIndependenceDay: WorkingCalendar = { daysOff: new Set(['2026-12-16']), workingWeekends: new Set() };
const open = (deadline: string, closedOn?: string): Pick<Reception, 'control'> => ({
  control: { responsibleBody: 'ЖКХ', deadline, history: [], ...(closedOn ? { closedOn } : {}) },
});

describe('due soon: three working days before the deadline', () => {
  it('counts the working days after today up to the deadline', () => {
    // Thursday 3 December: Friday 4, Monday 7 and Tuesday 8 are the three days left.
    expect(dueSoonUntil('2026-12-03', weekendsOnly)).toBe('2026-12-08');
    expect(isDueSoon(open('2026-12-08'), '2026-12-03', weekendsOnly)).toBe(true);
    expect(isDueSoon(open('2026-12-09'), '2026-12-03', weekendsOnly)).toBe(false);
  });

  it('skips weekends: a deadline on the Saturday after the third working day is still due soon', () => {
    // Tuesday 1 December: Wednesday, Thursday, Friday; the weekend adds no working day.
    expect(dueSoonUntil('2026-12-01', weekendsOnly)).toBe('2026-12-06');
    expect(isDueSoon(open('2026-12-05'), '2026-12-01', weekendsOnly)).toBe(true);
    expect(isDueSoon(open('2026-12-07'), '2026-12-01', weekendsOnly)).toBe(false);
  });

  it('skips holidays: Independence Day moves the horizon a day on', () => {
    // Friday 11 December: Monday 14, Tuesday 15, (Wednesday 16 a holiday), Thursday 17.
    expect(dueSoonUntil('2026-12-11', weekendsOnly)).toBe('2026-12-16');
    expect(dueSoonUntil('2026-12-11', withIndependenceDay)).toBe('2026-12-17');
    expect(isDueSoon(open('2026-12-17'), '2026-12-11', weekendsOnly)).toBe(false);
    expect(isDueSoon(open('2026-12-17'), '2026-12-11', withIndependenceDay)).toBe(true);
  });

  it('is due soon on the deadline day itself, and neither overdue nor closed items are', () => {
    expect(isDueSoon(open('2026-12-03'), '2026-12-03', weekendsOnly)).toBe(true);
    expect(isDueSoon(open('2026-12-02'), '2026-12-03', weekendsOnly)).toBe(false);
    expect(isDueSoon(open('2026-12-04', '2026-12-02'), '2026-12-03', weekendsOnly)).toBe(false);
    expect(isDueSoon({}, '2026-12-03', weekendsOnly)).toBe(false);
  });
});

type Counted = Parameters<typeof countAppeals>[0][number];

describe('appeals counted by type, channel and result', () => {
  // Six appeals written out by hand, one of them deleted.
  const appeals: Counted[] = [
    { appealType: 'complaint', channel: 'written', answer: { date: '2026-12-01', result: 'refused' } },
    { appealType: 'complaint', channel: 'e_otinish', repeatOfId: 'r1' as Reception['repeatOfId'] },
    { appealType: 'application', channel: 'in_person', coApplicantCount: 3, answer: { date: '2026-12-02' } },
    { appealType: 'proposal', channel: 'phone', answer: { date: '2026-12-02', result: 'satisfied' } },
    {},
    { appealType: 'complaint', channel: 'written', deletedAt: '2026-12-02T10:00:00Z' },
  ];

  it('adds each block up to the total and counts the repeated and collective apart', () => {
    const counts = countAppeals(appeals);
    expect(counts.total).toBe(5);
    expect(counts.byType).toEqual({ application: 1, complaint: 2, proposal: 1, response: 0, request: 0, none: 1 });
    expect(counts.byChannel).toEqual({ in_person: 1, written: 1, e_otinish: 1, phone: 1, none: 1 });
    expect(counts.byResult).toEqual({
      satisfied: 1,
      refused: 1,
      explained: 0,
      not_considered: 0,
      forwarded: 0,
      none: 3,
    });
    expect(counts.repeated).toBe(1);
    expect(counts.collective).toBe(1);
  });

  it('filters the journal by type and channel together', () => {
    const live = appeals.slice(0, 5);
    expect(filterAppeals(live, { type: 'complaint', channel: null })).toHaveLength(2);
    expect(filterAppeals(live, { type: 'complaint', channel: 'written' })).toHaveLength(1);
    expect(filterAppeals(live, { type: null, channel: null })).toHaveLength(5);
  });
});
