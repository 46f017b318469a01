/**
 * Backup file names. Main names every file it writes, `kelisim-YYYYMMDD-HHmmss-<installation>-<reason>.klsbak`
 * with the time in UTC, so that names sort in order and a second folder shared by several PCs tells whose
 * file is whose. Files from before the installation id (`kelisim-YYYYMMDD-HHmmss-<reason>.klsbak`) are
 * still listed and restored, never pruned; the browser build downloads files named that way.
 */
export const backupReasons = [
  'auto',
  'manual',
  'exit',
  'first-run',
  'before-import',
  'before-restore',
  'before-migration',
  'before-demo-removal',
] as const;
export type BackupReasonName = (typeof backupReasons)[number];

/** Backups made to undo one operation: kept apart from the rotation, for longer. */
export const safetyReasons: ReadonlySet<BackupReasonName> = new Set([
  'before-import',
  'before-restore',
  'before-migration',
  'before-demo-removal',
]);

/** 48 random bits in hex, made once by main per installation. */
export const INSTALLATION_ID = /^[0-9a-f]{12}$/;

const NAME = new RegExp(
  `^kelisim-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(?:([0-9a-f]{12})-)?(${backupReasons.join('|')})\\.klsbak$`,
);

export interface BackupNameParts {
  /** When the backup was made, by the clock of the PC that wrote it. */
  createdAt: string;
  /** The installation that wrote it; null for names from before installations had an id. */
  installationId: string | null;
  reason: BackupReasonName;
}

export function parseBackupName(name: string): BackupNameParts | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, installationId, reason] = match;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, installationId: installationId ?? null, reason: reason as BackupReasonName };
}

export function backupFileName(at: Date, reason: BackupReasonName, installationId?: string): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  if (installationId !== undefined && !INSTALLATION_ID.test(installationId)) throw new Error('not an installation id');
  return `kelisim-${stamp}-${installationId ? `${installationId}-` : ''}${reason}.klsbak`;
}
