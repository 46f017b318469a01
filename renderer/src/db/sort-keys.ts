import type { Dexie } from 'dexie';
import type { Membership, Person } from '@shared/model/records';
import { membershipListKey } from '@shared/people/search';
import { personSortKey } from '@shared/text/sort-key';

/** The key each table's list is read by, computed from the record itself. */
const KEYS: Record<string, ((value: unknown) => unknown) | undefined> = {
  people: (value) => {
    const person = value as Person;
    return { ...person, sortKey: personSortKey(person) };
  },
  memberships: (value) => {
    const membership = value as Membership;
    return { ...membership, listKey: membershipListKey(membership) };
  },
};

/**
 * Every person written gets the collation key of its name, and every membership its place in the
 * association's list, whoever writes them (a form, an import, a merge, a rename, the demo, a
 * restore, sync): set beneath the repositories, so no write path can forget it and leave someone
 * out of the alphabetical list or a card's first page.
 */
export function maintainSortKeys(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'kelisim-people-sort-keys',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const withKey = KEYS[name];
        if (!withKey) return table;
        return {
          ...table,
          mutate: (request) =>
            request.type === 'add' || request.type === 'put'
              ? table.mutate({ ...request, values: request.values.map((value: unknown) => withKey(value)) })
              : table.mutate(request),
        };
      },
    }),
  });
}
