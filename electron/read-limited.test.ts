import { mkdtemp, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileWithin } from './read-limited';

/** Counts every byte read from a file, whichever way it is read. */
const reads = vi.hoisted(() => ({ bytes: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    default: real,
    async readFile(...args: Parameters<typeof real.readFile>) {
      const data = await real.readFile(...args);
      reads.bytes += data.length;
      return data;
    },
    async open(...args: Parameters<typeof real.open>) {
      const handle = await real.open(...args);
      return new Proxy(handle, {
        get(target, property) {
          const value: unknown = Reflect.get(target, property);
          if (typeof value !== 'function') return value;
          if (property === 'read' || property === 'readFile')
            return async (...callArgs: unknown[]) => {
              const result = (await (value as (...a: unknown[]) => Promise<unknown>).apply(target, callArgs)) as
                { bytesRead: number } | Uint8Array;
              reads.bytes += result instanceof Uint8Array ? result.length : result.bytesRead;
              return result;
            };
          return (value as (...a: unknown[]) => unknown).bind(target);
        },
      });
    },
  };
});

afterEach(() => {
  reads.bytes = 0;
});

describe('opening a file the user chose', () => {
  it('refuses a file over the limit before reading any of it', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-open-')), 'huge.xlsx');
    await writeFile(file, new Uint8Array(5000));
    reads.bytes = 0;
    expect(await readFileWithin(file, 4999)).toBe('too-large');
    expect(reads.bytes).toBe(0);
  });

  it('reads a file within the limit whole', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kelisim-open-')), 'members.xlsx');
    const data = new Uint8Array(5000).map((_, i) => i % 256);
    await writeFile(file, data);
    expect(await readFileWithin(file, 5000)).toEqual(data);
    expect(await readFileWithin(path.join(path.dirname(file), 'empty.csv'), 10).catch(() => 'missing')).toBe('missing');
  });
});
