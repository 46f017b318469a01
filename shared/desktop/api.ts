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
}
