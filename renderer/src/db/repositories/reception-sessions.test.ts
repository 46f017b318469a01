import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeDashboard } from '@shared/dashboard/compute';
import { openTestScope } from '../test-db';
import { loadDashboardData } from './dashboard';
import {
  createPublication,
  deletePublication,
  publicationCountOfEvent,
  publicationsInPeriod,
  restorePublication,
  updatePublication,
} from './publications';
import { createSession, deleteSession, restoreSession, sessionsInPeriod, updateSession } from './reception-sessions';
import { createReception } from './receptions';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const noDistrict = () => '';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const sessionInput = {
  date: '2026-11-12',
  placeId: '',
  visitId: '',
  officialIds: [],
  received: 600,
  byTopic: { land: 250 },
  byOutcome: { helped: 113, control: 12 },
  notes: 'Выездной приём в с. Сортобе',
};

const controlled = (sessionId: string) => ({
  date: '2026-11-12',
  sessionId,
  topicCode: 'land',
  outcome: 'control',
  responsibleBody: 'Отдел земельных отношений',
  deadline: '2026-12-10',
  confidential: false,
});

describe('reception sessions', () => {
  it('stores a session with its audit entries, counts the citizens entered under it once, and undoes a delete', async () => {
    const scope = await openTestScope();
    const session = await createSession(scope, sessionInput);
    await createReception(scope, controlled(session.id));
    await createReception(scope, { ...controlled(''), outcome: 'explained', sessionId: '' });

    const [row] = await sessionsInPeriod(scope, NOVEMBER);
    expect(row?.entered).toBe(1);
    expect(row?.figures.received).toBe(600);

    const data = await loadDashboardData(scope);
    expect(computeDashboard(data, NOVEMBER, {}, '2026-11-20', noDistrict).receptions.current).toBe(601);

    await updateSession(scope, session.id, { ...sessionInput, received: 650 });
    expect((await sessionsInPeriod(scope, NOVEMBER))[0]?.figures.received).toBe(650);

    await deleteSession(scope, session.id);
    expect(await sessionsInPeriod(scope, NOVEMBER)).toEqual([]);
    // The citizen under control stays and now counts on their own.
    const afterDelete = computeDashboard(await loadDashboardData(scope), NOVEMBER, {}, '2026-11-20', noDistrict);
    expect(afterDelete.receptions.current).toBe(2);
    await restoreSession(scope, session.id);
    expect(await sessionsInPeriod(scope, NOVEMBER)).toHaveLength(1);

    const audit = await scope.db.auditLog.where('recordId').equals(session.id).sortBy('seq');
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'update']);
  });

  it('refuses a session whose outcomes add up to more than were received', async () => {
    const scope = await openTestScope();
    await expect(createSession(scope, { ...sessionInput, received: 100 })).rejects.toThrow();
  });
});

describe('publications', () => {
  const publication = {
    date: '2026-11-12',
    outletType: 'telegram',
    outletName: 'Кордай жаңалықтары',
    language: 'kk',
    title: 'Бейбітшілік пен келісім',
    url: 'https://t.me/korday_news/1520',
    reach: 15300,
  };

  it('stores, edits, deletes and restores a publication with audit entries', async () => {
    const scope = await openTestScope();
    const saved = await createPublication(scope, { ...publication, eventId: 'e1' });
    expect(await publicationCountOfEvent(scope, 'e1')).toBe(1);
    await updatePublication(scope, saved.id, { ...publication, eventId: 'e1', reach: 16000, url: '' });
    expect(await publicationCountOfEvent(scope, 'e1')).toBe(1);
    const [edited] = await publicationsInPeriod(scope, NOVEMBER);
    expect(edited?.reach).toBe(16000);
    expect(edited?.url).toBeUndefined();
    await deletePublication(scope, saved.id);
    expect(await publicationsInPeriod(scope, NOVEMBER)).toEqual([]);
    expect(await publicationCountOfEvent(scope, 'e1')).toBe(0);
    await restorePublication(scope, saved.id);
    expect(await publicationsInPeriod(scope, NOVEMBER)).toHaveLength(1);
    const audit = await scope.db.auditLog.where('recordId').equals(saved.id).sortBy('seq');
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'update']);
  });

  it('refuses a link that is not https', async () => {
    const scope = await openTestScope();
    await expect(createPublication(scope, { ...publication, url: 'http://example.kz' })).rejects.toThrow();
  });
});
