import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export interface WrittenFile {
  name: string;
  size: number;
}

/**
 * The backup files this installation wrote, folder by folder. Retention deletes a file only when it
 * is listed here with the size it was written with (and carries this installation's id in its name):
 * a file someone else put in the folder, named like ours or not, is never deleted. The list lives in
 * main's own folder (userData), which the page cannot reach and another PC sharing the second folder
 * does not see; a marker inside the backup files would have meant trusting whatever a file in a shared
 * folder says about itself, and reading every file to prune.
 */
export interface BackupLedger {
  written(folder: string): Promise<WrittenFile[]>;
  add(folder: string, file: WrittenFile): Promise<void>;
  remove(folder: string, names: readonly string[]): Promise<void>;
}

const ledgerSchema = z.object({
  version: z.literal(1),
  folders: z.record(z.string(), z.array(z.object({ name: z.string(), size: z.number().int().min(0) }))),
});
type LedgerFile = z.infer<typeof ledgerSchema>;

const key = (folder: string) => path.resolve(folder);

/** The ledger kept in one JSON file; changes are made one at a time and written atomically. */
export function fileLedger(file: string): BackupLedger {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async (): Promise<LedgerFile> => {
    try {
      const parsed = ledgerSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // None yet, or unreadable: then nothing is known to be ours, and nothing gets deleted.
    }
    return { version: 1, folders: {} };
  };
  const change = (edit: (ledger: LedgerFile) => void) =>
    serial(async () => {
      const ledger = await read();
      edit(ledger);
      await writeFileAtomic(file, JSON.stringify(ledger));
    });
  return {
    written: (folder) => serial(async () => (await read()).folders[key(folder)] ?? []),
    add: (folder, written) =>
      change((ledger) => {
        const files = (ledger.folders[key(folder)] ?? []).filter((entry) => entry.name !== written.name);
        ledger.folders[key(folder)] = [...files, written];
      }),
    remove: (folder, names) =>
      change((ledger) => {
        const files = (ledger.folders[key(folder)] ?? []).filter((entry) => !names.includes(entry.name));
        ledger.folders = Object.fromEntries(
          Object.entries({ ...ledger.folders, [key(folder)]: files }).filter(([, entries]) => entries.length > 0),
        );
      }),
  };
}
