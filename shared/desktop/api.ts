import type { Language } from '../i18n/languages';
import type { MenuCommand } from '../ipc/contract';

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

/**
 * What the application asks of the machine it runs on. The desktop build answers through
 * the preload and the main process; the browser build with downloads, a file input and print.
 */
export interface DesktopApi {
  readonly runtime: 'desktop' | 'browser';
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  printToPdf(suggestedName: string, landscape: boolean): Promise<SaveResult>;
  /** False where there is no folder to open (the browser keeps backups as downloads). */
  openBackupsFolder(): Promise<boolean>;
  appVersion(): Promise<string>;
  setLanguage(language: Language): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves a backup: into the backups folder (and the second folder) on the desktop, as a download in a browser. */
  writeBackup(
    fileName: string,
    data: Uint8Array,
    secondFolder?: string,
  ): Promise<SaveResult & { copiedToSecondFolder: boolean }>;
  /** Backups kept on this PC, newest first (none in a browser: they are downloads). */
  listBackups(): Promise<{ name: string; size: number; createdAt: string }[]>;
  readBackup(name: string): Promise<Uint8Array | null>;
  readManifest(): Promise<string | null>;
  writeManifest(text: string): Promise<void>;
  chooseFolder(): Promise<string | null>;
  /** Opens an https link in the system browser; false when the link is refused (see external-link.ts). */
  openExternal(url: string): Promise<boolean>;
  /** Windows locked the screen or went to sleep. */
  onSystemLock(listener: () => void): () => void;
  /** The application is closing: write the last backup, then call quitReady. */
  onBeforeQuit(listener: () => void): () => void;
  quitReady(): Promise<void>;
}
