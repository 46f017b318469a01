export declare const SERVER_ADMIN: { name: string; password: string };
export declare function startSyncTestServer(options?: {
  port?: number;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
