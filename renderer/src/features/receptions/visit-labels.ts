import { formatDate } from '@shared/dates/format';
import type { Visit, WorkingGroup } from '@shared/model/records';

type Group = Pick<WorkingGroup, 'id' | 'name'>;
type VisitDates = Pick<Visit, 'id' | 'workingGroupId' | 'placeId' | 'start' | 'end'>;

const groupNames = (groups: readonly Group[]) => new Map<string, string>(groups.map((group) => [group.id, group.name]));

/** A visit as a journal group is headed: the working group, the place and the first day. */
export function visitJournalLabels(
  visits: readonly VisitDates[],
  groups: readonly Group[],
  placeName: ReadonlyMap<string, string>,
): Map<string, string> {
  const groupName = groupNames(groups);
  return new Map(
    visits.map((visit) => [
      visit.id,
      `${groupName.get(visit.workingGroupId) ?? ''} · ${placeName.get(visit.placeId) ?? ''} · ${formatDate(visit.start)}`,
    ]),
  );
}

/** The visits a reception may belong to, the latest first, each with its working group and its days. */
export function visitOptions(
  visits: readonly VisitDates[],
  groups: readonly Group[],
): { value: string; label: string }[] {
  const groupName = groupNames(groups);
  return visits
    .slice()
    .sort((a, b) => b.start.localeCompare(a.start))
    .map((visit) => ({
      value: visit.id,
      label: `${groupName.get(visit.workingGroupId) ?? ''} · ${formatDate(visit.start)}–${formatDate(visit.end)}`,
    }));
}
