// @ts-check
// A CouchDB-compatible server for the sync tests: express-pouchdb over PouchDB's in-memory adapter,
// on 127.0.0.1 and a free port. Apache CouchDB itself is not installable from the registries the CI
// machine reaches; express-pouchdb speaks the same HTTP API and replication protocol, with CouchDB's
// _users, _session and per-database _security. Run alone (`node scripts/sync-test-server.mjs`) it
// prints its address and serves until stopped.
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';
import { devNull } from 'node:os';

export const SERVER_ADMIN = { name: 'admin', password: 'admin-password' };

const adminAuthorization = () =>
  `Basic ${Buffer.from(`${SERVER_ADMIN.name}:${SERVER_ADMIN.password}`).toString('base64')}`;

/**
 * CouchDB 3 lets into a database only its `_security` members and the server's administrators;
 * express-pouchdb stores `_security` but does not enforce it, so this does, as CouchDB answers:
 * 401 without valid credentials, 403 for an account that is not a member.
 * @param {{ url: string }} self
 */
function membersOnly(self) {
  /** @param {string} path @param {string | undefined} authorization */
  const ask = async (path, authorization) => {
    const response = await fetch(`${self.url}${path}`, {
      headers: authorization ? { authorization } : {},
    });
    return { status: response.status, body: /** @type {any} */ (await response.json().catch(() => null)) };
  };
  /**
   * @param {{ url: string; headers: Record<string, string | undefined>; method: string }} request
   * @param {{ status: (code: number) => { json: (body: unknown) => void } }} response
   * @param {() => void} next
   */
  const check = async (request, response, next) => {
    const database = decodeURIComponent(request.url.split('?')[0]?.split('/')[1] ?? '');
    if (!database || database.startsWith('_')) return next();
    const authorization = request.headers.authorization;
    const session = await ask('/_session', authorization);
    if (session.status === 401)
      return response.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
    const user = session.body?.userCtx ?? { name: null, roles: [] };
    if (user.roles?.includes('_admin')) return next();
    if (!user.name)
      return response.status(401).json({ error: 'unauthorized', reason: 'You are not authorized to access this db.' });
    const security = await ask(`/${encodeURIComponent(database)}/_security`, adminAuthorization());
    if (security.status === 404) return next();
    const members = security.body?.members ?? {};
    const allowed =
      (members.names ?? []).includes(user.name) ||
      (members.roles ?? []).some((/** @type {string} */ role) => user.roles?.includes(role));
    if (!allowed)
      return response.status(403).json({ error: 'forbidden', reason: 'You are not allowed to access this db.' });
    return next();
  };
  /**
   * The check asks the server itself; a request still in flight while a test closes the server fails
   * there, and is answered as CouchDB answers when it is going away instead of failing the test run.
   * @param {{ url: string; headers: Record<string, string | undefined>; method: string }} request
   * @param {{ status: (code: number) => { json: (body: unknown) => void } }} response
   * @param {() => void} next
   */
  return (request, response, next) => {
    check(request, response, next).catch(() => {
      try {
        response.status(503).json({ error: 'service_unavailable', reason: 'The server is stopping.' });
      } catch {
        // The connection is already gone.
      }
    });
  };
}

/**
 * CouchDB's CORS (`[cors] origins = …`, `credentials = true`), for a page of another origin on this
 * machine (the benchmark page): the listed origins may call the server with the account's
 * credentials, and their preflight requests are answered before any check of credentials.
 * @param {string[]} origins
 */
function crossOrigin(origins) {
  /**
   * @param {{ method: string; headers: Record<string, string | undefined> }} request
   * @param {{ setHeader: (name: string, value: string) => void; status: (code: number) => { end: () => void } }} response
   * @param {() => void} next
   */
  return (request, response, next) => {
    const origin = request.headers.origin;
    if (!origin || !origins.includes(origin)) return next();
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader(
      'Access-Control-Expose-Headers',
      'content-type, cache-control, etag, server, x-couch-request-id',
    );
    if (request.method !== 'OPTIONS') return next();
    response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
    response.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
    response.setHeader('Access-Control-Max-Age', '600');
    return response.status(204).end();
  };
}

/**
 * PouchDB with what express-pouchdb needs. Plugins patch the one PouchDB module, and replication
 * and map/reduce cannot be added twice: the tests in the same process may have added them already.
 */
function withPlugins() {
  const pouch = /** @type {any} */ (PouchDB);
  if (!pouch.adapters?.memory) PouchDB.plugin(memory);
  if (!pouch.adapters?.http) PouchDB.plugin(httpAdapter);
  if (typeof pouch.replicate !== 'function') PouchDB.plugin(replication);
  if (typeof pouch.prototype.query !== 'function') PouchDB.plugin(mapreduce);
  return PouchDB;
}

/**
 * Starts a server with an administrator, and stops it with `close()`. Every server has its own
 * in-memory databases: nothing is left behind.
 * @param {{ port?: number; corsOrigins?: string[] }} [options]
 */
export async function startSyncTestServer(options = {}) {
  const prefix = `kelisim-test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}-`;
  const Server = withPlugins().defaults({ adapter: 'memory', prefix });
  const app = express();
  /** @type {{ url: string }} */
  const self = { url: '' };
  // Requests being answered, so that closing lets them finish rather than cutting them mid-answer.
  let answering = 0;
  app.use('/', (/** @type {any} */ _request, /** @type {any} */ response, /** @type {() => void} */ next) => {
    answering++;
    response.on('close', () => answering--);
    next();
  });
  if (options.corsOrigins?.length) app.use('/', crossOrigin(options.corsOrigins));
  app.use('/', membersOnly(self));
  app.use('/', expressPouchDB(Server, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: devNull }));
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(listening));
    listening.on('error', reject);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${address.port}`;
  self.url = url;
  const answer = await fetch(`${url}/_config/admins/${SERVER_ADMIN.name}`, {
    method: 'PUT',
    body: JSON.stringify(SERVER_ADMIN.password),
  });
  if (!answer.ok) throw new Error(`sync test server: could not create its administrator (${answer.status})`);
  const authorization = `Basic ${Buffer.from(`${SERVER_ADMIN.name}:${SERVER_ADMIN.password}`).toString('base64')}`;
  /** @type {(method: string, path: string, body?: unknown) => Promise<any>} */
  const admin = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return response.json();
  };
  return {
    url,
    port: address.port,
    admin,
    addAccount: async (
      /** @type {string} */ name,
      /** @type {string} */ password,
      /** @type {string[]} */ roles = [],
    ) => {
      await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles, type: 'user' });
    },
    // As docs/sync.md has an office's database made: only its members may read or write it.
    officeDatabase: async (/** @type {string} */ name, /** @type {string[]} */ members) => {
      await admin('PUT', `/${name}`);
      await admin('PUT', `/${name}/_security`, {
        admins: { names: [], roles: [] },
        members: { names: members, roles: [] },
      });
    },
    /**
     * Stops taking requests, lets those under way finish (a PC's last request after its engine
     * stopped; a client library may leave its failure unhandled), then closes what is left, such as
     * a long poll, after at most two seconds.
     */
    close: async () => {
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections?.();
      const until = Date.now() + 2_000;
      while (answering > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      server.closeAllConnections?.();
      await closed;
    },
  };
}

/**
 * Replication is asynchronous: reads until the value is accepted or the time is up, and answers the
 * last value either way, so that a test's expectation shows what was there instead of a timeout.
 * @template T
 * @param {() => Promise<T> | T} read
 * @param {(value: T) => boolean} accept
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function eventually(read, accept, ms = 10_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = await startSyncTestServer({ port: Number(process.env.KELISIM_SYNC_PORT ?? 0) || undefined });
  console.log(`CouchDB-compatible test server at ${started.url} (administrator ${SERVER_ADMIN.name})`);
}
