import type { Dexie } from 'dexie';
import { DATA_TABLES } from './repositories/backup';

const TRACKED = new Set<string>([...DATA_TABLES, 'directories', 'places', 'ethnicGroups', 'importBatches']);

let changedSince = 0;

/**
 * Notes when the office's data last changed, from every write to a data table (not the audit log
 * or settings, which a backup itself writes), so the automatic backup runs only when needed.
 */
export function trackChanges(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'kelisim-change-tracker',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!TRACKED.has(name)) return table;
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).then((result) => {
              changedSince = Date.now();
              return result;
            }),
        };
      },
    }),
  });
}

export function lastChangeAt(): number {
  return changedSince;
}
