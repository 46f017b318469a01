import type { DBCoreMutateRequest, DBCoreMutateResponse, Dexie } from 'dexie';
import { isReplicatedTable, isSharedRecord } from '@shared/sync/documents';

/** One record changed on this PC, waiting to be written to the replica. */
export interface OutboxEntry {
  seq?: number;
  table: string;
  recordId: string;
}

export const OUTBOX = 'syncOutbox';

let tracking = false;
/** Transactions that write what arrived from other PCs: their writes are not changes of this PC. */
const arrivals = new WeakSet<object>();

let onNoted: (() => void) | null = null;

/** Called after changes were noted, so the engine sends them now rather than at its next look. */
export function whenNoted(listener: (() => void) | null): void {
  onNoted = listener;
}

/** Sync on or off: while off, nothing is noted and a change costs what it cost before sync existed. */
export function setSyncTracking(on: boolean): void {
  tracking = on;
}

export function isSyncTracking(): boolean {
  return tracking;
}

/** Marks a transaction (Dexie's `idbtrans`) as writing other PCs' versions. */
export function markArrivals(transaction: object): void {
  arrivals.add(transaction);
}

function changedKeys(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  keysBefore: unknown[] | null,
): unknown[] {
  switch (request.type) {
    case 'add':
    case 'put': {
      const failed = new Set(Object.keys(response.failures ?? {}).map(Number));
      const keys: unknown[] =
        response.results ?? request.keys ?? request.values.map((value: { id?: unknown }) => value.id);
      return keys.filter((_, index) => !failed.has(index));
    }
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return keysBefore ?? [];
  }
}

/**
 * Notes every change of a replicated table in the outbox, in the same transaction as the change,
 * beneath the repositories: no write path (a form, an import, a merge, a restore, the demo) can
 * change a record without its change reaching the other PCs. The transaction's scope is widened
 * to the outbox, as Dexie Cloud does for its mutation log.
 */
export function trackForSync(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'kelisim-sync-outbox',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          tracking && mode === 'readwrite' && stores.some(isReplicatedTable) && !stores.includes(OUTBOX)
            ? [...stores, OUTBOX]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!isReplicatedTable(name)) return table;
        return {
          ...table,
          mutate: async (request) => {
            if (!tracking || arrivals.has(request.trans)) return table.mutate(request);
            const keysBefore =
              request.type === 'deleteRange'
                ? (
                    await table.query({
                      trans: request.trans,
                      values: false,
                      query: { index: table.schema.primaryKey, range: request.range },
                    })
                  ).result
                : null;
            const response = await table.mutate(request);
            const keys = changedKeys(request, response, keysBefore).filter((key) => isSharedRecord(name, key));
            if (keys.length > 0) {
              const entries: OutboxEntry[] = keys.map((key) => ({ table: name, recordId: String(key) }));
              await down.table(OUTBOX).mutate({ type: 'add', trans: request.trans, values: entries });
              const listener = onNoted;
              // After the transaction commits, when the push can read what was noted.
              if (listener)
                (request.trans as unknown as IDBTransaction).addEventListener('complete', () => listener(), {
                  once: true,
                });
            }
            return response;
          },
        };
      },
    }),
  });
}
