/**
 * Which of a record's concurrent versions the office sees. CouchDB keeps every version two PCs made
 * without seeing each other (its conflicting leaf revisions) and picks a winner by revision depth
 * and hash: deterministic, but not what an office means by "the latest". Kelisim shows the version
 * changed last, ties broken by device id and then by revision, so every PC that holds the same
 * versions shows the same one, and lists the others as a conflict for an editor to settle.
 */

export interface Version<Content = unknown> {
  rev: string;
  deleted: boolean;
  changedAt: string;
  device: string;
  content: Content;
}

/** Positive when `a` should be shown rather than `b`. */
export function compareVersions(a: Version, b: Version): number {
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? 1 : -1;
  if (a.device !== b.device) return a.device > b.device ? 1 : -1;
  if (a.rev !== b.rev) return revisionOrder(a.rev, b.rev);
  return 0;
}

/** Revision ids `N-hash`: the longer history first, then the hash, as CouchDB orders them. */
function revisionOrder(a: string, b: string): number {
  const depth = (rev: string) => Number.parseInt(rev, 10) || 0;
  if (depth(a) !== depth(b)) return depth(a) > depth(b) ? 1 : -1;
  return a > b ? 1 : -1;
}

export interface Resolution<Content> {
  shown: Version<Content>;
  /** The other versions, kept until an editor settles the conflict; empty when there is none. */
  others: Version<Content>[];
}

/**
 * The version to show among a record's leaf versions. A record removed for good on one PC while
 * another changed it stays, with the change: as in CouchDB, a live version outranks a removal, so
 * nothing typed is lost (the office's own deletions are soft and travel as edits). Tombstones are
 * never among `others`: nothing of the record is in them to settle.
 */
export function resolve<Content>(leaves: readonly Version<Content>[]): Resolution<Content> {
  if (leaves.length === 0) throw new Error('resolve: a document has at least one leaf');
  const live = leaves.filter((version) => !version.deleted);
  const candidates = live.length > 0 ? live : leaves;
  const ordered = [...candidates].sort((a, b) => compareVersions(b, a));
  const [shown, ...others] = ordered as [Version<Content>, ...Version<Content>[]];
  return { shown, others: live.length > 0 ? others : [] };
}
