// @ts-check
// Builds the renderer (Vite, into dist/) and the main process and preload (esbuild, into dist-electron/).
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

await build({ logLevel: 'warn' });
const electron = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
process.exit(electron.status ?? 1);
