import { describe, expect, it } from 'vitest';
import { toReceptionSessionId } from '../model/ids';
import type { ReceptionOutcome } from '../model/records';
import { sessionInputSchema } from './session-input';
import { receptionTotals, sessionFigures, type CountedReception, type CountedSession } from './sessions';

const QUARTER = { from: '2026-10-01', to: '2026-12-31' };

const session = (id: string, date: string, received: number, extra: Partial<CountedSession> = {}): CountedSession => ({
  id: toReceptionSessionId(id),
  date,
  received,
  byTopic: {},
  byOutcome: {},
  ...extra,
});

const reception = (
  date: string,
  outcome: ReceptionOutcome,
  extra: Partial<CountedReception> = {},
): CountedReception => ({ date, topicCode: 'land', outcome, ...extra });

const controlled = (sessionId: string, count: number, extra: Partial<CountedReception> = {}) =>
  Array.from({ length: count }, () =>
    reception('2026-11-12', 'control', { sessionId: toReceptionSessionId(sessionId), ...extra }),
  );

describe('sessionFigures', () => {
  it('counts the stated totals when the citizens entered one by one are among them', () => {
    const figures = sessionFigures(
      session('s1', '2026-11-12', 600, { byTopic: { land: 200 }, byOutcome: { helped: 113, control: 12 } }),
      controlled('s1', 12),
    );
    expect(figures.received).toBe(600);
    expect(figures.byOutcome).toMatchObject({ helped: 113, control: 12, explained: 0 });
    expect(figures.byTopic).toEqual({ land: 200 });
  });

  it('counts the linked receptions when there are more of them than the session states', () => {
    const figures = sessionFigures(
      session('s1', '2026-11-12', 5, { byOutcome: { control: 2 } }),
      controlled('s1', 7, { topicCode: 'housing' }),
    );
    expect(figures.received).toBe(7);
    expect(figures.byOutcome.control).toBe(7);
    expect(figures.byTopic).toEqual({ housing: 7 });
  });

  it('leaves out deleted receptions and receptions of another session', () => {
    const linked = [
      ...controlled('s1', 3, { deletedAt: '2026-11-13T10:00:00.000Z' }),
      ...controlled('s2', 4),
      ...controlled('s1', 1),
    ];
    expect(sessionFigures(session('s1', '2026-11-12', 0), linked).received).toBe(1);
  });
});

describe('receptionTotals', () => {
  it('adds a mass reception of 600 with 12 citizens under control to the other receptions as 600, not 612', () => {
    const individual = [reception('2026-10-05', 'helped'), reception('2026-11-20', 'explained')];
    const totals = receptionTotals(
      [...individual, ...controlled('s1', 12)],
      [session('s1', '2026-11-12', 600, { byOutcome: { helped: 113, control: 12 } })],
      QUARTER,
    );
    expect(totals.received).toBe(602);
    expect(totals.byOutcome).toMatchObject({ helped: 114, control: 12, explained: 1 });
    expect(totals.sessions).toBe(1);
  });

  it('leaves out sessions outside the period together with the citizens entered under them', () => {
    const totals = receptionTotals(
      [reception('2026-11-01', 'helped'), ...controlled('old', 3)],
      [session('old', '2026-09-30', 400)],
      QUARTER,
    );
    expect(totals.received).toBe(1);
    expect(totals.sessions).toBe(0);
  });

  it('counts the citizens of a deleted session on their own, each once', () => {
    const totals = receptionTotals(
      controlled('gone', 2),
      [session('gone', '2026-11-12', 300, { deletedAt: '2026-11-14T09:00:00.000Z' })],
      QUARTER,
    );
    expect(totals.received).toBe(2);
    expect(totals.sessions).toBe(0);
  });

  it('ignores deleted receptions', () => {
    const totals = receptionTotals(
      [reception('2026-11-01', 'helped', { deletedAt: '2026-11-02T09:00:00.000Z' })],
      [],
      QUARTER,
    );
    expect(totals.received).toBe(0);
  });
});

describe('sessionInputSchema', () => {
  const input = {
    date: '2026-11-12',
    placeId: '314839100',
    visitId: '',
    officialIds: [],
    received: '600',
    byTopic: { land: '250', housing: '' },
    byOutcome: { helped: 113, control: 12, explained: '' },
    notes: '',
  };

  it('keeps the counts stated and drops the empty ones', () => {
    const parsed = sessionInputSchema('2026-11-21').parse(input);
    expect(parsed.received).toBe(600);
    expect(parsed.byTopic).toEqual({ land: 250 });
    expect(parsed.byOutcome).toEqual({ helped: 113, control: 12 });
  });

  it('refuses outcomes adding up to more than were received, and a negative count', () => {
    expect(sessionInputSchema('2026-11-21').safeParse({ ...input, received: 100 }).success).toBe(false);
    expect(sessionInputSchema('2026-11-21').safeParse({ ...input, received: -1 }).success).toBe(false);
  });
});
