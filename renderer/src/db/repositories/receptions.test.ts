import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonId } from '@shared/model/ids';
import { openTestDb, scopeAs } from '../test-db';
import { auditEntries } from './audit';
import {
  addReceptionControlNote,
  closeReceptionControl,
  createReception,
  deleteReception,
  extendReceptionControl,
  openControlItems,
  overdueControlCount,
  receptionsInPeriod,
  receptionsOfCitizen,
  recordConfidentialView,
  reopenReceptionControl,
  restoreReception,
  updateReception,
} from './receptions';

const citizen = 'citizen-1' as PersonId;
const underControl = {
  date: '2026-11-02',
  citizenId: citizen,
  topicCode: 'land',
  summary: 'Участок под ИЖС',
  outcome: 'control',
  responsibleBody: 'Отдел земельных отношений',
  deadline: '2026-11-23',
  confidential: false,
};

beforeEach(() => {
  // Only the date is faked: IndexedDB's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('receptions under control', () => {
  it('turn overdue the day after the deadline, not on it', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await createReception(scope, underControl);
    expect(await overdueControlCount(scope, '2026-11-23')).toBe(0);
    expect(await overdueControlCount(scope, '2026-11-24')).toBe(1);
    const [item] = (await openControlItems(scope, '2026-11-24', false)).rows;
    expect(item?.control?.responsibleBody).toBe('Отдел земельных отношений');
  });

  it('list overdue items first, then by due date, and leave closed ones out', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const late = await createReception(scope, { ...underControl, deadline: '2026-11-10' });
    const soon = await createReception(scope, { ...underControl, deadline: '2026-11-25' });
    const later = await createReception(scope, { ...underControl, deadline: '2026-12-05' });
    await createReception(scope, { ...underControl, outcome: 'explained' });
    expect((await openControlItems(scope, '2026-11-20', false)).rows.map((r) => r.id)).toEqual([
      late.id,
      soon.id,
      later.id,
    ]);
    await closeReceptionControl(scope, soon.id, '2026-11-20', 'Участок выделен');
    expect((await openControlItems(scope, '2026-11-20', false)).rows.map((r) => r.id)).toEqual([late.id, later.id]);
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(1);
  });

  it('keep the history of extensions and notes, and a reopened item comes back to the list', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const reception = await createReception(scope, underControl);
    await extendReceptionControl(scope, reception.id, '2026-12-07', 'Ждём решения комиссии');
    await addReceptionControlNote(scope, reception.id, 'Звонили заявителю');
    const closed = await closeReceptionControl(scope, reception.id, '2026-12-01', 'Выделен участок');
    expect(closed.control?.deadline).toBe('2026-12-07');
    expect(closed.control?.history.map((note) => note.kind)).toEqual(['extension', 'note']);
    expect(closed.control?.history[0]?.text).toContain('2026-11-23 → 2026-12-07');
    expect(closed.openControlDue).toBeUndefined();
    expect((await openControlItems(scope, '2026-12-01', false)).rows).toEqual([]);
    const reopened = await reopenReceptionControl(scope, reception.id);
    expect(reopened.control?.closedOn).toBeUndefined();
    expect(reopened.control?.history.at(-1)?.text).toContain('Выделен участок');
    expect(await overdueControlCount(scope, '2026-12-08')).toBe(1);
  });

  it('an edit keeps the history; changing the outcome away from control takes it off the list', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const reception = await createReception(scope, underControl);
    await extendReceptionControl(scope, reception.id, '2026-12-07', 'Продлено');
    const edited = await updateReception(scope, reception.id, { ...underControl, deadline: '2026-12-10' });
    expect(edited.control?.history).toHaveLength(1);
    expect(edited.openControlDue).toBe('2026-12-10');
    await updateReception(scope, reception.id, { ...underControl, outcome: 'explained' });
    expect((await openControlItems(scope, '2026-11-20', true)).rows).toEqual([]);
  });

  it('a deleted item leaves the counts and comes back when restored', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const reception = await createReception(scope, { ...underControl, deadline: '2026-11-10' });
    await deleteReception(scope, reception.id);
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(0);
    expect(await receptionsOfCitizen(scope, citizen)).toEqual([]);
    await restoreReception(scope, reception.id);
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(1);
  });

  it('refuses a control item without a responsible body and stores nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(createReception(scope, { ...underControl, responsibleBody: '' })).rejects.toThrow();
    expect(await db.receptions.count()).toBe(0);
  });
});

describe('the journal', () => {
  it('hides confidential receptions unless asked, and counts them in the overdue number anyway', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await createReception(scope, { ...underControl, outcome: 'explained', date: '2026-11-05' });
    const secret = await createReception(scope, {
      ...underControl,
      topicCode: 'religion',
      confidential: true,
      deadline: '2026-11-10',
    });
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect((await receptionsInPeriod(scope, period, false)).rows).toHaveLength(1);
    expect((await receptionsInPeriod(scope, period, true)).rows.map((r) => r.id)).toContain(secret.id);
    expect((await openControlItems(scope, '2026-11-20', false)).rows).toEqual([]);
    expect(await overdueControlCount(scope, '2026-11-20')).toBe(1);
    expect((await receptionsInPeriod(scope, { from: '2026-12-01', to: '2026-12-31' }, true)).rows).toEqual([]);
  });

  it('shows a citizen their earlier receptions, newest first', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await createReception(scope, { ...underControl, outcome: 'explained', date: '2026-10-01' });
    await createReception(scope, { ...underControl, outcome: 'explained', date: '2026-11-15' });
    await createReception(scope, { ...underControl, outcome: 'explained', citizenId: 'other' });
    expect((await receptionsOfCitizen(scope, citizen)).map((r) => r.date)).toEqual(['2026-11-15', '2026-10-01']);
  });

  it('writes who opened a confidential reception to the audit log', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const secret = await createReception(scope, { ...underControl, outcome: 'explained', confidential: true });
    await recordConfidentialView(scope, secret.id);
    const [last] = await auditEntries(scope, 1);
    expect(last?.action).toBe('view-confidential');
    expect(last?.recordId).toBe(secret.id);
  });
});
