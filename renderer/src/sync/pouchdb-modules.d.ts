// The part of PouchDB 9 that Kelisim calls, typed here: the DefinitelyTyped packages describe
// PouchDB 7 and declare a global `Buffer` that breaks Node's own.

declare module 'pouchdb-core' {
  export interface StoredDocument {
    _id: string;
    _rev: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }

  export interface ChangesResult {
    results: { id: string; seq: string | number; deleted?: boolean; doc?: StoredDocument }[];
    last_seq: string | number;
  }

  export interface Database {
    readonly name: string;
    changes(options: {
      since: string | number;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'main_only' | 'all_docs';
    }): Promise<ChangesResult>;
    get(
      id: string,
      options: { open_revs: 'all' | readonly string[]; attachments?: boolean; binary?: boolean },
    ): Promise<{ ok?: StoredDocument; missing?: string }[]>;
    bulkDocs(docs: readonly object[], options?: { new_edits?: boolean }): Promise<unknown[]>;
    info(): Promise<{ doc_count: number; update_seq: string | number }>;
    destroy(): Promise<unknown>;
  }

  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    last_seq?: string | number;
  }

  /** A replication: a promise of its end, and events while it runs (a live one ends only when cancelled). */
  export interface Replication extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: { docs_written: number; docs: unknown[] }) => void): Replication;
    on(event: 'paused', listener: (error?: unknown) => void): Replication;
    on(event: 'active', listener: () => void): Replication;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication;
    on(event: 'complete', listener: (info: ReplicationResult) => void): Replication;
    cancel(): void;
  }

  export interface Static {
    new (
      name: string,
      options?: {
        adapter?: string;
        prefix?: string;
        skip_setup?: boolean;
        fetch?: (url: string, init: RequestInit) => Promise<Response>;
      },
    ): Database;
    plugin(plugin: unknown): Static;
    defaults(options: object): Static;
    fetch(url: string, init: RequestInit): Promise<Response>;
    replicate(
      source: Database | string,
      target: Database | string,
      options?: {
        live?: boolean;
        retry?: boolean;
        batch_size?: number;
        heartbeat?: number;
        back_off_function?: (delay: number) => number;
      },
    ): Replication;
  }

  const PouchDB: Static;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
