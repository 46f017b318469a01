import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId } from '@shared/model/ids';
import type { DirectoryKind } from '@shared/model/records';
import { db } from './index';
import { registerCounts } from './repositories/counts';
import { listDirectory, listEthnicGroups, allPlaces } from './repositories/directories';
import { getPerson, membershipsOfPerson, searchPeople } from './repositories/people';
import { getOfficeProfile } from './repositories/settings';

/** Live views of the database for components: they re-render when the records change. */
export const useRegisterCounts = () => useLiveQuery(() => registerCounts(db), []);

export const useOfficeProfile = () => useLiveQuery(async () => (await getOfficeProfile(db)) ?? null, []);

export const usePeopleSearch = (text: string) => useLiveQuery(() => searchPeople(db, text), [text]);

export const usePerson = (id: PersonId | null) =>
  useLiveQuery(async () => (id ? ((await getPerson(db, id)) ?? null) : null), [id]);

export const usePersonMemberships = (id: PersonId | null) =>
  useLiveQuery(async () => (id ? membershipsOfPerson(db, id) : []), [id]);

export const useDirectory = (kind: DirectoryKind) => useLiveQuery(() => listDirectory(db, kind), [kind]);

export const useEthnicGroups = () => useLiveQuery(() => listEthnicGroups(db), []);

export const usePlaces = () => useLiveQuery(() => allPlaces(db), []);
