import PouchDB, { type Static } from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import indexeddb from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';

/**
 * PouchDB with what Kelisim uses: the IndexedDB adapter for the replicas on this PC, the http
 * adapter for the server and the replicator. Plugins patch the one PouchDB module and the
 * replicator cannot be added twice (tests in the same process may have plugged in their own), so
 * each is added only when missing, here and nowhere else in the application.
 */
export function pouchDB(): Static {
  const { adapters } = PouchDB as unknown as { adapters?: Record<string, unknown> };
  if (!adapters?.indexeddb) PouchDB.plugin(indexeddb);
  if (!adapters?.http) PouchDB.plugin(http);
  if (typeof (PouchDB as { replicate?: unknown }).replicate !== 'function') PouchDB.plugin(replication);
  return PouchDB;
}
