import type { Person } from '../model/records';
import { compareText } from '../text/collator';
import { collationKey } from '../text/sort-key';
import { nameSkeletons } from '../text/name-skeleton';
import { nameWords } from '../text/search-normalize';

type Searchable = Pick<Person, 'surname' | 'givenName' | 'patronymic' | 'latinName' | 'iin' | 'phone'>;

/**
 * The words a person can be found by: the name's words (and the passport's Latin spelling) as
 * name skeletons, so that a name is found from either script under any common spelling (see
 * name-skeleton); the IIN and the phone (11 digits from 7). The phone is indexed once; a number
 * typed without its 7 is looked up with it (see parsePeopleQuery), because every index entry costs
 * time on each of 50,000 imported rows.
 */
export function personSearchTokens(person: Searchable): string[] {
  const words = nameWords(`${person.surname} ${person.givenName} ${person.patronymic ?? ''} ${person.latinName ?? ''}`);
  const tokens = new Set(words.flatMap((word) => nameSkeletons(word)));
  if (person.iin) tokens.add(person.iin);
  if (person.phone) tokens.add(person.phone);
  return [...tokens];
}

export interface PeopleQuery {
  /** Prefixes to look up in the index for the first word (more than one for phone forms and spellings). */
  indexPrefixes: string[];
  /** The other words of the query, each as the prefixes one of which must start one of a person's tokens. */
  words: string[][];
}

/**
 * Turns what was typed into index prefixes. A run of digits with phone punctuation is one word,
 * tried as typed (an IIN, or a phone from 7), with a leading 8 as 7 (people still dial 8 701…),
 * and with a 7 in front when it could be a number typed without it (701…, 6…). Words are read as
 * name skeletons of a prefix: «Zh» looks for ж, «Sh» for ш and щ.
 */
export function parsePeopleQuery(text: string): PeopleQuery | null {
  const trimmed = text.trim();
  if (/^[+\d][\d\s()+-]*$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (!digits) return null;
    const prefixes = new Set([digits]);
    if (digits.startsWith('8') && digits.length > 1) prefixes.add(`7${digits.slice(1)}`);
    if (/^[67]/.test(digits) && digits.length <= 10) prefixes.add(`7${digits}`);
    return { indexPrefixes: [...prefixes], words: [] };
  }
  const words = nameWords(trimmed)
    .filter((word) => !word.includes('-') || word.length > 1)
    .map((word) => nameSkeletons(word, { prefix: true }))
    .filter((prefixes) => prefixes.length > 0);
  const [first, ...rest] = words;
  if (!first) return null;
  return { indexPrefixes: first, words: rest };
}

export function matchesAllWords(tokens: readonly string[], words: readonly (readonly string[])[]): boolean {
  return words.every((prefixes) => tokens.some((token) => prefixes.some((prefix) => token.startsWith(prefix))));
}

export function fullName(person: Pick<Person, 'surname' | 'givenName' | 'patronymic'>): string {
  return [person.surname, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

/** The order of roles in a member list: the chairman, the deputies, the council, then the members. */
export const ROLE_ORDER: readonly string[] = ['chairman', 'deputy', 'council_member', 'member'];

const roleRank = (role: string) => {
  const rank = ROLE_ORDER.indexOf(role);
  return rank < 0 ? ROLE_ORDER.length : rank;
};

/**
 * A membership's place in its association's list as one string whose plain order (an index's) is
 * the list's: the role's rank, then the name's collation key. The card reads its first rows by it.
 */
export function membershipListKey(membership: { role: string; personName: string }): string {
  return `${roleRank(membership.role)}${collationKey(membership.personName)}`;
}

/** Members as lists show them: the chairman, the deputies, the council, then everyone by name. */
export function sortMembers<
  T extends { person: Pick<Person, 'surname' | 'givenName' | 'patronymic'>; membership?: { role: string } },
>(entries: readonly T[]): T[] {
  const rank = (entry: T) => (entry.membership ? ROLE_ORDER.indexOf(entry.membership.role) : ROLE_ORDER.length);
  return [...entries].sort((a, b) => rank(a) - rank(b) || compareText(fullName(a.person), fullName(b.person)));
}
