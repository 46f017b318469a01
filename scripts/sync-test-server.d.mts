export declare const SERVER_ADMIN: { name: string; password: string };
export interface SyncTestServer {
  url: string;
  port: number;
  /** A request as the server's administrator; answers the parsed JSON, throws on a refusal. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the CouchDB answer it asked for
  admin: (method: string, path: string, body?: unknown) => Promise<any>;
  addAccount: (name: string, password: string, roles?: string[]) => Promise<void>;
  /** An office database whose only readers and writers are these accounts. */
  officeDatabase: (name: string, members: string[]) => Promise<void>;
  close: () => Promise<void>;
}
export declare function startSyncTestServer(options?: {
  port?: number;
  /** Origins of pages on this machine allowed to call the server with credentials (CouchDB's CORS). */
  corsOrigins?: string[];
}): Promise<SyncTestServer>;
/** Reads until accepted or the time is up; answers the last value either way. */
export declare function eventually<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  ms?: number,
): Promise<T>;
