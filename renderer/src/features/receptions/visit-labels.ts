import { formatDate } from '@shared/dates/format';
import type { Language } from '@shared/i18n/languages';
import type { Visit, WorkingGroup } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';

type Group = Pick<WorkingGroup, 'id' | 'name' | 'nameKk'>;
type VisitDates = Pick<Visit, 'id' | 'workingGroupId' | 'placeId' | 'start' | 'end'>;

const groupNames = (groups: readonly Group[], language: Language) =>
  new Map<string, string>(groups.map((group) => [group.id, nameIn(language, group)]));

/** A visit as a journal group is headed: the working group, the place and the first day. */
export function visitJournalLabels(
  visits: readonly VisitDates[],
  groups: readonly Group[],
  placeName: ReadonlyMap<string, string>,
  language: Language = 'ru',
): Map<string, string> {
  const groupName = groupNames(groups, language);
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
  language: Language = 'ru',
): { value: string; label: string }[] {
  const groupName = groupNames(groups, language);
  return visits
    .slice()
    .sort((a, b) => b.start.localeCompare(a.start))
    .map((visit) => ({
      value: visit.id,
      label: `${groupName.get(visit.workingGroupId) ?? ''} · ${formatDate(visit.start)}–${formatDate(visit.end)}`,
    }));
}
