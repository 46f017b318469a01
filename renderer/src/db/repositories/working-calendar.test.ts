import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectiveCalendar } from '@shared/dates/office-calendar';
import type { PersonId } from '@shared/model/ids';
import { loadShippedDays } from '@/reference/reference-files';
import { AccessDeniedError } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { auditEntries } from './audit';
import { createReception, extendReceptionControl, updateReception } from './receptions';
import {
  addCalendarDay,
  applyDeadlineChanges,
  CalendarDayError,
  checkOpenDeadlines,
  getOfficeCalendar,
  importCalendarDays,
  removeCalendarDay,
} from './working-calendar';

// Monday 20 December 2027: the shipped list ends with 2027, so its 15 working days end on Monday
// 10 January 2028 when January's holidays are not known.
const received = {
  date: '2027-12-20',
  citizenId: 'citizen-1' as PersonId,
  topicCode: 'land',
  summary: 'Участок под ИЖС',
  outcome: 'control',
  responsibleBody: 'Отдел земельных отношений',
  deadline: '2028-01-10',
  confidential: false,
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-12-21T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the office’s working calendar', () => {
  it('is changed by administrators only, and everyone reads it', async () => {
    const db = await openTestDb();
    for (const role of ['editor', 'exporter', 'viewer'] as const) {
      await expect(addCalendarDay(scopeAs(db, role), { date: '2028-01-03', kind: 'day_off' })).rejects.toThrow(
        AccessDeniedError,
      );
      await expect(checkOpenDeadlines(scopeAs(db, role))).rejects.toThrow(AccessDeniedError);
    }
    await addCalendarDay(scopeAs(db), { date: '2028-01-03', kind: 'day_off', nameRu: 'Новый год' });
    expect((await getOfficeCalendar(scopeAs(db, 'viewer'))).days).toEqual([
      { date: '2028-01-03', kind: 'day_off', nameRu: 'Новый год' },
    ]);
  });

  it('refuses a day that changes nothing and says why', async () => {
    const db = await openTestDb();
    // 1 January 2027 is a holiday in the shipped list; Wednesday 5 January 2028 is a working day already.
    await expect(addCalendarDay(scopeAs(db), { date: '2027-01-01', kind: 'day_off' })).rejects.toMatchObject({
      problem: 'already_day_off',
    });
    await expect(addCalendarDay(scopeAs(db), { date: '2028-01-05', kind: 'working_day' })).rejects.toBeInstanceOf(
      CalendarDayError,
    );
    expect((await getOfficeCalendar(scopeAs(db))).days).toEqual([]);
  });

  it('shows which open deadlines a new holiday moves, moves them only when confirmed, and audits both', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    const computed = await createReception(admin, received);
    const byHand = await createReception(admin, { ...received, deadline: '2028-01-20' });
    const extended = await createReception(admin, received);
    await extendReceptionControl(admin, extended.id, '2028-01-24', 'Ждём решения комиссии');

    const check = await addCalendarDay(admin, { date: '2028-01-03', kind: 'day_off' });
    expect(check.changes.map(({ id, from, to, responsibleBody }) => ({ id, from, to, responsibleBody }))).toEqual([
      { id: computed.id, from: '2028-01-10', to: '2028-01-11', responsibleBody: 'Отдел земельных отношений' },
    ]);
    // Nothing moved yet: the administrator has only been shown the change.
    expect((await db.receptions.get(computed.id))?.control?.deadline).toBe('2028-01-10');

    expect(await applyDeadlineChanges(admin, check.changes, 'пересчитан')).toEqual({ applied: 1, skipped: 0 });
    const moved = await db.receptions.get(computed.id);
    expect(moved?.control?.deadline).toBe('2028-01-11');
    expect(moved?.openControlDue).toBe('2028-01-11');
    expect(moved?.control?.history.at(-1)?.text).toBe('2028-01-10 → 2028-01-11: пересчитан');
    expect((await db.receptions.get(byHand.id))?.control?.deadline).toBe('2028-01-20');
    expect((await db.receptions.get(extended.id))?.control?.deadline).toBe('2028-01-24');

    const actions = (await auditEntries(admin)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['calendar-change', 'deadline-recompute']));
    const update = (await auditEntries(admin)).find(
      (entry) => entry.action === 'update' && entry.recordId === computed.id,
    );
    expect(update?.details).toMatchObject({ deadline: '2028-01-10 → 2028-01-11' });
    expect((await checkOpenDeadlines(admin)).changes).toEqual([]);
  });

  it('skips a deadline changed after it was shown, and moves one back when the day is taken out', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    const reception = await createReception(admin, received);
    const shown = await addCalendarDay(admin, { date: '2028-01-03', kind: 'day_off' });
    await updateReception(admin, reception.id, { ...received, deadline: '2028-01-14' });
    expect(await applyDeadlineChanges(admin, shown.changes, 'пересчитан')).toEqual({ applied: 0, skipped: 1 });
    expect((await db.receptions.get(reception.id))?.control?.deadline).toBe('2028-01-14');

    await updateReception(admin, reception.id, { ...received, deadline: '2028-01-11' });
    const back = await removeCalendarDay(admin, '2028-01-03');
    expect(back.changes.map(({ from, to }) => [from, to])).toEqual([['2028-01-11', '2028-01-10']]);
  });

  it('takes an imported year whole: it replaces the office’s days of that year and extends the known calendar', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    const shipped = await loadShippedDays();
    await addCalendarDay(admin, { date: '2028-02-01', kind: 'day_off' });
    expect(effectiveCalendar(shipped, await getOfficeCalendar(admin)).knownUntil).toBe('2027-12-31');

    await importCalendarDays(
      admin,
      [
        { date: '2028-01-01', kind: 'day_off' },
        { date: '2028-01-03', kind: 'day_off' },
      ],
      { fileName: '2028.xlsx', sha256: 'abc' },
    );
    const office = await getOfficeCalendar(admin);
    expect(office.days.map((day) => day.date)).toEqual(['2028-01-01', '2028-01-03']);
    expect(effectiveCalendar(shipped, office).knownUntil).toBe('2028-12-31');
    const entry = (await auditEntries(admin)).find((item) => item.details?.['change'] === 'import');
    expect(entry?.details).toMatchObject({ years: '2028', days: 2, file: '2028.xlsx' });
  });

  it('stores nothing from an import with a bad day', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    await expect(
      importCalendarDays(
        admin,
        [
          { date: '2028-01-03', kind: 'day_off' },
          { date: '2028-02-30', kind: 'day_off' },
        ],
        { fileName: 'bad.csv', sha256: 'abc' },
      ),
    ).rejects.toThrow();
    expect(await getOfficeCalendar(admin)).toEqual({ days: [], completeYears: [] });
  });
});
