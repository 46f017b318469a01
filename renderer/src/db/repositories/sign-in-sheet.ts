import { matchSignIn, type SignInEntry, type SignInMatch } from '@shared/events/sign-in-sheet';
import { nameKey } from '@shared/import/reception-rows';
import type { Person } from '@shared/model/records';
import { foldForSearch } from '@shared/text/search-normalize';
import { authorize, type Scope } from '../access';
import { peopleByName, peopleWithIins } from './import-plan';

/** The registry's people a sign-in sheet names, found by IIN and by full name as the importer finds citizens. */
export async function matchSignInSheet(scope: Scope, entries: readonly SignInEntry[]): Promise<SignInMatch> {
  authorize(scope, 'view');
  const iins = [...new Set(entries.flatMap((entry) => (entry.iin ? [entry.iin] : [])))];
  const names = [...new Set(entries.flatMap((entry) => (entry.name ? [foldForSearch(entry.name)] : [])))];
  const [withIin, byName] = await Promise.all([peopleWithIins(scope, iins), peopleByName(scope, names)]);
  const live = (person: Person) => !person.deletedAt && !person.mergedInto;
  const people = new Map(
    [...withIin.filter(live), ...[...byName.values()].flat()].map((person) => [person.id, person]),
  );
  return matchSignIn(
    entries,
    [...people.values()].map((person) => ({
      id: person.id,
      ...(person.iin ? { iin: person.iin } : {}),
      nameKey: nameKey(person),
    })),
  );
}
