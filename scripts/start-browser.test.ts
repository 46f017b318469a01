import { EventEmitter } from 'node:events';
import type { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { browserCommand, browserDecision, openInBrowser } from './start-browser.mjs';

const desktop = { DISPLAY: ':0' };

describe('whether npm start opens a browser', () => {
  it('opens one on a desktop: Windows, macOS, or Linux with X11 or Wayland', () => {
    expect(browserDecision({}, 'win32')).toEqual({ open: true });
    expect(browserDecision({}, 'darwin')).toEqual({ open: true });
    expect(browserDecision(desktop, 'linux')).toEqual({ open: true });
    expect(browserDecision({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toEqual({ open: true });
  });

  it('does not where there is no display (SSH, containers), and says why', () => {
    expect(browserDecision({}, 'linux')).toEqual({
      open: false,
      reason: 'no display: DISPLAY and WAYLAND_DISPLAY are not set',
    });
    expect(browserDecision({ DISPLAY: ' ' }, 'freebsd')).toMatchObject({ open: false });
  });

  it('does not under CI, wherever it runs', () => {
    expect(browserDecision({ ...desktop, CI: 'true' }, 'linux')).toEqual({ open: false, reason: 'CI is set' });
    expect(browserDecision({ CI: '1' }, 'win32')).toMatchObject({ open: false });
    expect(browserDecision({ ...desktop, CI: 'false' }, 'linux')).toEqual({ open: true });
  });

  it('follows KELISIM_OPEN_BROWSER over everything else', () => {
    expect(browserDecision({ KELISIM_OPEN_BROWSER: '0' }, 'win32')).toEqual({
      open: false,
      reason: 'KELISIM_OPEN_BROWSER=0',
    });
    expect(browserDecision({ ...desktop, KELISIM_OPEN_BROWSER: 'false' }, 'linux')).toMatchObject({ open: false });
    expect(browserDecision({ KELISIM_OPEN_BROWSER: '1', CI: 'true' }, 'linux')).toEqual({ open: true });
  });
});

describe('how the browser is opened', () => {
  const url = 'http://127.0.0.1:5174/';

  it('with the system’s own opener', () => {
    expect(browserCommand('win32', url)).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', url],
      windowsVerbatimArguments: true,
    });
    expect(browserCommand('darwin', url)).toMatchObject({ command: 'open', args: [url] });
    expect(browserCommand('linux', url)).toMatchObject({ command: 'xdg-open', args: [url] });
  });

  /** A child process that does what `behave` makes it do once it has been listened to. */
  function fakeSpawn(behave: (child: EventEmitter) => void) {
    return vi.fn(() => {
      const child = Object.assign(new EventEmitter(), { unref: vi.fn() });
      setTimeout(() => behave(child), 1);
      return child;
    }) as unknown as typeof spawn & ReturnType<typeof vi.fn>;
  }

  it('reports success when the opener exits cleanly, or is still running a moment later', async () => {
    await expect(
      openInBrowser(url, { platform: 'linux', spawn: fakeSpawn((child) => child.emit('exit', 0)) }),
    ).resolves.toBeNull();
    await expect(
      openInBrowser(url, { platform: 'linux', spawn: fakeSpawn(() => undefined), settleMs: 20 }),
    ).resolves.toBeNull();
  });

  it('says what went wrong when there is no opener or it fails, instead of a stack trace', async () => {
    const missing = fakeSpawn((child) =>
      child.emit('error', Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' })),
    );
    await expect(openInBrowser(url, { platform: 'linux', spawn: missing })).resolves.toBe('xdg-open was not found');
    const noBrowser = fakeSpawn((child) => child.emit('exit', 3));
    await expect(openInBrowser(url, { platform: 'linux', spawn: noBrowser })).resolves.toBe(
      'xdg-open exited with code 3',
    );
  });

  it('detaches the opener so that the server’s Ctrl+C does not close the browser', async () => {
    const spawnMock = fakeSpawn((child) => child.emit('exit', 0));
    await openInBrowser(url, { platform: 'win32', spawn: spawnMock });
    expect(spawnMock).toHaveBeenCalledWith(
      'cmd',
      ['/c', 'start', '""', url],
      expect.objectContaining({ detached: true, stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: true }),
    );
  });
});
