// @ts-check
// Runs Doyensec's electronegativity over the main-process and preload sources and the built page,
// and fails on any HIGH finding. MEDIUM findings are printed for review: the remaining ones are
// known and explained in SECURITY.md. The check that looks up Electron releases online is left
// out (the build machines reach only the npm registry), so the Electron version is given.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ELECTRON_VERSION = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron;
const work = path.resolve('.electronegativity');
const report = path.join(work, 'report.csv');

if (!existsSync('dist/index.html')) {
  console.error('electronegativity needs a build first: npm run build');
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, 'input'), { recursive: true });
// Tests are left out: they build fake windows and fake IPC on purpose.
for (const file of readdirSync('electron'))
  if (/\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    copyFileSync(path.join('electron', file), path.join(work, 'input', file));
copyFileSync('dist/index.html', path.join(work, 'input', 'index.html'));

const cli = path.join('node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(
  process.execPath,
  [
    cli,
    '-i',
    path.join(work, 'input'),
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-e',
    ELECTRON_VERSION,
    '-o',
    report,
  ],
  { encoding: 'utf8' },
);
if (run.status !== 0 || !existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity did not run');
  process.exit(1);
}

/** @param {string} line */
function fields(line) {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((match) => (match[2] ?? match[1] ?? '').trim());
}
const findings = readFileSync(report, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [check = '', severity = '', confidence = '', file = '', location = ''] = fields(line);
    return { check, severity, confidence, where: `${path.basename(file)}:${location}` };
  });
rmSync(work, { recursive: true, force: true });

for (const finding of findings)
  console.log(
    `  ${finding.severity.padEnd(8)} ${finding.confidence.padEnd(10)} ${finding.check.padEnd(34)} ${finding.where}`,
  );
const high = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL');
if (high.length > 0) {
  console.error(`electronegativity: ${high.length} high finding(s)`);
  process.exit(1);
}
console.log(`electronegativity ok: no high findings (${findings.length} to review, see SECURITY.md)`);
