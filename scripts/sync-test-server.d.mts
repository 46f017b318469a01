export declare const SERVER_ADMIN: { name: string; password: string };
export declare function startSyncTestServer(options?: {
  port?: number;
  /** Origins of pages on this machine allowed to call the server with credentials (CouchDB's CORS). */
  corsOrigins?: string[];
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
