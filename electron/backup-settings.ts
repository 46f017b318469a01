import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { INSTALLATION_ID } from '../shared/backup/backup-names';
import { writeFileAtomic } from './atomic-write';

/**
 * What main alone decides about backups, in its own file under userData: this installation's id
 * (made once, in every backup's name) and the second folder, chosen in main's folder dialog. The page
 * can ask what the folder is; it cannot name one.
 */
const settingsSchema = z.object({
  installationId: z.string().regex(INSTALLATION_ID),
  /** `network` is true only for a network path an administrator confirmed. */
  secondFolder: z.object({ path: z.string(), network: z.boolean() }).nullable(),
});

export type BackupSettings = z.infer<typeof settingsSchema>;

export interface BackupSettingsStore {
  load(): Promise<BackupSettings>;
  save(settings: BackupSettings): Promise<void>;
}

export function backupSettingsFile(file: string): BackupSettingsStore {
  let cached: BackupSettings | null = null;
  const save = async (settings: BackupSettings) => {
    await writeFileAtomic(file, JSON.stringify(settingsSchema.parse(settings)));
    cached = settings;
  };
  return {
    async load() {
      if (cached) return cached;
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) return (cached = parsed.data);
      } catch {
        // First start, or a damaged file: a new id, no second folder.
      }
      const fresh: BackupSettings = { installationId: randomBytes(6).toString('hex'), secondFolder: null };
      // Kept for this run even if it cannot be written yet (a full disk): one id per run at worst.
      await save(fresh).catch(() => (cached = fresh));
      return fresh;
    },
    save,
  };
}
