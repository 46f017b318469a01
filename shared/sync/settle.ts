/**
 * What an editor may keep when settling a conflict, and the pure part of building it: which fields
 * the versions disagree on, a field-by-field merge, and what another PC's edit changed in a person
 * merged away here meanwhile. The data layer opens and seals confidential content around this.
 */

/** The editor's decision about a record with several versions. */
export type Settlement =
  /** The version the office sees now is right; the others are closed. */
  | { kind: 'confirm' }
  /** One version, whole. */
  | { kind: 'version'; rev: string }
  /** Field by field: each named field from the version chosen for it, the rest from the shown version. */
  | { kind: 'merge'; fields: Readonly<Record<string, string>> }
  /**
   * A person merged into another here while another PC edited them: the merge stays, and the edit's
   * changes (all of them unless fields are named) go to the person they were merged into.
   */
  | { kind: 'merged-person'; fields?: readonly string[] };

/**
 * Fields that say how a record is kept rather than what it says: never compared or offered, and
 * set by the layer when the settlement is written.
 */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'author',
  'searchTokens',
  'sortKey',
  'listKey',
  'unsealed',
  'citizenTag',
  'deletedAt',
  'mergedInto',
]);

export function isBookkeeping(field: string): boolean {
  return BOOKKEEPING.has(field);
}

/** JSON with keys in order, so that two equal values compare equal however they were built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (value: unknown) => value === undefined || value === null || value === '';
  if (empty(a) && empty(b)) return true;
  return canonical(a) === canonical(b);
}

type Content = Readonly<Record<string, unknown>>;

/** Every field the versions hold, bookkeeping left out, in the order first met. */
export function fieldsOf(contents: readonly Content[]): string[] {
  const fields = new Set<string>();
  for (const content of contents)
    for (const field of Object.keys(content)) if (!isBookkeeping(field)) fields.add(field);
  return [...fields];
}

/** The fields on which the versions do not all agree. */
export function differingFields(contents: readonly Content[]): string[] {
  const [first, ...rest] = contents;
  if (!first) return [];
  return fieldsOf(contents).filter((field) => rest.some((content) => !sameValue(first[field], content[field])));
}

/**
 * The merged record: the base (the shown version) with each chosen field taken from the version
 * chosen for it; a field the chosen version lacks is left out, as that version had it.
 */
export function mergeFields(
  base: Content,
  versions: ReadonlyMap<string, Content>,
  picks: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [field, rev] of Object.entries(picks)) {
    if (isBookkeeping(field)) continue;
    const source = versions.get(rev);
    if (!source) throw new Error(`merge: no version ${rev}`);
    if (source[field] === undefined) Reflect.deleteProperty(merged, field);
    else merged[field] = source[field];
  }
  return merged;
}

/** A person removed by merging them into another: the version that says so. */
export function isMergedAway(content: Content | null): boolean {
  return Boolean(content && content.deletedAt && typeof content.mergedInto === 'string' && content.mergedInto);
}

/**
 * What another PC changed in a person that was merged away here: the fields where its live version
 * differs from the merged one. The merge itself changed only bookkeeping (when, who, the removal and
 * whom they were merged into), so every other difference is the edit's.
 */
export function editedFields(mergedAway: Content, edited: Content): string[] {
  return differingFields([mergedAway, edited]);
}

/** The person merged into, with the edit's chosen fields applied. */
export function applyEdit(target: Content, edited: Content, fields: readonly string[]): Record<string, unknown> {
  const next: Record<string, unknown> = { ...target };
  for (const field of fields) {
    if (isBookkeeping(field)) continue;
    if (edited[field] === undefined) Reflect.deleteProperty(next, field);
    else next[field] = edited[field];
  }
  return next;
}
