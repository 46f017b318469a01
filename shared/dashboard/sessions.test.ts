import { describe, expect, it } from 'vitest';
import { toPlaceId, toReceptionSessionId } from '../model/ids';
import { computeDashboard, recordsBehind } from './compute';
import type { DashboardData, DashboardSession } from './data';
import { aReception, districtOf, NOVEMBER, TODAY } from './test-data';

const SESSION = toReceptionSessionId('s1');

const massReception: DashboardSession = {
  id: SESSION,
  date: '2026-11-12',
  placeId: toPlaceId('314839100'),
  received: 600,
  byTopic: { land: 250 },
  byOutcome: { helped: 113, control: 12 },
};

/** Two citizens received on their own and twelve taken under control at the mass reception. */
const data: DashboardData = {
  events: [],
  receptions: [
    aReception('r1', '2026-11-02', { outcome: 'helped', placeId: '314839100' }),
    aReception('r2', '2026-11-20', { outcome: 'explained', placeId: '314830100' }),
    ...Array.from({ length: 12 }, (_, at) =>
      aReception(`c${at}`, '2026-11-12', {
        outcome: 'control',
        topicCode: 'land',
        placeId: '314839100',
        sessionId: SESSION,
        control: { deadline: '2026-12-10' },
      }),
    ),
  ],
  sessions: [massReception],
  associations: [],
  memberships: [],
  members: [],
};

describe('dashboard with mass receptions', () => {
  it('counts a session of 600 with 12 citizens under control as 600, added to the receptions without a session', () => {
    const figures = computeDashboard(data, NOVEMBER, {}, TODAY, districtOf);
    expect(figures.receptions.current).toBe(602);
    expect(figures.helped.current).toBe(114);
    expect(figures.takenUnderControl.current).toBe(12);
    // The twelve are still control items, each with its own deadline.
    expect(figures.underControl.current).toBe(12);
    expect(figures.receptionsByOutcome.find((row) => row.key === 'control')?.count).toBe(12);
    expect(figures.receptionsByTopic.find((row) => row.key === 'land')?.count).toBe(250);
  });

  it('counts the session only in its place and period', () => {
    const elsewhere = computeDashboard(data, NOVEMBER, { placeId: '314830100' }, TODAY, districtOf);
    expect(elsewhere.receptions.current).toBe(1);
    const october = computeDashboard(data, { from: '2026-10-01', to: '2026-10-31' }, {}, TODAY, districtOf);
    expect(october.receptions.current).toBe(0);
    expect(computeDashboard(data, NOVEMBER, {}, TODAY, districtOf).receptions.previous).toBe(0);
  });

  it('counts the linked receptions on their own once the session is deleted', () => {
    const deleted = { ...data, sessions: [{ ...massReception, deletedAt: '2026-11-13T10:00:00.000Z' }] };
    expect(computeDashboard(deleted, NOVEMBER, {}, TODAY, districtOf).receptions.current).toBe(14);
  });

  it('lists behind a receptions figure the receptions counted on their own and the session with what it adds, making the figure', () => {
    const behind = recordsBehind(data, NOVEMBER, {}, TODAY, districtOf, { kind: 'receptions' });
    expect(behind.ids.sort()).toEqual(['r1', 'r2']);
    expect(behind.sessions).toEqual([{ id: 's1', count: 600 }]);
    const helped = recordsBehind(data, NOVEMBER, {}, TODAY, districtOf, { kind: 'helped' });
    expect(helped.ids).toEqual(['r1']);
    expect(helped.sessions).toEqual([{ id: 's1', count: 113 }]);
    const control = recordsBehind(data, NOVEMBER, {}, TODAY, districtOf, {
      kind: 'receptionsByOutcome',
      key: 'control',
    });
    expect(control.ids).toEqual([]);
    expect(control.sessions).toEqual([{ id: 's1', count: 12 }]);
    const land = recordsBehind(data, NOVEMBER, {}, TODAY, districtOf, { kind: 'receptionsByTopic', key: 'land' });
    expect(land.sessions).toEqual([{ id: 's1', count: 250 }]);
    // Under control now is about control items, which a session's totals are not.
    const open = recordsBehind(data, NOVEMBER, {}, TODAY, districtOf, { kind: 'underControl' });
    expect(open.ids).toHaveLength(12);
    expect(open.sessions).toBeUndefined();
    const elsewhere = recordsBehind(data, NOVEMBER, { placeId: '314830100' }, TODAY, districtOf, {
      kind: 'receptions',
    });
    expect(elsewhere.sessions).toBeUndefined();
  });
});
