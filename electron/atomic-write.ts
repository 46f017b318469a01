import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that its name only ever holds a complete file: the bytes go to a temporary file
 * beside it, are flushed to the disk, and the temporary file is renamed over the name. A full disk,
 * a removed flash drive or a power cut leaves either the old file or the new one, never half of one;
 * a failed write removes its temporary file.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
  const handle = await open(temporary, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Flushes the folder entry of the rename where the system allows it (Linux, macOS; Windows refuses to open a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // NTFS journals the rename itself.
  }
}
