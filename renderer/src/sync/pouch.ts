import type { Database } from 'pouchdb-core';
import { basicAuthorization } from './check-connection';
import { pouchDB } from './pouchdb';

/**
 * This PC's replica of an office database, in IndexedDB beside the application's own database (the
 * unit tests' Node has no IndexedDB PouchDB can use, and passes its in-memory adapter).
 */
export function openReplica(database: string, adapter: 'indexeddb' | 'memory' = 'indexeddb'): Database {
  return new (pouchDB())(`kelisim-replica-${database}`, { adapter });
}

/**
 * The office database on its server, with the account's password sent on each request and never
 * stored by the browser (no cookie session, no credentials cache).
 */
export function openRemote(
  url: string,
  database: string,
  username: string,
  password: string,
  /** Instead of PouchDB's own fetch (tests count or cut the requests). */
  call?: (address: string, init: RequestInit) => Promise<Response>,
): Database {
  const authorization = basicAuthorization(username, password);
  const Registered = pouchDB();
  const send = call ?? ((address: string, init: RequestInit) => Registered.fetch(address, init));
  return new Registered(`${url}/${encodeURIComponent(database)}`, {
    skip_setup: true,
    fetch: (address, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', authorization);
      return send(address, { ...init, headers, credentials: 'omit' });
    },
  });
}
