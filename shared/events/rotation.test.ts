import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../dates/office-calendar';
import { withChanges } from '../dates/working-days';
import { proposeRotation, rotationBeyondCalendar, rotationProblems } from './rotation';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

describe('rotation of working groups over places', () => {
  for (const [groups, places] of [
    [1, 1],
    [3, 3],
    [4, 5],
    [5, 5],
    [2, 7],
    [6, 4],
    [10, 18],
    [18, 10],
  ] as const) {
    it(`${groups} groups over ${places} places: each group visits each place once and no place holds two groups at a time`, () => {
      const groupIds = ids('g', groups);
      const placeIds = ids('p', places);
      const visits = proposeRotation({ groupIds, placeIds, start: '2026-12-01', daysPerVisit: 2, gapDays: 1 });
      expect(visits).toHaveLength(groups * places);
      expect(rotationProblems(visits, groupIds, placeIds)).toEqual({ clashes: [], missing: [] });
      // A group is in one place at a time as well.
      for (const groupId of groupIds) {
        const own = visits.filter((visit) => visit.groupId === groupId).sort((a, b) => a.start.localeCompare(b.start));
        for (let index = 1; index < own.length; index++)
          expect(must(own[index]).start > must(own[index - 1]).end, groupId).toBe(true);
      }
      // The whole tour takes as many rounds as the larger count, no more.
      expect(new Set(visits.map((visit) => visit.round)).size).toBe(Math.max(groups, places));
    });
  }

  it('dates rounds by the length of a visit and the gap between rounds', () => {
    const visits = proposeRotation({
      groupIds: ['g1', 'g2'],
      placeIds: ['p1', 'p2'],
      start: '2026-12-28',
      daysPerVisit: 3,
      gapDays: 2,
    });
    expect(visits.map((visit) => [visit.groupId, visit.placeId, visit.start, visit.end])).toEqual([
      ['g1', 'p1', '2026-12-28', '2026-12-30'],
      ['g2', 'p2', '2026-12-28', '2026-12-30'],
      ['g1', 'p2', '2027-01-02', '2027-01-04'],
      ['g2', 'p1', '2027-01-02', '2027-01-04'],
    ]);
  });

  it('with the working calendar, starts rounds on working days and counts visits and gaps in working days', () => {
    // New Year moved to Monday 3 and Tuesday 4 January 2028, Christmas on Friday 7 January.
    const calendar = withChanges(
      { ...WEEKENDS_ONLY, knownUntil: '2028-12-31' },
      { daysOff: ['2028-01-03', '2028-01-04', '2028-01-07'] },
    );
    const dates = (gapDays: number) => [
      ...new Set(
        proposeRotation({
          groupIds: ['g1', 'g2', 'g3'],
          placeIds: ['p1', 'p2', 'p3'],
          start: '2028-01-01',
          daysPerVisit: 2,
          gapDays,
          calendar,
        }).map((visit) => `${visit.start} ${visit.end}`),
      ),
    ];
    // Saturday 1 January is not a start: the first working day is Wednesday 5 January; the second
    // round skips Christmas and the weekend. With a day between rounds, the third visit runs from
    // Friday to Monday over the weekend.
    expect(dates(0)).toEqual(['2028-01-05 2028-01-06', '2028-01-10 2028-01-11', '2028-01-12 2028-01-13']);
    expect(dates(1)).toEqual(['2028-01-05 2028-01-06', '2028-01-11 2028-01-12', '2028-01-14 2028-01-17']);
  });

  it('says when a schedule reaches past the known holidays', () => {
    const calendar = { ...WEEKENDS_ONLY, knownUntil: '2027-12-31' };
    expect(rotationBeyondCalendar([{ end: '2027-12-31' }], calendar)).toBe(false);
    expect(rotationBeyondCalendar([{ end: '2027-12-31' }, { end: '2028-01-03' }], calendar)).toBe(true);
  });

  it('finds a clash and a missed place in a schedule the user changed by hand', () => {
    const visits = proposeRotation({
      groupIds: ['g1', 'g2'],
      placeIds: ['p1', 'p2'],
      start: '2026-12-01',
      daysPerVisit: 1,
    });
    const edited = visits.map((visit) =>
      visit.groupId === 'g2' && visit.placeId === 'p2' ? { ...visit, placeId: 'p1' } : visit,
    );
    const problems = rotationProblems(edited, ['g1', 'g2'], ['p1', 'p2']);
    expect(problems.clashes).toEqual([[0, 1]]);
    expect(problems.missing).toEqual([{ groupId: 'g2', placeId: 'p2' }]);
  });

  it('proposes nothing without groups or places', () => {
    expect(proposeRotation({ groupIds: [], placeIds: ['p1'], start: '2026-12-01', daysPerVisit: 1 })).toEqual([]);
  });
});
