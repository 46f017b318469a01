import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, parseBackupName, type BackupReasonName } from '../shared/backup/backup-names';
import { backupsToDelete, type BackupFile, type RetentionPolicy } from '../shared/backup/retention';
import { MAX_BACKUP_HEAD_BYTES, MAX_IPC_FILE_BYTES, type BackupWriteProblem } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import type { BackupLedger } from './backup-ledger';
import { readFileWithin } from './read-limited';

/** This installation's backups: where it writes them, the id in their names and the list of what it wrote. */
export interface BackupStore {
  folder: string;
  installationId: string;
  ledger: BackupLedger;
}

export type SecondFolderOutcome = 'not-set' | 'copied' | BackupWriteProblem;

export function writeProblemOf(error: unknown): BackupWriteProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'ENXIO') return 'folder-missing';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no-permission';
  return 'failed';
}

export interface StoredBackup {
  name: string;
  size: number;
  /** From the name: the clock of the PC that wrote it. The restore screen goes by the header instead. */
  createdAt: string;
  /** The file's first bytes, up to the end of its header, for the page to read the header from. */
  head: Uint8Array;
}

async function readHead(file: string): Promise<{ size: number; head: Uint8Array }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const readAt = async (length: number) => {
      const bytes = new Uint8Array(Math.min(length, size));
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return bytes.subarray(0, offset);
    };
    // Magic (8 bytes), the header's length (4 bytes, big-endian), then the header.
    const prefix = await readAt(12);
    if (prefix.length < 12) return { size, head: prefix };
    const headerLength = new DataView(prefix.buffer, prefix.byteOffset).getUint32(8);
    return { size, head: await readAt(Math.min(12 + headerLength, MAX_BACKUP_HEAD_BYTES)) };
  } finally {
    await handle.close();
  }
}

/** Every backup in the folder, this PC's and any other's, newest name first. */
export async function listBackups(folder: string): Promise<StoredBackup[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups: StoredBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const { size, head } = await readHead(path.join(folder, name));
      backups.push({ name, size, createdAt: parsed.createdAt, head });
    } catch {
      // Removed meanwhile, or not a file.
    }
  }
  return backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * Deletes what the retention policy does not keep, among this installation's own files only: those
 * the ledger says it wrote, still of the size it wrote, with its id in the name. Other PCs' files in a
 * shared folder, older files without an id and anything else are neither deleted nor counted.
 * Returns the names deleted.
 */
export async function applyRetention(
  store: BackupStore,
  folder: string,
  now: Date,
  policy?: RetentionPolicy,
): Promise<string[]> {
  const present = new Set(await readdir(folder));
  const forget: string[] = [];
  const own: BackupFile[] = [];
  for (const file of await store.ledger.written(folder)) {
    const info = present.has(file.name) ? await stat(path.join(folder, file.name)).catch(() => null) : null;
    if (!info?.isFile() || info.size !== file.size) {
      forget.push(file.name);
      continue;
    }
    const parsed = parseBackupName(file.name);
    if (parsed?.installationId === store.installationId)
      own.push({ name: file.name, createdAt: parsed.createdAt, reason: parsed.reason });
  }
  const deleted: string[] = [];
  for (const file of backupsToDelete(own, now, policy)) {
    try {
      await unlink(path.join(folder, file.name));
      deleted.push(file.name);
    } catch {
      // Locked or already gone: tried again after the next backup.
    }
  }
  if (forget.length + deleted.length > 0) await store.ledger.remove(folder, [...forget, ...deleted]);
  return deleted;
}

async function writeInto(
  store: BackupStore,
  folder: string,
  name: string,
  data: Uint8Array,
  now: Date,
  policy?: RetentionPolicy,
): Promise<void> {
  await writeFileAtomic(path.join(folder, name), data);
  try {
    await store.ledger.add(folder, { name, size: data.byteLength });
    await applyRetention(store, folder, now, policy);
  } catch (error) {
    // The backup is safe; a file the ledger missed is only never pruned.
    console.warn('backup retention', error);
  }
}

/**
 * Writes a backup under a name main makes (this installation's id, the reason, the time), into the
 * backups folder and then the second folder, each through a temporary file that is flushed and
 * renamed, and applies retention in each. A failure in the backups folder throws (see
 * writeProblemOf); the second folder's is reported in the result, the backup being safe on this PC.
 */
export async function storeBackup(
  store: BackupStore,
  reason: BackupReasonName,
  data: Uint8Array,
  now: Date,
  secondFolder: string | null,
  policy?: RetentionPolicy,
): Promise<{ fileName: string; secondFolder: SecondFolderOutcome }> {
  const fileName = backupFileName(now, reason, store.installationId);
  await mkdir(store.folder, { recursive: true });
  await writeInto(store, store.folder, fileName, data, now, policy);
  if (!secondFolder) return { fileName, secondFolder: 'not-set' };
  try {
    // Never created: it was chosen in the dialog, so if it is gone the flash drive is out, and
    // creating it would write to whatever drive now has that letter.
    if (!(await stat(secondFolder)).isDirectory()) return { fileName, secondFolder: 'folder-missing' };
    await writeInto(store, secondFolder, fileName, data, now, policy);
    return { fileName, secondFolder: 'copied' };
  } catch (error) {
    return { fileName, secondFolder: writeProblemOf(error) };
  }
}

export async function readBackup(folder: string, name: string): Promise<Uint8Array | null> {
  if (!parseBackupName(name)) return null;
  try {
    const data = await readFileWithin(path.join(folder, name), MAX_IPC_FILE_BYTES);
    return data === 'too-large' ? null : data;
  } catch {
    return null;
  }
}
