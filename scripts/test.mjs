// @ts-check
// `npm test`: every check the project promises, in order, and one last line "N passed, N failed".
// Static checks and the package check count as one test each; unit and e2e tests count one by one.
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * Runs a check with its output held back, so that two checks can share the two cores without
 * interleaving their messages; the output is printed whole when the check ends.
 * @param {string} name @param {string} command @param {string[]} args
 * @returns {Promise<{ name: string; passed: number; failed: number; seconds: number }>}
 */
function checkQuietly(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { shell: windows });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (/** @type {boolean} */ ok) => {
      process.stdout.write(Buffer.concat(output));
      resolve({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${name}: ${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

// The static checks are single-threaded each: two at a time keep both cores busy.
{
  const queue = [
    () => checkQuietly('typecheck', process.execPath, ['scripts/typecheck.mjs']),
    () => checkQuietly('lint', bin('eslint'), ['.', '--max-warnings=0']),
    () => checkQuietly('format', bin('prettier'), ['--check', '.', '--log-level=warn']),
    () => checkQuietly('import cycles', process.execPath, ['scripts/import-cycles.mjs']),
  ];
  /** @type {Awaited<ReturnType<typeof checkQuietly>>[]} */
  const results = [];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await next());
  };
  await Promise.all([lane(), lane()]);
  const order = ['typecheck', 'lint', 'format', 'import cycles'];
  rows.push(...results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)));
}

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
