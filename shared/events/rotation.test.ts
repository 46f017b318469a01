import { describe, expect, it } from 'vitest';
import { proposeRotation, rotationProblems } from './rotation';

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
