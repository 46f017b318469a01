// The replicator's `checkpoint` option (PouchDB 9), beside the rest of its typing in
// pouchdb-modules.d.ts: 'target' writes the replication's checkpoints on the target only, which is
// how the oblast pulls a district's database without writing anything to it.

declare module 'pouchdb-core' {
  export interface Static {
    replicate(
      source: Database | string,
      target: Database | string,
      options: { checkpoint: false | 'source' | 'target'; batch_size?: number },
    ): Replication;
  }
}
