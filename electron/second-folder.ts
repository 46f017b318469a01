import type { BackupSettingsStore } from './backup-settings';
import { classifyFolder } from './folder-path';

/** How long a network folder chosen in the dialog waits for the administrator's confirmation. */
export const CONFIRM_WITHIN_MS = 5 * 60_000;

export interface SecondFolder {
  path: string;
  network: boolean;
}

export type SecondFolderChoice =
  { outcome: 'cancelled'; path: null } | { outcome: 'set' | 'confirm-network' | 'refused'; path: string };

export interface SecondFolderDeps {
  settings: BackupSettingsStore;
  /** Main's own folder dialog: the only source of a path. */
  pickFolder: () => Promise<string | null>;
  now?: () => number;
  platform?: NodeJS.Platform;
}

/**
 * The second backup folder, as main keeps it. A local folder chosen in the dialog is used at once. A
 * network folder is only held, shown to the page, and used once the page answers "confirmed" within a
 * few minutes; main never takes a path from the page, only that yes or no. The stored folder is
 * checked again every time it is used, so a settings file edited by hand cannot slip in an
 * unconfirmed share or a device path.
 */
export function createSecondFolder({
  settings,
  pickFolder,
  now = Date.now,
  platform = process.platform,
}: SecondFolderDeps) {
  let pending: { path: string; until: number } | null = null;

  const setFolder = async (folder: SecondFolder | null) =>
    settings.save({ ...(await settings.load()), secondFolder: folder });

  return {
    /** The folder backups are copied to, or null when none is set or the stored one does not pass. */
    async current(): Promise<SecondFolder | null> {
      const folder = (await settings.load()).secondFolder;
      if (!folder) return null;
      const kind = classifyFolder(folder.path, platform);
      if (kind === 'local') return { path: folder.path, network: false };
      if (kind === 'network' && folder.network) return { path: folder.path, network: true };
      return null;
    },

    async choose(): Promise<SecondFolderChoice> {
      pending = null;
      const chosen = await pickFolder();
      if (!chosen) return { outcome: 'cancelled', path: null };
      const kind = classifyFolder(chosen, platform);
      if (kind === 'refused') return { outcome: 'refused', path: chosen };
      if (kind === 'network') {
        pending = { path: chosen, until: now() + CONFIRM_WITHIN_MS };
        return { outcome: 'confirm-network', path: chosen };
      }
      await setFolder({ path: chosen, network: false });
      return { outcome: 'set', path: chosen };
    },

    /** The administrator's answer about the network folder main last showed; anything else is a no. */
    async confirmNetwork(confirmed: boolean): Promise<{ set: boolean; path: string | null }> {
      const choice = pending;
      pending = null;
      if (!confirmed || !choice || now() > choice.until || classifyFolder(choice.path, platform) !== 'network')
        return { set: false, path: null };
      await setFolder({ path: choice.path, network: true });
      return { set: true, path: choice.path };
    },

    async clear(): Promise<void> {
      pending = null;
      await setFolder(null);
    },
  };
}

export type SecondFolderControl = ReturnType<typeof createSecondFolder>;
