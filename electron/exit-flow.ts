/** How long main waits for the page's exit backup before quitting without it. */
export const EXIT_BACKUP_TIMEOUT_MS = 15_000;

/** The part of Electron's close and before-quit events this module needs. */
export interface HoldableEvent {
  preventDefault(): void;
}

export interface ExitFlowDeps {
  /** Sends the page the request for its exit backup; false when there is no live page to send it to. */
  requestExitBackup: () => boolean;
  quit: () => void;
  /** Runs `task` after `ms`; the returned function cancels it. */
  after: (ms: number, task: () => void) => () => void;
}

export interface ExitFlow {
  /** For the main window's 'close' event. */
  onWindowClose: (event: HoldableEvent) => void;
  /** For the app's 'before-quit' event: the menu's Quit, Cmd+Q. */
  onBeforeQuit: (event: HoldableEvent) => void;
  /** For the page's quitReady call; tells the page whether the app is now on its way out. */
  onBackupMade: () => boolean;
  /** For the page crashing or its window being destroyed. */
  onRendererGone: () => void;
}

type Phase = 'running' | 'waiting-for-backup' | 'quitting';

/**
 * The way out of the app, whichever door the user takes: closing the window and quitting the app
 * both come here, so the page is asked for its last backup exactly once, and main quits when the
 * page answers, when it can no longer answer, or after EXIT_BACKUP_TIMEOUT_MS at the latest.
 */
export function createExitFlow({ requestExitBackup, quit, after }: ExitFlowDeps): ExitFlow {
  let phase: Phase = 'running';
  let cancelTimeout = (): void => undefined;

  const quitNow = (): void => {
    if (phase === 'quitting') return;
    phase = 'quitting';
    cancelTimeout();
    quit();
  };

  const hold = (event: HoldableEvent): void => {
    // Once the backup is made (or given up on), the close and before-quit that quit() itself
    // causes must go through, or the app would never leave.
    if (phase === 'quitting') return;
    event.preventDefault();
    if (phase === 'waiting-for-backup') return;
    phase = 'waiting-for-backup';
    if (!requestExitBackup()) {
      quitNow();
      return;
    }
    cancelTimeout = after(EXIT_BACKUP_TIMEOUT_MS, quitNow);
  };

  return {
    onWindowClose: hold,
    onBeforeQuit: hold,
    onBackupMade() {
      // An answer nobody asked for is no reason to leave: the user did not ask to quit.
      if (phase === 'running') return false;
      quitNow();
      return true;
    },
    onRendererGone() {
      if (phase === 'waiting-for-backup') quitNow();
    },
  };
}
