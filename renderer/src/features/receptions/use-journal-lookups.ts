import { useCallback, useMemo } from 'react';
import type { PersonId } from '@shared/model/ids';
import type { IsoDate, Person, Reception } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { usePeopleByIds, usePlaces, useVisits, useWorkingGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { useTopicName } from './use-topic-name';
import { visitJournalLabels } from './visit-labels';

export interface JournalLookups {
  personName: (id: string | undefined) => string;
  topicName: (code: string) => string;
  placeName: (id: string | undefined) => string;
  visitName: ReadonlyMap<string, string>;
}

/** What a line of the journal or of the control list is drawn from: the reception, today, the names; a click opens it. */
export type ReceptionLineProps = Readonly<{
  reception: Reception;
  day: IsoDate;
  names: JournalLookups;
  onOpen: (reception: Reception) => void;
}>;

/** The citizens and officials of the receptions on screen, read once for the whole list. */
function usePeople(receptions: readonly Reception[]): ReadonlyMap<string, Person> {
  const ids = useMemo(() => {
    const set = new Set<PersonId>();
    for (const reception of receptions) {
      if (reception.citizenId) set.add(reception.citizenId);
      if (reception.officialId) set.add(reception.officialId);
    }
    return [...set].sort();
  }, [receptions]);
  const people = usePeopleByIds(ids);
  return useMemo(() => new Map<string, Person>((people ?? []).map((person) => [person.id, person])), [people]);
}

/** The names the journal and the control list show for the ids their receptions hold. */
export function useJournalLookups(receptions: readonly Reception[]): JournalLookups {
  const { language, localName } = useLanguage();
  const topicName = useTopicName();
  const visits = useVisits();
  const groups = useWorkingGroups();
  const places = usePlaces();
  const people = usePeople(receptions);

  const placeNames = useMemo(
    () => new Map<string, string>((places ?? []).map((place) => [place.id, localName(place)])),
    [places, localName],
  );
  const visitName = useMemo(
    () => visitJournalLabels(visits ?? [], groups ?? [], placeNames, language),
    [visits, groups, placeNames, language],
  );
  const personName = useCallback(
    (id: string | undefined) => {
      const person = id ? people.get(id) : undefined;
      return person ? fullName(person) : '';
    },
    [people],
  );
  const placeName = useCallback((id: string | undefined) => placeNames.get(id ?? '') ?? '', [placeNames]);
  return { personName, topicName, placeName, visitName };
}
