import { addDays } from '../dates/iso';
import { addWorkingDays, firstWorkingDayFrom, isBeyondCalendar, type WorkingCalendar } from '../dates/working-days';
import type { IsoDate } from '../model/records';

export interface RotationInput {
  groupIds: readonly string[];
  placeIds: readonly string[];
  start: IsoDate;
  /** Days each visit lasts; the next round starts the day after. */
  daysPerVisit: number;
  /** Days between rounds (travel, a rest). */
  gapDays?: number;
  /**
   * With a calendar the days are working days: a round starts on a working day, a visit lasts as
   * many working days, and weekends and holidays in between are skipped.
   */
  calendar?: WorkingCalendar;
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
  const gap = Math.max(0, Math.floor(input.gapDays ?? 0));
  const { calendar } = input;
  const visits: RotationVisit[] = [];
  let start = calendar ? firstWorkingDayFrom(input.start, calendar) : input.start;
  for (let round = 0; round < rounds; round++) {
    const end = calendar ? addWorkingDays(start, length - 1, calendar) : addDays(start, length - 1);
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
    start = calendar ? addWorkingDays(end, gap + 1, calendar) : addDays(end, gap + 1);
  }
  return visits;
}

/** Whether a schedule reaches past the known holidays, so that its dates skip weekends only. */
export function rotationBeyondCalendar(
  visits: readonly Pick<RotationVisit, 'end'>[],
  calendar: WorkingCalendar,
): boolean {
  return visits.some((visit) => isBeyondCalendar(visit.end, calendar));
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
