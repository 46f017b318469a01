export interface BackupFile {
  name: string;
  /** When the backup was made, as an ISO timestamp. */
  createdAt: string;
}

export interface RetentionPolicy {
  /** How many of today's backups to keep. */
  keepToday: number;
  /** For how many earlier days to keep the newest backup of each day. */
  keepDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 3, keepDays: 30 };

/**
 * Which backups to delete: everything but the newest few of today and the newest of each of the
 * previous days within the window. Days are counted in the office's time zone (UTC+5), so a
 * backup made at 01:00 local time belongs to the day the staff think it does.
 */
export function backupsToDelete(
  files: readonly BackupFile[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  utcOffsetMinutes = 300,
): BackupFile[] {
  const day = (iso: string) => new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  const today = day(now.toISOString());
  const oldest = day(new Date(now.getTime() - policy.keepDays * 86_400_000).toISOString());
  const newestFirst = [...files].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const keep = new Set<string>();
  let todayKept = 0;
  const daysKept = new Set<string>();
  for (const file of newestFirst) {
    const fileDay = day(file.createdAt);
    if (fileDay >= today) {
      if (todayKept < policy.keepToday) {
        keep.add(file.name);
        todayKept++;
      }
    } else if (fileDay >= oldest && !daysKept.has(fileDay)) {
      keep.add(file.name);
      daysKept.add(fileDay);
    }
  }
  return files.filter((file) => !keep.has(file.name));
}
