import { copyFile, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { backupsToDelete, type RetentionPolicy } from '../shared/backup/retention';

const BACKUP_NAME = /^kelisim-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-[a-z-]+\.klsbak$/;

/** The moment a backup was made, read from its name (written in UTC by Kelisim). */
export function backupTime(name: string): string | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

export interface StoredBackup {
  name: string;
  size: number;
  createdAt: string;
}

export async function listBackups(folder: string): Promise<StoredBackup[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups: StoredBackup[] = [];
  for (const name of names) {
    const createdAt = backupTime(name);
    if (!createdAt) continue;
    const info = await stat(path.join(folder, name));
    backups.push({ name, size: info.size, createdAt });
  }
  return backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** Deletes what the retention policy does not keep; returns the names deleted. */
export async function applyRetention(folder: string, now: Date, policy?: RetentionPolicy): Promise<string[]> {
  const doomed = backupsToDelete(await listBackups(folder), now, policy);
  for (const file of doomed) await unlink(path.join(folder, file.name)).catch(() => undefined);
  return doomed.map((file) => file.name);
}

/**
 * Writes a backup to the backups folder (through a temporary name, so a power cut never leaves a
 * half-written file under a backup's name), copies it to the second folder if one is set and
 * reachable, and applies retention in both.
 */
export async function storeBackup(
  folder: string,
  name: string,
  data: Uint8Array,
  now: Date,
  secondFolder?: string,
): Promise<{ copiedToSecondFolder: boolean }> {
  if (!BACKUP_NAME.test(name)) throw new Error('not a backup name');
  await mkdir(folder, { recursive: true });
  const target = path.join(folder, name);
  await writeFile(`${target}.part`, data);
  await copyFile(`${target}.part`, target);
  await unlink(`${target}.part`);
  await applyRetention(folder, now);
  let copiedToSecondFolder = false;
  if (secondFolder) {
    try {
      await mkdir(secondFolder, { recursive: true });
      await copyFile(target, path.join(secondFolder, name));
      await applyRetention(secondFolder, now);
      copiedToSecondFolder = true;
    } catch {
      copiedToSecondFolder = false;
    }
  }
  return { copiedToSecondFolder };
}

export async function readBackup(folder: string, name: string): Promise<Uint8Array | null> {
  if (!BACKUP_NAME.test(name)) return null;
  try {
    const data = await readFile(path.join(folder, name));
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch {
    return null;
  }
}
