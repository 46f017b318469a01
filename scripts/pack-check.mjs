// @ts-check
// Builds the unpacked application with electron-builder against a stand-in Electron executable
// (the real one cannot be downloaded on the build machines) and checks that the asar holds the
// built application and nothing else, and that the fuses are flipped as scripts/fuse-policy.mjs says.
//
// What this does not prove: the build is for Linux and the executable is a stand-in carrying
// Electron's fuse wire, so the fuses read back are those electron-builder flips from the same
// electron-builder.yml, not those of the Windows Kelisim.exe itself. What it does check is that
// electron-builder.yml, which `npm run dist:win` packages with, holds the policy; reading the real
// .exe back is a release step (SECURITY.md).
import { listPackage } from '@electron/asar';
import fuses from '@electron/fuses';
import fuseConstants from '@electron/fuses/dist/constants.js';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builderFuses, FUSE_OPTION_NAMES, FUSE_POLICY, fuseDifferences } from './fuse-policy.mjs';

const { FuseV1Options, getCurrentFuseWire } = fuses;
const { FuseState, SENTINEL } = fuseConstants;

const work = path.resolve('.pack-check');
const electronDist = path.join(work, 'electron-dist');
const output = path.join(work, 'out');
rmSync(work, { recursive: true, force: true });
mkdirSync(electronDist, { recursive: true });
// The stand-in carries a fuse wire in Electron's layout (sentinel, version 1, eight fuses at their
// Electron defaults) so that electron-builder flips it exactly as it would the real executable.
const DEFAULT_WIRE = '10110001';
writeFileSync(
  path.join(electronDist, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE, 'latin1'),
  ]),
);
chmodSync(path.join(electronDist, 'electron'), 0o755);

if (!existsSync('dist/index.html') || !existsSync('dist-electron/main.cjs')) {
  console.error('pack:check needs a build first: npm run build');
  process.exit(1);
}

const configured = fuseDifferences(builderFuses(readFileSync('electron-builder.yml', 'utf8')));
if (configured.length > 0) {
  console.error(configured.join('\n'));
  process.exit(1);
}

const builder = spawnSync(
  process.execPath,
  [
    'node_modules/electron-builder/cli.js',
    '--dir',
    '--linux',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
);
if (builder.status !== 0) {
  console.error(builder.stdout, builder.stderr);
  console.error('electron-builder failed');
  process.exit(1);
}

const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
const problems = [];
/** @param {string} file */
const allowed = (file) =>
  file === '/package.json' || file === '/dist' || file === '/dist-electron' || /^\/(dist|dist-electron)\//.test(file);
for (const file of files) if (!allowed(file)) problems.push(`unexpected in asar: ${file}`);
for (const required of ['/package.json', '/dist/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs'])
  if (!files.includes(required)) problems.push(`missing from asar: ${required}`);
for (const file of files) {
  if (/node_modules|\.map$|\.tsx?$|\.test\.|\/e2e\//.test(file))
    problems.push(`source, test or library in asar: ${file}`);
}

const executable = path.join(output, 'linux-unpacked', 'kelisim');
const wire = await getCurrentFuseWire(executable);
/** @type {[number, number][]} */
const expectedFuses = Object.entries(FUSE_POLICY).map(([name, enabled]) => [
  FuseV1Options[
    /** @type {keyof typeof FuseV1Options} */ (FUSE_OPTION_NAMES[/** @type {keyof typeof FUSE_OPTION_NAMES} */ (name)])
  ],
  enabled ? FuseState.ENABLE : FuseState.DISABLE,
]);
for (const [fuse, state] of expectedFuses) {
  const actual = /** @type {Record<number, number | undefined>} */ (wire)[fuse];
  if (actual !== state) problems.push(`fuse ${FuseV1Options[fuse]} is ${actual}, expected ${state}`);
}

rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `pack:check ok: ${files.length} entries in app.asar, only dist/, dist-electron/ and package.json; ` +
    'fuses set as electron-builder.yml and scripts/fuse-policy.mjs say (read from the Linux stand-in build)',
);
