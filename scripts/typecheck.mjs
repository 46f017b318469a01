// @ts-check
// Type-checks each world with its own settings: shared/ without DOM or Node, electron/ with Node,
// renderer/ with the DOM, and the scripts, tests and configs at the top.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
let failed = false;
for (const project of ['shared', 'electron', 'renderer', '.']) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
