// @ts-check
// `npm start`: build, then open the Electron window. Where the Electron binary is missing and
// cannot be fetched (closed networks, build machines), say so in one line and serve the same
// application in the browser instead, opened in the default browser (see start-browser.mjs for
// when it is not). `npm run web` (--web) goes to the browser directly. The port is KELISIM_PORT,
// or 5173 or the next free one (start-port.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { preview } from 'vite';
import { browserDecision, openInBrowser } from './start-browser.mjs';
import { listenOnFreePort, requestedPort } from './start-port.mjs';

const require = createRequire(import.meta.url);
const webOnly = process.argv.includes('--web');
const HOST = '127.0.0.1';

/** @param {string} line @returns {never} */
function fail(line) {
  console.error(line);
  process.exit(1);
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The Electron executable, downloading it first unless ELECTRON_SKIP_BINARY_DOWNLOAD is set, or
 * why there is none. The electron package has no install script: `npm install` never fetches the
 * binary; it is downloaded from GitHub on first use.
 * @returns {{ executable: string } | { missing: string }}
 */
function electronExecutable() {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = () => {
    const file = existsSync(pathFile) ? path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null;
    return file && existsSync(file) ? file : null;
  };
  const present = executable();
  if (present) return { executable: present };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { missing: 'The Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  console.log(`Downloading the Electron ${version} binary from GitHub (kept in node_modules once it is there)…`);
  const download = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  const downloaded = download.status === 0 ? executable() : null;
  return downloaded ? { executable: downloaded } : { missing: 'The Electron binary could not be downloaded here' };
}

const wanted = requestedPort(process.env);
if ('error' in wanted) fail(wanted.error);

run(process.execPath, ['scripts/build.mjs']);

const electron = webOnly ? null : electronExecutable();
if (electron && 'executable' in electron) {
  const child = spawn(electron.executable, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const served = await listenOnFreePort({
    ...wanted,
    listen: (port) => preview({ preview: { host: HOST, port, strictPort: true, open: false } }),
  }).catch((error) => fail(error instanceof Error ? error.message : String(error)));
  const url = `http://${HOST}:${served.port}/`;
  if (served.note) console.log(served.note);
  console.log(
    electron
      ? `${electron.missing}, so Kelisim is served in the browser instead: ${url}`
      : `Kelisim is served at ${url}`,
  );
  const decision = browserDecision(process.env, process.platform);
  if (!decision.open) {
    console.log(`No browser opened (${decision.reason}): open ${url} yourself. Ctrl+C stops the server.`);
  } else {
    const problem = await openInBrowser(url);
    console.log(
      problem
        ? `Could not open a browser (${problem}): open ${url} yourself. Ctrl+C stops the server.`
        : `Opened in the default browser. Ctrl+C stops the server.`,
    );
  }
}
