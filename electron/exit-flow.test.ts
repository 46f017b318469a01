import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExitFlow, EXIT_BACKUP_TIMEOUT_MS, type HoldableEvent } from './exit-flow';

/** The exit flow as main wires it, with a page that is alive (or not) and timers vitest controls. */
function desktop({ pageAlive = true } = {}) {
  const requestExitBackup = vi.fn(() => pageAlive);
  const quit = vi.fn();
  const flow = createExitFlow({
    requestExitBackup,
    quit,
    after: (ms, task) => {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
  });
  return { flow, requestExitBackup, quit };
}

/** Whether the listener held back the close or quit that Electron told it about. */
function held(listener: (event: HoldableEvent) => void): boolean {
  let prevented = false;
  listener({ preventDefault: () => (prevented = true) });
  return prevented;
}

describe('exit flow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the closing window, asks the page for its backup, and quits once the page answers', () => {
    const { flow, requestExitBackup, quit } = desktop();
    expect(held(flow.onWindowClose)).toBe(true);
    expect(requestExitBackup).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    expect(flow.onBackupMade()).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
    // quit() makes Electron emit before-quit and close the window again; now both must go through.
    expect(held(flow.onBeforeQuit)).toBe(false);
    expect(held(flow.onWindowClose)).toBe(false);
    vi.advanceTimersByTime(EXIT_BACKUP_TIMEOUT_MS);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('asks for one backup when the window is closed twice while it is being made', () => {
    const { flow, requestExitBackup, quit } = desktop();
    expect(held(flow.onWindowClose)).toBe(true);
    expect(held(flow.onWindowClose)).toBe(true);
    expect(requestExitBackup).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    flow.onBackupMade();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits after the timeout when the page never answers, and only once', () => {
    const { flow, quit } = desktop();
    held(flow.onWindowClose);
    vi.advanceTimersByTime(EXIT_BACKUP_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledTimes(1);

    expect(flow.onBackupMade()).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('takes the same way out when quitting from the menu, whichever door is tried next', () => {
    const { flow, requestExitBackup, quit } = desktop();
    expect(held(flow.onBeforeQuit)).toBe(true);
    expect(held(flow.onWindowClose)).toBe(true);
    expect(held(flow.onBeforeQuit)).toBe(true);
    expect(requestExitBackup).toHaveBeenCalledTimes(1);

    flow.onBackupMade();
    expect(quit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(EXIT_BACKUP_TIMEOUT_MS);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once when the page has crashed before the window is closed', () => {
    const { flow, quit } = desktop({ pageAlive: false });
    flow.onRendererGone();
    expect(quit).not.toHaveBeenCalled();

    expect(held(flow.onWindowClose)).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(held(flow.onBeforeQuit)).toBe(false);
    expect(held(flow.onWindowClose)).toBe(false);
  });

  it('quits at once when the page crashes or its window is destroyed while the backup is being made', () => {
    const { flow, quit } = desktop();
    held(flow.onBeforeQuit);
    flow.onRendererGone();
    expect(quit).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(EXIT_BACKUP_TIMEOUT_MS);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('does not quit on an answer nobody asked for', () => {
    const { flow, quit } = desktop();
    expect(flow.onBackupMade()).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });
});
