import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupWriteProblem } from '../shared/ipc/contract';
import type { Language } from '../shared/i18n/languages';
import { resources } from '../shared/i18n/resources';
import { writeProblemOf } from './backup-store';

/** The folder beside the portable executable that holds everything the portable build keeps. */
export const PORTABLE_DATA_FOLDER = 'data';

export type DataLocation =
  /** The installed build: Electron's own userData, %APPDATA%\Kelisim on Windows. */
  | { kind: 'default' }
  | { kind: 'portable'; folder: string }
  /** The portable build whose folder cannot be written: it stops and says so. */
  | { kind: 'portable-unwritable'; folder: string; problem: BackupWriteProblem };

/** Tries to create the folder and write a file in it; the problem, or null when it can be written. */
export type FolderProbe = (folder: string) => BackupWriteProblem | null;

export const probeFolder: FolderProbe = (folder) => {
  const probe = path.join(folder, `.kelisim-write-check-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, 'kelisim', { flag: 'w' });
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return writeProblemOf(error);
  }
};

/**
 * Where the profile lives: the database, window and language files, the audit key, the manifest
 * and the backups folder all sit under userData. electron-builder's portable executable unpacks the
 * application into a temporary folder and starts it with PORTABLE_EXECUTABLE_DIR naming the folder
 * the .exe is in; the portable build then keeps everything in `data` beside the .exe, so that it
 * goes where the flash drive goes. The installed (NSIS) build never has that variable.
 *
 * A portable folder that cannot be written is reported, not replaced by %APPDATA%: falling back
 * would leave the office's personal data on whatever PC the drive was plugged into, and the next
 * start from a writable drive would show other data, or none.
 */
export function chooseDataLocation(env: NodeJS.ProcessEnv, probe: FolderProbe = probeFolder): DataLocation {
  const exeDir = env.PORTABLE_EXECUTABLE_DIR?.trim();
  if (!exeDir) return { kind: 'default' };
  const folder = path.resolve(exeDir, PORTABLE_DATA_FOLDER);
  const problem = probe(folder);
  return problem ? { kind: 'portable-unwritable', folder, problem } : { kind: 'portable', folder };
}

/** The part of Electron's app this needs, so a test can hand it a fake. */
export interface PathSetter {
  setPath(name: 'userData' | 'sessionData', folder: string): void;
}

/**
 * Points userData, and the session's storage (IndexedDB, local storage, caches), at the portable
 * folder. Must run before app is ready and before anything reads userData: the single-instance lock
 * is keyed by it, so an installed and a portable Kelisim may run side by side.
 */
export function applyDataLocation(location: DataLocation, app: PathSetter): void {
  if (location.kind !== 'portable') return;
  app.setPath('userData', location.folder);
  app.setPath('sessionData', location.folder);
}

/**
 * The message shown before quitting when the portable folder cannot be written. The interface
 * language is kept in that very folder, so the message comes in Russian and in Kazakh.
 */
export function unwritableDataMessage(folder: string, problem: BackupWriteProblem): { title: string; body: string } {
  const text = (language: Language) => {
    const portable = resources[language].portable;
    return portable.unwritable.replace('{{folder}}', folder).replace('{{reason}}', portable.reasons[problem]);
  };
  return {
    title: `${resources.ru.portable.unwritableTitle} / ${resources.kk.portable.unwritableTitle}`,
    body: `${text('ru')}\n\n${text('kk')}`,
  };
}
