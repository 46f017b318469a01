import type { Person } from '../model/records';
import { foldForSearch } from '../text/search-normalize';
import { nameSkeletonKeys } from './person-key';

export type DuplicateReason = 'iin' | 'name_birth' | 'other_script' | 'similar_name';

export interface DuplicatePair {
  a: Person;
  b: Person;
  reason: DuplicateReason;
}

/** Edit distance, stopping early once it exceeds `limit` (names differ a lot more often than not). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const nameKey = (person: Person) => `${foldForSearch(person.surname)} ${foldForSearch(person.givenName)}`;

const LATIN_LETTER = /\p{Script=Latin}/u;

/** One of the two is written in Latin letters and the other not: the same name in two scripts. */
const otherScript = (a: Person, b: Person) =>
  LATIN_LETTER.test(`${a.surname}${a.givenName}`) !== LATIN_LETTER.test(`${b.surname}${b.givenName}`);

function groupBy<K>(people: readonly Person[], key: (person: Person) => K | undefined): Map<K, Person[]> {
  const groups = new Map<K, Person[]>();
  for (const person of people) {
    const value = key(person);
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(person);
    else groups.set(value, [person]);
  }
  return groups;
}

/**
 * Likely duplicates among people: the same IIN; the same name and birth date; the same name in
 * Cyrillic and in Latin (Жанбырбаев Ержан, Zhanbyrbayev Yerzhan) with the same birth date; or
 * names one or two letters apart (a typo, ә typed as а) with the same birth date. People are compared only within
 * their birth date (or IIN), so 100,000 people take milliseconds rather than 10^10 comparisons.
 * Deleted people are left out. Each pair is reported once, under its strongest reason.
 */
export function findDuplicates(people: readonly Person[]): DuplicatePair[] {
  const live = people.filter((person) => !person.deletedAt);
  const pairs: DuplicatePair[] = [];
  const seen = new Set<string>();
  const add = (a: Person, b: Person, reason: DuplicateReason) => {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const key = `${first.id}|${second.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ a: first, b: second, reason });
  };
  for (const group of groupBy(live, (person) => person.iin).values())
    for (const other of group.slice(1)) add(group[0] as Person, other, 'iin');
  // Two different IINs are two different people, however alike their names.
  const conflicting = (a: Person, b: Person) => Boolean(a.iin && b.iin && a.iin !== b.iin);
  const nameAndBirth = (person: Person) => (person.birthDate ? `${nameKey(person)}|${person.birthDate}` : undefined);
  for (const group of groupBy(live, nameAndBirth).values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Person;
        const b = group[j] as Person;
        if (!conflicting(a, b)) add(a, b, 'name_birth');
      }
  const keys = new Map(live.map((person) => [person.id, nameKey(person)]));
  // Computed for people who share a birth date with someone, once each.
  const skeletons = new Map<string, string[]>();
  const skeletonsOf = (person: Person) => {
    let found = skeletons.get(person.id);
    if (!found) skeletons.set(person.id, (found = nameSkeletonKeys(person)));
    return found;
  };
  for (const group of groupBy(live, (person) => person.birthDate).values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Person;
        const b = group[j] as Person;
        if (conflicting(a, b)) continue;
        const spelledAlike = skeletonsOf(a).some((key) => skeletonsOf(b).includes(key));
        if (spelledAlike && otherScript(a, b)) add(a, b, 'other_script');
        else if (spelledAlike || editDistance(keys.get(a.id) ?? '', keys.get(b.id) ?? '', 2) <= 2)
          add(a, b, 'similar_name');
      }
  }
  return pairs;
}

const MERGEABLE: readonly (keyof Person)[] = [
  'patronymic',
  'iin',
  'birthDate',
  'sex',
  'ethnicGroupId',
  'phone',
  'address',
  'placeId',
  'occupation',
  'education',
];

/**
 * The person that remains after a merge: everything the kept record has, completed by what only
 * the other one has; notes of both are kept.
 */
export function mergedPerson(keep: Person, drop: Person): Person {
  const merged: Person = { ...keep };
  for (const field of MERGEABLE) {
    if ((merged[field] === undefined || merged[field] === '') && drop[field] !== undefined)
      (merged as unknown as Record<string, unknown>)[field] = drop[field];
  }
  if (drop.notes && drop.notes !== keep.notes) merged.notes = [keep.notes, drop.notes].filter(Boolean).join('\n');
  return merged;
}
