import { open } from 'node:fs/promises';

/**
 * Reads a file only if it is no larger than `limit`: the size is asked of the open file first, and
 * a larger file is refused before any of it is read, so choosing a 40 GB disk image costs nothing.
 * At most the size seen is read, even if the file grows meanwhile.
 */
export async function readFileWithin(file: string, limit: number): Promise<Uint8Array | 'too-large'> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) return 'too-large';
    const data = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(data, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? data : data.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
