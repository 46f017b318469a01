// @ts-check
// Builds the unpacked application with electron-builder against a stand-in Electron executable
// (the real one cannot be downloaded on the build machines) and checks that the asar holds the
// built application and nothing else.
import { listPackage } from '@electron/asar';
import fuses from '@electron/fuses';
import fuseConstants from '@electron/fuses/dist/constants.js';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
const expectedFuses = [
  [FuseV1Options.RunAsNode, FuseState.DISABLE],
  [FuseV1Options.EnableCookieEncryption, FuseState.ENABLE],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
  [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
  [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
];
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
  `pack:check ok: ${files.length} entries in app.asar, only dist/, dist-electron/ and package.json; fuses set`,
);
