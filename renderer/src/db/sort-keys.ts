import type { Dexie } from 'dexie';
import type { Person } from '@shared/model/records';
import { personSortKey } from '@shared/text/sort-key';

/**
 * Every person written gets the collation key of its name, whoever writes it (the form, an import,
 * a merge, the demo, a restore): set beneath the repositories, so no write path can forget it and
 * leave someone out of the alphabetical list.
 */
export function maintainSortKeys(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'kelisim-people-sort-keys',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'people') return table;
        return {
          ...table,
          mutate: (request) =>
            request.type === 'add' || request.type === 'put'
              ? table.mutate({
                  ...request,
                  values: request.values.map((person: Person) => ({ ...person, sortKey: personSortKey(person) })),
                })
              : table.mutate(request),
        };
      },
    }),
  });
}
