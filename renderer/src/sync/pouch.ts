import PouchDB, { type Database } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexeddbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import { basicAuthorization } from './check-connection';

/**
 * PouchDB with what the application uses of it: IndexedDB, HTTP, replication. Plugins patch the one
 * PouchDB module and replication cannot be added twice (a test's server in the same process may have).
 */
export function Pouch(): typeof PouchDB {
  const registry = PouchDB as unknown as { adapters?: Record<string, unknown>; replicate?: unknown };
  if (!registry.adapters?.indexeddb) PouchDB.plugin(indexeddbAdapter);
  if (!registry.adapters?.http) PouchDB.plugin(httpAdapter);
  if (typeof registry.replicate !== 'function') PouchDB.plugin(replication);
  return PouchDB;
}

/**
 * This PC's replica of an office database, in IndexedDB beside the application's own database (the
 * unit tests' Node has no IndexedDB PouchDB can use, and passes its in-memory adapter).
 */
export function openReplica(database: string, adapter: 'indexeddb' | 'memory' = 'indexeddb'): Database {
  return new (Pouch())(`kelisim-replica-${database}`, { adapter });
}

/**
 * The office database on its server, with the account's password sent on each request and never
 * stored by the browser (no cookie session, no credentials cache).
 */
export function openRemote(url: string, database: string, username: string, password: string): Database {
  const authorization = basicAuthorization(username, password);
  const Registered = Pouch();
  return new Registered(`${url}/${encodeURIComponent(database)}`, {
    skip_setup: true,
    fetch: (address, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', authorization);
      return Registered.fetch(address, { ...init, headers, credentials: 'omit' });
    },
  });
}
