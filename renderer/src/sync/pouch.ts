import PouchDB, { type Database } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexeddbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import { basicAuthorization } from './check-connection';

let registered = false;

/** PouchDB with what the application uses of it, registered once: IndexedDB, HTTP, replication. */
function pouch(): typeof PouchDB {
  if (!registered) {
    PouchDB.plugin(indexeddbAdapter).plugin(httpAdapter).plugin(replication);
    registered = true;
  }
  return PouchDB;
}

/** This PC's replica of an office database, in IndexedDB beside the application's own database. */
export function openReplica(database: string): Database {
  return new (pouch())(`kelisim-replica-${database}`, { adapter: 'indexeddb' });
}

/**
 * The office database on its server, with the account's password sent on each request and never
 * stored by the browser (no cookie session, no credentials cache).
 */
export function openRemote(url: string, database: string, username: string, password: string): Database {
  const authorization = basicAuthorization(username, password);
  const Pouch = pouch();
  return new Pouch(`${url}/${encodeURIComponent(database)}`, {
    skip_setup: true,
    fetch: (address, init) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', authorization);
      return Pouch.fetch(address, { ...init, headers, credentials: 'omit' });
    },
  });
}
