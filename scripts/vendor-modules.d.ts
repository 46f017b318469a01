// Types for the packages the sync test server uses, which ship none: only what the scripts call.

declare module 'express' {
  import type { Server } from 'node:http';
  interface Application {
    use(path: string, handler: unknown): Application;
    listen(port: number, host: string, ready: () => void): Server;
  }
  function express(): Application;
  export default express;
}

declare module 'express-pouchdb' {
  function expressPouchDB(
    pouchDB: unknown,
    options: { mode: 'fullCouchDB' | 'minimumForPouchDB'; inMemoryConfig?: boolean; logPath?: string },
  ): unknown;
  export default expressPouchDB;
}

declare module 'pouchdb-core' {
  interface Static {
    plugin(plugin: unknown): Static;
    defaults(options: object): Static;
  }
  const PouchDB: Static;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
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

declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
