import { addDays } from '../dates/iso';
import type { IsoDate } from '../model/records';

export interface RotationInput {
  groupIds: readonly string[];
  placeIds: readonly string[];
  start: IsoDate;
  /** Days each visit lasts; the next round starts the day after. */
  daysPerVisit: number;
  /** Days off between rounds (a weekend, travel). */
  gapDays?: number;
}

export interface RotationVisit {
  groupId: string;
  placeId: string;
  round: number;
  start: IsoDate;
  end: IsoDate;
}

/**
 * Every group visits every place exactly once, and no two groups are in one place in the same
 * round. In round r group g goes to place (g + r) mod n, where n is the larger of the two counts:
 * two groups never share a residue in a round, and over n rounds each group meets every residue
 * once. With more groups than places a residue beyond the places is a round off for that group;
 * with more places than groups some places wait a round.
 */
export function proposeRotation(input: RotationInput): RotationVisit[] {
  const groups = input.groupIds.length;
  const places = input.placeIds.length;
  if (groups === 0 || places === 0) return [];
  const rounds = Math.max(groups, places);
  const length = Math.max(1, Math.floor(input.daysPerVisit));
  const step = length + Math.max(0, Math.floor(input.gapDays ?? 0));
  const visits: RotationVisit[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = addDays(input.start, round * step);
    const end = addDays(start, length - 1);
    for (let group = 0; group < groups; group++) {
      const place = (group + round) % rounds;
      if (place >= places) continue;
      visits.push({
        groupId: input.groupIds[group] as string,
        placeId: input.placeIds[place] as string,
        round,
        start,
        end,
      });
    }
  }
  return visits;
}

/** Problems in a schedule the user has adjusted: a place held by two groups at once, or a place a group misses. */
export function rotationProblems(
  visits: readonly Pick<RotationVisit, 'groupId' | 'placeId' | 'start' | 'end'>[],
  groupIds: readonly string[],
  placeIds: readonly string[],
): { clashes: [number, number][]; missing: { groupId: string; placeId: string }[] } {
  const clashes: [number, number][] = [];
  for (let a = 0; a < visits.length; a++)
    for (let b = a + 1; b < visits.length; b++) {
      const first = visits[a];
      const second = visits[b];
      if (first && second && first.placeId === second.placeId && first.start <= second.end && second.start <= first.end)
        clashes.push([a, b]);
    }
  const seen = new Set(visits.map((visit) => `${visit.groupId}\u0000${visit.placeId}`));
  const missing = groupIds.flatMap((groupId) =>
    placeIds.filter((placeId) => !seen.has(`${groupId}\u0000${placeId}`)).map((placeId) => ({ groupId, placeId })),
  );
  return { clashes, missing };
}
