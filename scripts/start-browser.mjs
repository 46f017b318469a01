// @ts-check
// Whether `npm start` opens the browser build in the default browser, and how. The rule:
//   KELISIM_OPEN_BROWSER=0 never opens one, KELISIM_OPEN_BROWSER=1 always tries;
//   otherwise none is opened under CI (CI set, as CI services and test runners do) or, on Linux and
//   the BSDs, where there is no display (neither DISPLAY nor WAYLAND_DISPLAY set: SSH, containers).
// Opening uses the system's own opener (start on Windows, open on macOS, xdg-open elsewhere): no
// package, no network.
import { spawn as nodeSpawn } from 'node:child_process';

/** @typedef {{ open: true } | { open: false, reason: string }} BrowserDecision */

/** @param {string | undefined} value */
const isOn = (value) => value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
/** @param {string | undefined} value */
const isOff = (value) => value !== undefined && /^(0|false|no|off)$/i.test(value.trim());

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {NodeJS.Platform} platform
 * @returns {BrowserDecision}
 */
export function browserDecision(env, platform) {
  if (isOff(env.KELISIM_OPEN_BROWSER)) return { open: false, reason: 'KELISIM_OPEN_BROWSER=0' };
  if (isOn(env.KELISIM_OPEN_BROWSER)) return { open: true };
  if (env.CI && !isOff(env.CI)) return { open: false, reason: 'CI is set' };
  const hasDisplay = Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
  if (platform !== 'win32' && platform !== 'darwin' && !hasDisplay)
    return { open: false, reason: 'no display: DISPLAY and WAYLAND_DISPLAY are not set' };
  return { open: true };
}

/**
 * @param {NodeJS.Platform} platform
 * @param {string} url
 * @returns {{ command: string, args: string[], windowsVerbatimArguments: boolean }}
 */
export function browserCommand(platform, url) {
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty "".
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url], windowsVerbatimArguments: true };
  if (platform === 'darwin') return { command: 'open', args: [url], windowsVerbatimArguments: false };
  return { command: 'xdg-open', args: [url], windowsVerbatimArguments: false };
}

/**
 * Asks the system to open the URL. Resolves with null once the opener has exited cleanly or is
 * still running after `settleMs` (some openers wait for the browser), or with what went wrong.
 *
 * @param {string} url
 * @param {{ platform?: NodeJS.Platform, spawn?: typeof nodeSpawn, settleMs?: number }} [options]
 * @returns {Promise<string | null>}
 */
export function openInBrowser(url, { platform = process.platform, spawn = nodeSpawn, settleMs = 3000 } = {}) {
  const { command, args, windowsVerbatimArguments } = browserCommand(platform, url);
  return new Promise((resolve) => {
    let settled = false;
    /** @param {string | null} result */
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => settle(null), settleMs);
    try {
      const child = spawn(command, args, {
        stdio: 'ignore',
        detached: true,
        windowsHide: true,
        windowsVerbatimArguments,
      });
      child.on('error', (error) => {
        const code = /** @type {{ code?: unknown }} */ (error).code;
        settle(code === 'ENOENT' ? `${command} was not found` : `${command} failed: ${error.message}`);
      });
      child.on('exit', (code) => settle(code === 0 || code === null ? null : `${command} exited with code ${code}`));
      child.unref();
    } catch (error) {
      settle(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
