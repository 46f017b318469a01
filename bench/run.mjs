// @ts-check
// `npm run bench`: builds the application with a benchmark page beside it, fills a fresh database in
// headless Chromium with the demo generator, and measures each operation against the bare library
// doing the same essential work (its floor). Prints a table, writes bench/results.json, and with
// --check exits non-zero when a budget in bench/budgets.json is exceeded.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { startSyncTestServer } from '../scripts/sync-test-server.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [10_000, 100_000];
// Sync's part takes about half an hour at 100,000 people (the first sync both ways and its floors, on a
// shared 2-core machine): a run without --sizes measures it at 10,000 only; --sizes chooses for it too.
const syncSizes = sizesArg ? sizes : [10_000];
// Only the database's fill and the sync part, for working on sync.
const syncOnly = args.includes('--sync-only');
// A CPU profile of one bench step (e.g. --profile=syncJoin), with the build unminified so that the
// profile names functions: written to bench/<step>.cpuprofile and summarised by self time.
const profiledStep = args.find((arg) => arg.startsWith('--profile='))?.slice(10);
// Only the database's fill and search as you type, for working on search.
const searchOnly = args.includes('--search-only');
// Only the fill and the authority's form filled, for working on forms.
const formsOnly = args.includes('--forms-only');
// Only the fill and the plan, publications and coverage steps, for working on them.
const planOnly = args.includes('--plan-only');
// Only the fill and the application's screens (cold open, people list, card, month view), for working on them.
const screensOnly = args.includes('--screens-only');
const EDITS = 7;
const IMPORT_ROWS = Number(args.find((arg) => arg.startsWith('--import-rows='))?.slice(14) ?? 50_000);
const QUERIES = [
  'ахметов',
  'сейит',
  'жакып',
  'оспан',
  'нурлан',
  'иванов',
  'ким м',
  'касым',
  'омаров',
  'юсупов',
  'сушанло',
  'пак в',
  'мамедов',
  'кудайберген',
  'смирн',
  '8701',
  '+7 777',
  '900101',
  '850731',
  'айгул',
  // Latin queries for Cyrillic names: passport (ICAO), Kazakh Latin 2021, Russian translit.
  'zhakyp',
  'qasym',
  'akhmetov',
  'abdirakhman',
  'kudaibergen',
  'shevchenko',
  'tsoi',
  'yusupov',
  'iusupov',
  'khasanov',
  'ilyasov',
  'ospanov n',
  'ivanov s',
  'şmidt',
];

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  /** @param {number} q */
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    runs: values.length,
  };
}

/** @param {number} ms */
const fmt = (ms) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`) : '—');

console.log('building the application with the benchmark page…');
await build({
  configFile: 'bench/vite.config.ts',
  logLevel: 'warn',
  ...(profiledStep ? { build: { minify: false } } : {}),
});
const server = await preview({
  configFile: 'bench/vite.config.ts',
  preview: { host: '127.0.0.1', port: 4329, strictPort: true },
});
const base = 'http://127.0.0.1:4329';
// The office server the sync part replicates through: the tests' CouchDB-compatible server, on
// this machine, letting the bench page's origin in as CouchDB's CORS settings would.
const syncServer = await startSyncTestServer({ corsOrigins: [base] });
const SYNC_ACCOUNT = { name: 'district-314', password: 'bench-sync-password' };
await syncServer.addAccount(SYNC_ACCOUNT.name, SYNC_ACCOUNT.password);
/** An office database on the server with the office's account as its only member. @param {string} name */
async function officeDatabase(name) {
  await syncServer.officeDatabase(name, [SYNC_ACCOUNT.name]);
  return name;
}
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];
/**
 * A browser with an on-disk profile, as the application's Electron window has: an incognito
 * context's storage quota is a small share of memory, and at 100,000 people the sync part (two
 * PCs' databases and replicas in one origin) ran out of it with QuotaExceededError. The profile
 * is removed when the context closes.
 */
async function openProfile(profile = mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-profile-'))) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BROWSER_ARGS,
    viewport: { width: 1366, height: 860 },
    timezoneId: 'Asia/Almaty',
  });
  const close = context.close.bind(context);
  return Object.assign(context, {
    close: async () => {
      await close();
      rmSync(profile, { recursive: true, force: true });
    },
    /** The browser closed and started again on the same profile, as the application is started again. */
    restart: async () => {
      await close();
      return openProfile(profile);
    },
  });
}

/** @type {Record<string, any>[]} */
const results = [];
/** @param {string} size @param {string} operation @param {{samples:number[], floor?:number[], extra?:Record<string, number>}} timing @param {string} [unit] */
function record(size, operation, timing, unit = 'ms') {
  const ours = stats(timing.samples);
  const floor = timing.floor ? stats(timing.floor) : null;
  const row = {
    size,
    operation,
    unit,
    median: ours.median,
    p95: ours.p95,
    spread: [ours.min, ours.max],
    runs: ours.runs,
    floor: floor?.median ?? null,
    ratio: floor && floor.median > 0 ? ours.median / floor.median : null,
    extra: timing.extra ?? {},
  };
  results.push(row);
  const ratio = row.ratio === null ? '' : `×${row.ratio.toFixed(2)}`;
  const value =
    unit === 'MB' ? `${row.median.toFixed(0)} MB` : unit === '%' ? `${row.median.toFixed(1)} %` : fmt(row.median);
  console.log(
    `  ${operation.padEnd(44)} ${value.padStart(10)}  p95 ${unit === 'ms' ? fmt(row.p95).padStart(9) : '—'.padStart(9)}  floor ${floor ? (unit === '%' ? `${floor.median.toFixed(1)} %` : fmt(floor.median)).padStart(9) : '—'.padStart(9)} ${ratio}`,
  );
}

/** @param {Record<string, unknown>} extra */
function printStages(extra) {
  console.log(
    `    stages: ${Object.entries(extra)
      .map(([key, value]) => `${key} ${typeof value === 'number' && key.endsWith('Ms') ? fmt(value) : value}`)
      .join(', ')}`,
  );
}

/** @param {import('@playwright/test').BrowserContext} context @param {number} rows @returns {Promise<number[]>} */
async function scrollFloor(context, rows) {
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><div id="v" style="height:530px;overflow-y:auto;contain:strict;font:14px sans-serif"><div id="c" style="height:${rows * 36}px;position:relative"></div></div>`,
  );
  const deltas = await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const viewport = /** @type {HTMLElement} */ (document.getElementById('v'));
        const content = /** @type {HTMLElement} */ (document.getElementById('c'));
        /** @type {number[]} */
        const result = [];
        let last = performance.now();
        const step = () => {
          const time = performance.now();
          result.push(time - last);
          last = time;
          if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 2) return resolve(result.slice(1));
          viewport.scrollTop += 2400;
          const first = Math.floor(viewport.scrollTop / 36);
          let html = '';
          for (let index = first; index < Math.min(first + 30, count); index++)
            html += `<div style="position:absolute;top:${index * 36}px;height:36px;left:0;right:0;display:grid;grid-template-columns:2fr 130px 110px 160px"><span>Фамилия Имя Отчество ${index}</span><span>900101300126</span><span>01.01.1990</span><span>+7 701 123 45 67</span></div>`;
          content.innerHTML = html;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    rows,
  );
  await page.close();
  return /** @type {number[]} */ (deltas);
}

/** @param {number} bytes */
const megabytes = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * Runs one step under the browser's sampling profiler and prints where its main thread spent the
 * time, by function, for the work on a step that misses its budget.
 * @template T @param {import('@playwright/test').Page} page @param {string} name @param {() => Promise<T>} step
 */
async function profiled(page, name, step) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const result = await step();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`bench/${name}.cpuprofile`, JSON.stringify(profile));
  const deltas = profile.timeDeltas ?? [];
  /** @type {Map<number, number>} */
  const selfMs = new Map();
  (profile.samples ?? []).forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[index] ?? 0) / 1000));
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`    profile of ${name}: ${(total / 1000).toFixed(1)} s sampled, by self time:`);
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`      ${(ms / 1000).toFixed(2).padStart(7)} s  ${key}`);
  return result;
}

/**
 * Sync through the office server: the office's first sync (the first PC uploading, a second PC
 * joining and downloading) against bare PouchDB moving the same documents, then one edit travelling
 * from one PC to the other while both engines run, and what sync adds to a local change.
 * @param {string} label @param {(name: string, ...params: unknown[]) => Promise<any>} call
 */
async function measureSync(label, call) {
  const stamp = Date.now();
  const floorDatabase = await officeDatabase(`kelisim_bench_floor_${stamp}`);
  const server = { url: syncServer.url, account: SYNC_ACCOUNT, ours: '', floor: floorDatabase };
  const floor = await call('syncFloor', server);
  // One database on the in-memory server at a time: 100,000 people make about 300,000 documents.
  await syncServer.admin('DELETE', `/${floorDatabase}`);
  server.ours = await officeDatabase(`kelisim_bench_office_${stamp}`);
  const upload = await call('syncUpload', server);
  record(label, `first sync: first PC uploads (${upload.docs} records)`, {
    samples: [upload.uploadMs],
    floor: [floor.uploadMs],
    extra: upload,
  });
  printStages({
    noteMs: upload.noteMs,
    pushMs: upload.pushMs,
    replicateMs: upload.replicateMs,
    confirmMs: upload.confirmMs,
    'floor bulkDocsMs': floor.bulkMs,
    'floor replicateMs': floor.replicateUpMs,
    'then its own documents back (untimed) settleMs': upload.settleMs,
  });
  const join = await call('syncJoin', server);
  record(label, `first sync: a joining PC downloads (${join.records} records)`, {
    samples: [join.downloadMs],
    floor: [floor.downloadMs],
    extra: join,
  });
  printStages({ 'in its replica after replicatedMs': join.replicatedMs });
  record(label, 'one edit reaching the other PC', await call('syncEdits', server, EDITS));
  record(label, 'a person saved, sync on (floor: sync off)', await call('syncLocalCost', 1_000));
  await call('syncCleanup');
  await syncServer.admin('DELETE', `/${server.ours}`);
  console.log(
    `    storage: documents ${megabytes(floor.documentBytes)} of JSON (records ${megabytes(floor.recordBytes)}); ` +
      `the first PC's replica and bookkeeping ${megabytes(upload.syncStorageBytes)}; ` +
      `a joining PC's Dexie, replica and bookkeeping ${megabytes(join.joinedStorageBytes)}; bare PouchDB's replica ${megabytes(floor.bareReplicaBytes)}`,
  );
  syncStorage.push({
    size: label,
    ...floor,
    syncStorageBytes: upload.syncStorageBytes,
    joinedStorageBytes: join.joinedStorageBytes,
  });
}
/** @type {Record<string, unknown>[]} */
const syncStorage = [];

/**
 * The plan, publications and coverage of issue 22 on the demo's year (a plan of 200 items and
 * 5,000 publications at 100,000 people).
 * @param {string} label @param {(name: string, ...params: unknown[]) => Promise<any>} call
 */
async function measurePlanWork(label, call) {
  const plan = await call('planPage', 7);
  record(label, `plan page: items with statuses and linked events (${plan.extra.items} items)`, plan);
  const publications = await call('publicationsOfYear', 7);
  record(label, `publications of the year, counted (${publications.extra.count})`, publications);
  const coverage = await call('coverageOfYear', 5);
  record(label, `coverage of the population over the year (${coverage.extra.settlements} settlements)`, coverage);
}

/** The bench page in a browser. @param {import('@playwright/test').BrowserContext} context */
async function openBenchPage(context) {
  const bench = context.pages()[0] ?? (await context.newPage());
  // Long runs say how far they are (bench-sync.ts's join), so that a slow step shows where it is.
  bench.on('console', (message) => {
    if (message.text().startsWith('bench: ')) console.log(`    ${message.text()}`);
  });
  await bench.goto(`${base}/bench/index.html`);
  await bench.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return bench;
}

for (const size of sizes) {
  const label = `${size.toLocaleString('en').replace(/,/g, ' ')} people`;
  console.log(`\n${label}`);
  let context = await openProfile();
  let bench = await openBenchPage(context);
  /** @param {string} name @param {unknown[]} params @returns {Promise<any>} */
  const evaluate = (/** @type {string} */ name, /** @type {unknown[]} */ params) =>
    bench.evaluate(
      (/** @type {{ fn: string; rest: unknown[] }} */ { fn, rest }) =>
        /** @type {any} */ (window).kelisimBench[fn](...rest),
      { fn: name, rest: params },
    );
  /** @param {string} name @param {unknown[]} params @returns {Promise<any>} */
  const call = (name, ...params) =>
    name === profiledStep ? profiled(bench, name, () => evaluate(name, params)) : evaluate(name, params);

  /**
   * Loads the application and signs in as the bench's operator. Returns the time the sign-in screen
   * took to appear and the time from pressing "sign in" to the dashboard's figures.
   * @param {import('@playwright/test').Page} page @param {string} url
   */
  const openSignedIn = async (page, url) => {
    await page.goto(url);
    await page.getByTestId('sign-in-login').waitFor();
    const screenReady = await page.evaluate(() => performance.now());
    await page.getByTestId('sign-in-login').fill('bench');
    await page.getByTestId('sign-in-password').fill('bench-password-2026');
    const toPaint = await page.evaluate(
      (/** @type {boolean} */ dashboard) =>
        new Promise((resolve) => {
          const started = performance.now();
          /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="sign-in-submit"]'))?.click();
          const poll = () => {
            const value = document.querySelector('[data-testid="stat-people-value"]')?.textContent;
            const shell = document.querySelector('[data-testid="office-name"]');
            if (shell && (!dashboard || (value !== undefined && value !== '…'))) resolve(performance.now() - started);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      url.endsWith('#/'),
    );
    return screenReady + /** @type {number} */ (toPaint);
  };

  await call('reset');
  const emptyUsage = await call('storageUsage');
  const filled = await call('fill', size);
  record(
    label,
    `fill database (${filled.extra.people} people, ${filled.extra.events} events, ${filled.extra.receptions} receptions)`,
    filled,
  );
  console.log(
    `    storage after the fill (Dexie and the fill's floor copy): ${megabytes((await call('storageUsage')) - emptyUsage)}`,
  );
  if (syncOnly) {
    if (syncSizes.includes(size)) await measureSync(label, call);
    await context.close();
    continue;
  }
  if (formsOnly) {
    const form = await call('formFill', 9);
    record(label, `authority form filled (${form.extra.cells} cells)`, form);
    await context.close();
    continue;
  }
  if (planOnly) {
    await measurePlanWork(label, call);
    await context.close();
    continue;
  }
  if (!screensOnly) {
    record(label, 'search as you type, per keystroke', await call('search', QUERIES));
    if (searchOnly) {
      await context.close();
      continue;
    }
    const card = await call('associationCard', 5);
    record(label, `association members query (${card.extra.members} members)`, card);
  }

  // The screens as after the application is started again: the browser that has just written the
  // fill (about 350 MB at 100,000 people) still compacts its storage for minutes, which the first opens
  // after it pay for (reported apart below); an office meets that after a big import or a first sync.
  const afterFill = await context.newPage();
  const firstOpen = await openSignedIn(afterFill, `${base}/renderer/index.html?afterFill#/`);
  record(label, 'first open right after the fill, before a restart', { samples: [firstOpen] });
  await afterFill.close();
  context = await context.restart();
  bench = await openBenchPage(context);
  await call('resume');
  const app = await context.newPage();
  /** A screen's step, profiled when --profile= names it. @param {string} name @param {() => Promise<any>} step */
  const screenStep = (name, step) => (name === profiledStep ? profiled(app, name, step) : step());
  const paint = [];
  for (let run = 0; run < 3; run++) {
    paint.push(await openSignedIn(app, `${base}/renderer/index.html?paint=${run}#/`));
  }
  record(label, 'cold open and first dashboard paint', { samples: paint });

  const peopleOpen = [];
  for (let run = 0; run < 3; run++) {
    // A full page load each time (the query string differs), then the tab is opened and timed.
    await openSignedIn(app, `${base}/renderer/index.html?run=${run}#/registry/associations`);
    // The registry as a user sees it before choosing: the associations listed with their members.
    await app.locator('[data-testid="associations-count"][data-loaded="true"]').waitFor();
    peopleOpen.push(
      await screenStep('peopleList', () =>
        app.evaluate(
          () =>
            new Promise((resolve) => {
              const started = performance.now();
              /** @type {HTMLElement | null} */ (
                document.querySelector('[data-testid="registry-tab-people"]')
              )?.click();
              const poll = () => {
                const row = document.querySelector('[data-testid="person-row"] span');
                if (row && row.textContent && row.textContent !== '…') resolve(performance.now() - started);
                else requestAnimationFrame(poll);
              };
              poll();
            }),
        ),
      ),
    );
  }
  record(label, 'open the people list', { samples: peopleOpen });

  await openSignedIn(app, `${base}/renderer/index.html?scroll#/registry/people`);
  await app.getByTestId('person-row').first().waitFor();
  await app.waitForTimeout(1_000);
  const frames = await app.evaluate(
    () =>
      new Promise((resolve) => {
        const viewport = document.querySelector('[data-testid="people-list"] [data-scroll-viewport]');
        if (!viewport) return resolve([]);
        /** @type {number[]} */
        const deltas = [];
        let last = performance.now();
        const step = () => {
          const time = performance.now();
          deltas.push(time - last);
          last = time;
          if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 2) return resolve(deltas.slice(1));
          viewport.scrollTop += 2400;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const share = (/** @type {number[]} */ deltas) =>
    (deltas.filter((delta) => delta <= 17.5).length / Math.max(1, deltas.length)) * 100;
  // The floor: the browser scrolling the same number of rows of the same height, each frame's rows
  // written straight into the DOM, no framework, no database.
  const floorFrames = await scrollFloor(context, size);
  record(
    label,
    `scroll the people list end to end (${frames.length} frames)`,
    { samples: [share(frames)], floor: [share(floorFrames)] },
    '%',
  );

  const cardOpen = [];
  const largest = await call('largestAssociationId');
  for (let run = 0; run < 3; run++) {
    await openSignedIn(app, `${base}/renderer/index.html?card=${run}#/registry`);
    // The registry as a user sees it before choosing: the associations listed with their members.
    await app.locator('[data-testid="associations-count"][data-loaded="true"]').waitFor();
    cardOpen.push(
      await screenStep('associationCardScreen', () =>
        app.evaluate(
          (associationId) =>
            new Promise((resolve) => {
              const started = performance.now();
              window.location.hash = `#/registry/associations/${associationId}`;
              const poll = () => {
                if (document.querySelector('[data-testid="member-row"]')) resolve(performance.now() - started);
                else requestAnimationFrame(poll);
              };
              poll();
            }),
          largest,
        ),
      ),
    );
  }
  record(label, `open the largest association card`, { samples: cardOpen });

  // The calendar's month view: from the route change until the month's events are drawn. The floor
  // is the index query that reads the same month's events.
  const monthOpen = [];
  /** @type {Record<string, number>[]} */
  const monthStages = [];
  for (let run = 0; run < 3; run++) {
    await openSignedIn(app, `${base}/renderer/index.html?calendar=${run}#/`);
    const stages = await screenStep('monthView', () =>
      app.evaluate(
        () =>
          new Promise((resolve) => {
            const started = performance.now();
            /** @type {Record<string, number>} */
            const marks = {};
            window.location.hash = '#/events';
            const poll = () => {
              const calendar = document.querySelector('[data-testid="calendar"]');
              const count = Number(calendar?.getAttribute('data-events') ?? -1);
              const drawn = calendar?.querySelectorAll('[class*="kelisim-event-"]').length ?? 0;
              if (calendar && marks.mountedMs === undefined) marks.mountedMs = performance.now() - started;
              if (count >= 0 && marks.loadedMs === undefined) marks.loadedMs = performance.now() - started;
              if (count >= 0 && (count === 0 || drawn > 0))
                requestAnimationFrame(() => resolve({ ...marks, totalMs: performance.now() - started }));
              else requestAnimationFrame(poll);
            };
            poll();
          }),
      ),
    );
    monthStages.push(/** @type {Record<string, number>} */ (stages));
    monthOpen.push(/** @type {Record<string, number>} */ (stages).totalMs ?? 0);
  }
  console.log(
    `    stages: ${monthStages
      .map((stage) =>
        Object.entries(stage)
          .map(([key, value]) => `${key} ${fmt(value)}`)
          .join(', '),
      )
      .join(' | ')}`,
  );
  const monthFloor = await call('monthEventsFloor');
  record(label, `calendar month view (${monthFloor.extra.events} events in the month)`, {
    samples: monthOpen,
    floor: monthFloor.floor,
  });
  if (screensOnly) {
    await context.close();
    continue;
  }

  // The dashboard's data read once, then its figures recomputed for each period and place chosen,
  // on the demo data alone (before the import below adds a large member list).
  const dashboardLoad = await call('dashboardLoad', 3);
  record(label, 'dashboard load (read, index, first figures)', dashboardLoad);
  console.log(
    `    stages: read ${fmt(dashboardLoad.extra.readMs)}, index and first figures ${fmt(dashboardLoad.extra.firstComputeMs)}`,
  );
  const recompute = await call('dashboardRecompute', 5);
  record(label, `dashboard recompute on a period or place change`, recompute);
  const form = await call('formFill', 9);
  record(label, `authority form filled (${form.extra.cells} cells)`, form);
  const journal = await call('sealedJournal', 7);
  record(
    label,
    `reception journal of a month, confidential shown (${journal.extra.rows} receptions, ${journal.extra.sealed} sealed)`,
    journal,
  );

  await measurePlanWork(label, call);

  const heap = await app.evaluate(() => {
    /** @type {any} */ (window).gc?.();
    return /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0;
  });
  record(label, 'JS heap of the application page', { samples: [heap / 1024 / 1024] }, 'MB');

  record(
    label,
    `styled export of ${Math.min(size, 50_000).toLocaleString('en').replace(/,/g, ' ')} members`,
    await call('exportMembers', 50_000),
  );
  // The exchange with the oblast on the demo data alone (before the import below adds a large
  // member list): the year's package written, read back and checked, then ten districts' packages
  // received by an oblast office and consolidated.
  const written = await call('exchangeWrite');
  record(label, `exchange package: collect + build + write (${written.extra.rows} rows)`, written);
  printStages(written.extra);
  const read = await call('exchangeRead');
  record(label, `exchange package: read + verify (${(read.extra.bytes / 2 ** 20).toFixed(1)} MB)`, read);
  console.log(`    on the main thread: parse ${fmt(read.extra.parseMs)}, verify ${fmt(read.extra.verifyMs)}`);
  const consolidation = await call('exchangeConsolidate', 10);
  record(label, `consolidation of 10 district packages (receive + consolidate)`, consolidation);
  printStages(consolidation.extra);

  if (syncSizes.includes(size)) await measureSync(label, call);

  if (size === Math.max(...sizes)) {
    const imported = await call('importMembers', IMPORT_ROWS);
    record(
      label,
      `import a ${IMPORT_ROWS.toLocaleString('en').replace(/,/g, ' ')}-row member .xlsx, end to end`,
      imported,
    );
    printStages(imported.extra);
  }
  await context.close();
}

await new Promise((resolve) => server.httpServer.close(resolve));
await syncServer.close();

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, Chromium (Debian)`;
// A run of the sync part alone keeps its figures apart from the full run's table.
const resultsFile = syncOnly
  ? 'bench/results-sync.json'
  : searchOnly
    ? 'bench/results-search.json'
    : formsOnly
      ? 'bench/results-forms.json'
      : planOnly
        ? 'bench/results-plan.json'
        : screensOnly
          ? 'bench/results-screens.json'
          : 'bench/results.json';
writeFileSync(
  resultsFile,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, results, syncStorage }, null, 2)}\n`,
);
console.log(`\nmachine: ${machine}\nwritten: ${resultsFile}`);

if (check) {
  /** @type {{ operation: string; size?: string; maxMs?: number; maxRatio?: number; minRatio?: number; minPercent?: number; maxMB?: number; statistic?: 'median' | 'p95'; note?: string }[]} */
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).budgets;
  let failures = 0;
  for (const budget of budgets) {
    const rows = results.filter(
      (row) => row.operation.startsWith(budget.operation) && (!budget.size || row.size === budget.size),
    );
    for (const row of rows) {
      const value = row[budget.statistic ?? 'median'];
      const problems = [
        budget.maxMs !== undefined && value > budget.maxMs ? `${fmt(value)} > ${fmt(budget.maxMs)}` : null,
        budget.maxRatio !== undefined && row.ratio !== null && row.ratio > budget.maxRatio
          ? `×${row.ratio.toFixed(2)} > ×${budget.maxRatio}`
          : null,
        budget.minPercent !== undefined && value < budget.minPercent
          ? `${value.toFixed(1)} % < ${budget.minPercent} %`
          : null,
        budget.minRatio !== undefined && row.ratio !== null && row.ratio < budget.minRatio
          ? `×${row.ratio.toFixed(2)} < ×${budget.minRatio}`
          : null,
        budget.maxMB !== undefined && value > budget.maxMB ? `${value.toFixed(0)} MB > ${budget.maxMB} MB` : null,
      ].filter(Boolean);
      if (problems.length > 0) {
        failures++;
        console.log(`OVER BUDGET  ${row.size}: ${row.operation}: ${problems.join(', ')}`);
      }
    }
  }
  console.log(failures === 0 ? 'every budget holds' : `${failures} budget(s) exceeded`);
  process.exit(failures === 0 ? 0 : 1);
}

// Something under the servers (a library's timer or socket) can keep Node alive after everything is
// closed, and a bench that never exits holds the browser lock other jobs wait on.
process.exit(0);
