import type { Person } from '../model/records';
import { foldForSearch } from '../text/search-normalize';

/** Name and birth date as one key: how a person without an IIN is recognised again. */
export const personKey = (person: Pick<Person, 'surname' | 'givenName' | 'birthDate'>) =>
  `${foldForSearch(person.surname)}|${foldForSearch(person.givenName)}|${person.birthDate ?? ''}`;
