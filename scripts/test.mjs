// @ts-check
// `npm test`: every check the project promises, in order, and one last line "N passed, N failed".
// Static checks and the package check count as one test each; unit and e2e tests count one by one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const windows = process.platform === 'win32';
/** @param {string} name */
const bin = (name) => path.join('node_modules', '.bin', windows ? `${name}.cmd` : name);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: windows });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

/** @type {{ name: string; passed: number; failed: number; seconds: number }[]} */
const rows = [];
/** @param {string} name @param {string} command @param {string[]} args */
const check = (name, command, args) => {
  const { ok, seconds } = run(command, args);
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
};

check('typecheck', process.execPath, ['scripts/typecheck.mjs']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.', '--log-level=warn']);
check('import cycles', process.execPath, ['scripts/import-cycles.mjs']);

{
  const { ok, seconds } = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]);
  const report = readJson('test-results/unit.json');
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (report ? 0 : 1);
  rows.push({ name: 'unit tests', passed, failed: ok || failed > 0 ? failed : 1, seconds });
}

const built = check('build', process.execPath, ['scripts/build.mjs']);

if (built) {
  check('package check', process.execPath, ['scripts/pack-check.mjs']);
  check('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);
  const { ok, seconds } = run(bin('playwright'), ['test']);
  const stats = readJson('test-results/e2e.json')?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (stats ? 0 : 1);
  rows.push({ name: 'e2e tests', passed, failed: ok || failed > 0 ? failed : 1, seconds });
} else {
  rows.push({ name: 'package check (not run: build failed)', passed: 0, failed: 1, seconds: 0 });
  rows.push({ name: 'electronegativity (not run: build failed)', passed: 0, failed: 1, seconds: 0 });
  rows.push({ name: 'e2e tests (not run: build failed)', passed: 0, failed: 1, seconds: 0 });
}

const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log('\nSummary');
for (const row of rows) {
  const mark = row.failed === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `  ${mark} ${row.name.padEnd(40)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed  ${row.seconds.toFixed(0)} s`,
  );
}
if (!existsSync('test-results/screenshots')) console.log('  (no screenshots were saved)');
else console.log('  screenshots: test-results/screenshots/');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
