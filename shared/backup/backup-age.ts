/** After this long without a backup, the browser build asks for one. */
export const BACKUP_STALE_AFTER_MS = 86_400_000;

/**
 * How old the last backup is, as the screens tell it: there is none yet, it is recent, or it is more
 * than a day old. A time that does not parse counts as no backup; one in the future (the clock was
 * set back since) counts as recent, since nothing says a day has passed.
 */
export type BackupAge = { kind: 'none' } | { kind: 'recent'; at: string } | { kind: 'stale'; at: string };

export function backupAge(lastAt: string | null | undefined, now: number): BackupAge {
  const time = lastAt ? Date.parse(lastAt) : Number.NaN;
  if (!lastAt || Number.isNaN(time)) return { kind: 'none' };
  return now - time > BACKUP_STALE_AFTER_MS ? { kind: 'stale', at: lastAt } : { kind: 'recent', at: lastAt };
}

/** The reminder a backup's age calls for: none while it is recent. */
export function backupReminderKey(age: BackupAge): 'backup.reminderNone' | 'backup.reminder' | null {
  if (age.kind === 'none') return 'backup.reminderNone';
  return age.kind === 'stale' ? 'backup.reminder' : null;
}
