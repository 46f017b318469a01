import type { Person } from '../model/records';
import { nameSkeletons } from '../text/name-skeleton';
import { foldForSearch, nameWords } from '../text/search-normalize';

/** Name and birth date as one key: how a person without an IIN is recognised again. */
export const personKey = (person: Pick<Person, 'surname' | 'givenName' | 'birthDate'>) =>
  `${foldForSearch(person.surname)}|${foldForSearch(person.givenName)}|${person.birthDate ?? ''}`;

function skeletonPairs(surname: string, givenName: string): string[] {
  const surnames = nameSkeletons(nameWords(surname)[0] ?? '');
  const givenNames = nameSkeletons(nameWords(givenName)[0] ?? '');
  return surnames.flatMap((s) => givenNames.map((g) => `${s}|${g}`));
}

/**
 * The surname and given name as name skeletons (text/name-skeleton), every reading of each, and
 * those of the passport's Latin spelling (surname first, as passports print it): a person written
 * in Cyrillic and the same person written in Latin share one of them.
 */
export function nameSkeletonKeys(person: Pick<Person, 'surname' | 'givenName' | 'latinName'>): string[] {
  const keys = skeletonPairs(person.surname, person.givenName);
  const latin = person.latinName?.trim().split(/\s+/) ?? [];
  if (latin.length >= 2) keys.push(...skeletonPairs(latin[0] as string, latin[1] as string));
  return keys;
}

/** A person's name skeleton keys with the birth date: how the same name in another script is found. */
export const skeletonBirthKeys = (person: Pick<Person, 'surname' | 'givenName' | 'latinName' | 'birthDate'>) =>
  person.birthDate ? nameSkeletonKeys(person).map((key) => `${key}|${person.birthDate}`) : [];
