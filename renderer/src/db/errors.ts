/**
 * The storage failures a user can act on, told apart from everything else. `migration-backup`: the
 * backup due before an upgrade could not be written, so the database was left unopened, as it was.
 */
export type StorageFailure = 'quota' | 'unavailable' | 'other' | 'migration-backup';

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function innerOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'inner' in error
    ? (error as { inner: unknown }).inner
    : undefined;
}

/**
 * A full disk shows up as the browser's QuotaExceededError or as Dexie's error of that name
 * wrapping it (Dexie.AbortError with `inner` when a transaction aborts on quota).
 */
export function classifyStorageError(error: unknown): StorageFailure {
  for (let current = error, depth = 0; current !== undefined && depth < 5; current = innerOf(current), depth++) {
    const name = nameOf(current);
    if (name === 'QuotaExceededError') return 'quota';
    if (['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'MissingAPIError'].includes(name))
      return 'unavailable';
  }
  return 'other';
}
