// @ts-check
// `npm start`: build, then open the Electron window. Where the Electron binary is missing and
// cannot be fetched (closed networks, build machines), say so in one line and serve the same
// application in the browser instead. `npm run web` (--web) goes to the browser directly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { preview } from 'vite';

const require = createRequire(import.meta.url);
const webOnly = process.argv.includes('--web');
const port = Number(process.env.KELISIM_PORT ?? 5173);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable, downloading it first where that is allowed; null when unavailable. */
function electronExecutable() {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const installed = () =>
    existsSync(pathFile) && existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')));
  if (installed()) return path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  const download = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return download.status === 0 && installed() ? path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null;
}

run(process.execPath, ['scripts/build.mjs']);

const electron = webOnly ? null : electronExecutable();
if (electron) {
  const child = spawn(electron, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) {
    console.log(
      `Electron binary is not available here, so Kelisim opens in the browser instead: http://127.0.0.1:${port}/`,
    );
  }
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } });
  server.printUrls();
}
