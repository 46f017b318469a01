import type { BackupReasonName } from '../backup/backup-names';
import type { Language } from '../i18n/languages';
import type { BackupWriteProblem, MenuCommand } from '../ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveResult {
  saved: boolean;
  fileName?: string;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export type BackupWriteResult =
  | { saved: true; fileName: string; secondFolder: 'not-set' | 'copied' | BackupWriteProblem }
  | { saved: false; problem: BackupWriteProblem };

export interface StoredBackupInfo {
  name: string;
  size: number;
  /** As the file's name says; the header's own time is in `head`. */
  createdAt: string;
  /** The file's first bytes, through its header. */
  head: Uint8Array;
}

export interface SecondFolderInfo {
  path: string;
  network: boolean;
}

export type SecondFolderChoice = {
  outcome: 'cancelled' | 'set' | 'confirm-network' | 'refused';
  path: string | null;
};

/**
 * What the application asks of the machine it runs on. The desktop build answers through
 * the preload and the main process; the browser build with downloads, a file input and print.
 */
export interface DesktopApi {
  readonly runtime: 'desktop' | 'browser';
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Saves the page as PDF; on the desktop, with the SHA-256 of the file written. */
  printToPdf(suggestedName: string, landscape: boolean): Promise<SaveResult & { sha256?: string }>;
  /** False where there is no folder to open (the browser keeps backups as downloads). */
  openBackupsFolder(): Promise<boolean>;
  appVersion(): Promise<string>;
  setLanguage(language: Language): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Saves a backup: on the desktop main names it and writes it into the backups folder and the second
   * folder it keeps; in a browser it is a download.
   */
  writeBackup(reason: BackupReasonName, data: Uint8Array): Promise<BackupWriteResult>;
  /** Backups kept on this PC, newest name first (none in a browser: they are downloads). */
  listBackups(): Promise<StoredBackupInfo[]>;
  readBackup(name: string): Promise<Uint8Array | null>;
  readManifest(): Promise<string | null>;
  writeManifest(text: string): Promise<void>;
  /** The second backup folder main keeps (null when none, and always in a browser). */
  secondFolder(): Promise<SecondFolderInfo | null>;
  /** Main's folder dialog; a network folder is only held until confirmNetworkFolder. */
  chooseSecondFolder(): Promise<SecondFolderChoice>;
  confirmNetworkFolder(confirmed: boolean): Promise<{ set: boolean; path: string | null }>;
  clearSecondFolder(): Promise<void>;
  /** Opens an https link in the system browser; false when the link is refused (see external-link.ts). */
  openExternal(url: string): Promise<boolean>;
  /** Windows locked the screen or went to sleep. */
  onSystemLock(listener: () => void): () => void;
  /** The application is closing: write the last backup, then call quitReady. */
  onBeforeQuit(listener: () => void): () => void;
  quitReady(): Promise<void>;
  /**
   * The installation's audit key (32 bytes), which links the audit log by HMAC. The desktop keeps it
   * encrypted with the Windows account (safeStorage) outside the database; a browser keeps it in its
   * local storage, beside the database, where it protects nothing.
   */
  auditKey(): Promise<Uint8Array>;
  /**
   * The one office server the page may connect to (an origin), or none. It takes effect when the
   * page loads again: a page's connection policy can be narrowed while it runs, never widened.
   */
  allowSyncServer(origin: string | null): Promise<void>;
  /**
   * A secret kept on this PC only, unreadable elsewhere: the desktop encrypts it with the Windows
   * account (safeStorage); a browser with a key of its own that no script can read out.
   */
  protectSecret(text: string): Promise<string>;
  /** The secret back, or null when it cannot be opened here (another PC, another Windows account). */
  unprotectSecret(sealed: string): Promise<string | null>;
}
