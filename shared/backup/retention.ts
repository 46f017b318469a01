import { safetyReasons, type BackupReasonName } from './backup-names';

export interface BackupFile {
  name: string;
  /** When the backup was made, as an ISO timestamp. */
  createdAt: string;
  reason: BackupReasonName;
}

export interface KeepRule {
  /** How many of the newest backups to keep, whatever their dates. */
  newest: number;
  /** For how many of the most recent days that have a backup to keep the newest backup of the day. */
  days: number;
}

export interface RetentionPolicy {
  /** Automatic, exit and manual backups. */
  rotation: KeepRule;
  /** Backups made before an import, a restore or a migration: the way back from one operation. */
  safety: KeepRule;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  rotation: { newest: 3, days: 30 },
  safety: { newest: 10, days: 90 },
};

/**
 * Which backups to delete. Nothing here trusts the PC clock beyond telling past from future:
 *
 * - a backup dated after `now` (the clock was set back, or went wrong) is kept and not counted;
 * - the newest few are kept whatever their dates, so a new backup is never the one deleted;
 * - days are the most recent days that have a backup, not the last days of the calendar, so a clock
 *   that jumps forward deletes nothing it would not have deleted a day later;
 * - the safety backups (before an import, a restore, a migration) have their own, longer rule, so the
 *   15-minute rotation cannot push them out.
 *
 * Days are counted in the office's time zone (UTC+5), so a backup made at 01:00 local time belongs to
 * the day the staff think it does.
 */
export function backupsToDelete(
  files: readonly BackupFile[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  utcOffsetMinutes = 300,
): BackupFile[] {
  const keep = new Set<string>();
  const rotation: BackupFile[] = [];
  const safety: BackupFile[] = [];
  for (const file of files) {
    const time = Date.parse(file.createdAt);
    if (Number.isNaN(time) || time > now.getTime()) keep.add(file.name);
    else (safetyReasons.has(file.reason) ? safety : rotation).push(file);
  }
  for (const name of kept(rotation, policy.rotation, utcOffsetMinutes)) keep.add(name);
  for (const name of kept(safety, policy.safety, utcOffsetMinutes)) keep.add(name);
  return files.filter((file) => !keep.has(file.name));
}

function kept(files: readonly BackupFile[], rule: KeepRule, utcOffsetMinutes: number): string[] {
  const day = (iso: string) => new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  const newestFirst = [...files].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : -1),
  );
  const names = newestFirst.slice(0, rule.newest).map((file) => file.name);
  const days = new Set<string>();
  for (const file of newestFirst) {
    const fileDay = day(file.createdAt);
    if (days.has(fileDay)) continue;
    if (days.size >= rule.days) break;
    days.add(fileDay);
    names.push(file.name);
  }
  return names;
}
