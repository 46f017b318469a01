import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonId } from '@shared/model/ids';
import { openOfficeWithKeys, openTestDb, scopeAs } from '../test-db';
import { referencesToPeople } from './person-references';
import {
  createReception,
  dueSoonControlCount,
  getReception,
  openControlItems,
  overdueControlCount,
  updateReception,
} from './receptions';
import { buildStandardReport } from './reports';

const citizen = 'citizen-1' as PersonId;
const neighbour = 'citizen-2' as PersonId;
const complaint = {
  date: '2026-11-02',
  citizenId: citizen,
  topicCode: 'utilities',
  summary: 'Нет отопления в доме',
  outcome: 'control',
  responsibleBody: 'Отдел ЖКХ',
  deadline: '2026-11-23',
  confidential: false,
  appealType: 'complaint',
  channel: 'written',
  registrationNo: 'ЖТ-15',
  registeredOn: '2026-11-03',
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('appeals in the journal', () => {
  it('keep their kind, channel, registration, applicants, the earlier appeal and the answer', async () => {
    const scope = scopeAs(await openTestDb());
    const first = await createReception(scope, { ...complaint, outcome: 'explained' });
    const repeated = await createReception(scope, {
      ...complaint,
      date: '2026-11-16',
      registeredOn: '2026-11-16',
      coApplicantIds: [neighbour, citizen, neighbour],
      repeatOfId: first.id,
    });
    const stored = await getReception(scope, repeated.id);
    expect(stored).toMatchObject({
      appealType: 'complaint',
      channel: 'written',
      registrationNo: 'ЖТ-15',
      registeredOn: '2026-11-16',
      repeatOfId: first.id,
      // The citizen is not counted again among the others, nor a neighbour named twice.
      coApplicantIds: [neighbour],
      coApplicantCount: 1,
    });
    expect((await referencesToPeople(scope.db, [neighbour])).get(neighbour)).toEqual([
      { kind: 'reception-co-applicant', recordId: repeated.id },
    ]);
  });

  it('an answer given closes the control item on its date', async () => {
    const scope = scopeAs(await openTestDb());
    const saved = await createReception(scope, { ...complaint, deadline: '2026-11-18' });
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(1);
    await updateReception(scope, saved.id, {
      ...complaint,
      deadline: '2026-11-18',
      answeredOn: '2026-11-19',
      answerForm: 'written',
      answerResult: 'satisfied',
    });
    const answered = await getReception(scope, saved.id);
    expect(answered?.answer).toEqual({ date: '2026-11-19', form: 'written', result: 'satisfied' });
    expect(answered?.control?.closedOn).toBe('2026-11-19');
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(0);
    expect((await openControlItems(scope, '2026-11-20', true)).rows).toEqual([]);
  });

  it('counts those due from today to the horizon, confidential ones too, and not the overdue', async () => {
    const { admin } = await openOfficeWithKeys();
    await createReception(admin, { ...complaint, deadline: '2026-11-19' });
    await createReception(admin, { ...complaint, deadline: '2026-11-20' });
    await createReception(admin, { ...complaint, deadline: '2026-11-25', confidential: true });
    await createReception(admin, { ...complaint, deadline: '2026-11-26' });
    expect(await dueSoonControlCount(admin, '2026-11-20', '2026-11-25')).toBe(2);
    expect(await overdueControlCount(admin, '2026-11-20')).toBe(1);
  });

  it('seal the other applicants of a confidential collective appeal with the citizen', async () => {
    const { db, admin } = await openOfficeWithKeys();
    const saved = await createReception(admin, {
      ...complaint,
      confidential: true,
      coApplicantIds: [neighbour],
    });
    const stored = await db.receptions.get(saved.id);
    expect(stored?.sealed).toBeDefined();
    expect(stored?.coApplicantIds).toBeUndefined();
    expect(stored?.citizenId).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain(neighbour);
    // Still counted as collective without the key: only how many is kept in clear.
    expect(stored?.coApplicantCount).toBe(1);
    expect((await getReception(admin, saved.id))?.coApplicantIds).toEqual([neighbour]);
  });

  it('the appeals report counts by type, channel and result, the repeated and collective apart', async () => {
    const { admin } = await openOfficeWithKeys();
    const first = await createReception(admin, { ...complaint, outcome: 'explained' });
    await createReception(admin, {
      ...complaint,
      outcome: 'explained',
      date: '2026-11-10',
      registeredOn: '2026-11-10',
      repeatOfId: first.id,
      confidential: true,
      coApplicantIds: [neighbour],
      answeredOn: '2026-11-12',
      answerResult: 'refused',
    });
    await createReception(admin, {
      ...complaint,
      outcome: 'explained',
      appealType: 'proposal',
      channel: 'e_otinish',
      registeredOn: '',
    });
    // Outside the period: not counted.
    await createReception(admin, { ...complaint, outcome: 'explained', date: '2026-10-30', registeredOn: '' });
    const [table] = await buildStandardReport(
      admin,
      'appeals',
      { from: '2026-11-01', to: '2026-11-30' },
      {
        language: 'ru',
        headers: 'ru',
        maskPersonalData: true,
        asOf: '2026-11-20',
        today: '2026-11-20',
        includeConfidential: false,
      },
    );
    const value = (label: string, after?: string) => {
      const start = after ? (table?.rows.findIndex((row) => row[1] === after) ?? -1) : -1;
      return table?.rows.slice(start + 1).find((row) => row[1] === label)?.[2];
    };
    expect(table?.totals).toEqual([null, 'Всего обращений', 3]);
    expect(value('Жалоба')).toBe(2);
    expect(value('Предложение')).toBe(1);
    expect(value('Письменно', 'По каналу поступления')).toBe(2);
    expect(value('e-Otinish', 'По каналу поступления')).toBe(1);
    expect(value('Отказано', 'По результату рассмотрения')).toBe(1);
    expect(value('Ответ не дан или результат не указан')).toBe(2);
    expect(value('Повторные обращения')).toBe(1);
    expect(value('Коллективные обращения')).toBe(1);
  });
});
