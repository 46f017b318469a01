import type { BrowserContext, Page } from '@playwright/test';
import { ru } from '../shared/i18n/ru';
import { kk } from '../shared/i18n/kk';
import { type SyncTestServer, startSyncTestServer } from '../scripts/sync-test-server.mjs';
import { expect, guardRequests, test } from './fixtures';
import { ADMIN, OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';
import { APP_ORIGIN } from './request-log';

const DATABASE = 'kelisim_314000000';
const ACCOUNT = { name: 'kordai-office', password: 'Server-Parol-2026' };

type Server = SyncTestServer;

/** The office's database and account, as docs/sync.md has the server's administrator make them. */
async function officeServer(): Promise<Server> {
  const server = await startSyncTestServer({ corsOrigins: [APP_ORIGIN] });
  await server.addAccount(ACCOUNT.name, ACCOUNT.password);
  await server.officeDatabase(DATABASE, [ACCOUNT.name]);
  return server;
}

async function fillServer(page: Page, server: Server, password = ACCOUNT.password): Promise<void> {
  await page.getByTestId('sync-url').fill(server.url);
  await page.getByTestId('sync-database').fill(DATABASE);
  await page.getByTestId('sync-username').fill(ACCOUNT.name);
  await page.getByTestId('sync-password').fill(password);
  // http to this PC: accepted only once the administrator confirms it.
  await page.getByTestId('sync-allow-http').check();
  await page.getByTestId('sync-save').click();
}

/** Another PC of the office: its own browser profile, its own database, the same guard. */
async function anotherPc(
  context: BrowserContext,
  checks: ((info: Parameters<ReturnType<typeof guardRequests>>[0]) => void)[],
  server: Server,
) {
  checks.push(guardRequests(context, [server.url]));
  return context.newPage();
}

async function joinOffice(page: Page, server: Server, password = ACCOUNT.password): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('onboarding')).toBeVisible();
  await page.getByTestId('join-office-server').click();
  await fillServer(page, server, password);
}

async function addPerson(page: Page, shell: ShellPage, surname: string, givenName: string): Promise<void> {
  await shell.goTo('registry');
  await page.getByTestId('registry-tab-people').click();
  await page.getByTestId('add-person').click();
  await page.getByTestId('person-surname').fill(surname);
  await page.getByTestId('person-given-name').fill(givenName);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-card')).toBeVisible();
  await page.keyboard.press('Escape');
}

async function setPhone(page: Page, shell: ShellPage, surname: string, phone: string): Promise<void> {
  await (await findPerson(page, shell, surname)).click();
  await page.getByTestId('person-edit').click();
  await page.getByTestId('person-phone').fill(phone);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-card')).toContainText(phone.slice(-9));
  await page.keyboard.press('Escape');
}

async function phoneShown(page: Page, shell: ShellPage, surname: string): Promise<string> {
  await (await findPerson(page, shell, surname)).click();
  const text = await page.getByTestId('person-card').innerText();
  await page.keyboard.press('Escape');
  return text;
}

async function openConflicts(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  await page.getByTestId('sync-open-conflicts').click();
  await expect(page.getByTestId('sync-conflicts')).toBeVisible();
}

async function findPerson(page: Page, shell: ShellPage, surname: string) {
  await shell.goTo('registry');
  await page.getByTestId('registry-tab-people').click();
  await page.getByTestId('people-search').fill(surname);
  return page.getByTestId('person-row').filter({ hasText: surname });
}

test.describe.configure({ timeout: 240_000 });

test('two PCs of one office share one registry through the office server, offline and back, and a third PC joins', async ({
  page,
  browser,
  syncServers,
}, testInfo) => {
  const server = await officeServer();
  syncServers.push(server.url);
  const checks: ((info: typeof testInfo) => void)[] = [];
  try {
    // PC A: a new office, set up as before, then Settings → Sync.
    const onboarding = new OnboardingPage(page);
    const shellA = new ShellPage(page);
    await onboarding.setUpOffice();
    await onboarding.startEmpty();
    await addPerson(page, shellA, 'Жақсылықов', 'Ерлан');
    await shellA.goTo('settings');
    await expect(page.getByTestId('settings-sync')).toContainText(ru.sync.notConfigured);
    await page.getByTestId('sync-url').fill(server.url);
    await page.getByTestId('sync-database').fill(DATABASE);
    await page.getByTestId('sync-username').fill(ACCOUNT.name);
    await page.getByTestId('sync-password').fill(ACCOUNT.password);
    await page.getByTestId('sync-save').click();
    // Plain http is refused until the administrator confirms the server is on the office's network.
    await expect(page.getByTestId('sync-message')).toHaveText(ru.sync.problem['insecure-http']);
    await page.getByTestId('sync-allow-http').check();
    await page.getByTestId('sync-save').click();
    // The page may connect to one server only, fixed when it loads: a new server needs a reload.
    await expect(page.getByTestId('sync-restart')).toBeVisible();
    await page.getByTestId('sync-restart-now').click();
    await shellA.signIn();
    await shellA.goTo('settings');
    await page.getByTestId('sync-check').click();
    await expect(page.getByTestId('sync-message')).toContainText('PouchDB Server');
    await page.getByTestId('sync-on').click();
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
    await page.getByTestId('settings-sync').scrollIntoViewIfNeeded();
    await shellA.screenshot('ru-settings-sync');

    // PC B joins the office: the office's records, operators and keys arrive; no demo, no new office.
    const contextB = await browser.newContext();
    const pageB = await anotherPc(contextB, checks, server);
    const shellB = new ShellPage(pageB);
    await joinOffice(pageB, server);
    await expect(pageB.getByTestId('join-done')).toBeVisible({ timeout: 60_000 });
    await pageB.getByTestId('join-continue').click();
    await shellB.signIn(ADMIN.login, ADMIN.password);
    await expect(await findPerson(pageB, shellB, 'Жақсылықов')).toHaveCount(1);
    await expect(pageB.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'ok');

    // A change on A reaches B within seconds.
    await addPerson(page, shellA, 'Оспанова', 'Гульнар');
    await expect(await findPerson(pageB, shellB, 'Оспанова')).toHaveCount(1, { timeout: 10_000 });

    // The server is out of reach for both: work goes on, the header says since when and what waits.
    for (const context of [page.context(), contextB])
      await context.route(`${server.url}/**`, (route) => route.abort('connectionrefused'));
    await addPerson(page, shellA, 'Ким', 'Виктор');
    await addPerson(pageB, shellB, 'Сейітова', 'Айгүл');
    // Both change the same person: B last.
    await setPhone(page, shellA, 'Жақсылықов', '8 701 111 11 11');
    await setPhone(pageB, shellB, 'Жақсылықов', '8 702 222 22 22');
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await page.getByTestId('sync-indicator').click();
    await expect(page.getByTestId('sync-details')).toContainText(ru.sync.workGoesOn);
    // What waits to be sent: A's new person and its edit.
    await expect(page.getByTestId('sync-details-waiting')).toHaveText(/: [1-9]/);
    // Past the popover's opening transition, so the picture shows it whole.
    await page.waitForTimeout(400);
    await shellA.screenshot('ru-sync-offline');
    await page.keyboard.press('Escape');

    // Back online: both PCs end with every record.
    for (const context of [page.context(), contextB]) await context.unroute(`${server.url}/**`);
    await expect(await findPerson(pageB, shellB, 'Ким')).toHaveCount(1, { timeout: 30_000 });
    await expect(await findPerson(page, shellA, 'Сейітова')).toHaveCount(1, { timeout: 30_000 });
    // The same version on both, the newer; the other kept and listed on both PCs.
    await expect.poll(() => phoneShown(page, shellA, 'Жақсылықов'), { timeout: 30_000 }).toContain('222 22 22');
    expect(await phoneShown(pageB, shellB, 'Жақсылықов')).toContain('222 22 22');
    for (const pc of [page, pageB]) {
      await openConflicts(pc);
      await expect(pc.getByTestId('conflict-row')).toHaveCount(1, { timeout: 30_000 });
    }
    await shellA.screenshot('ru-sync-conflicts');
    // An editor on A keeps A's version: every PC shows it, and the conflict is gone everywhere.
    await page.getByTestId('conflict-open').click();
    await expect(page.getByTestId('conflict-detail')).toContainText('+7 701 111 11 11');
    await shellA.screenshot('ru-sync-conflict-detail');
    await page.getByTestId('conflict-keep').click();
    await expect(page.getByTestId('conflicts-empty')).toBeVisible();
    await expect(pageB.getByTestId('conflict-row')).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => phoneShown(pageB, shellB, 'Жақсылықов'), { timeout: 30_000 }).toContain('111 11 11');

    // A third PC: a wrong password is told as such, the right one brings everything.
    const contextC = await browser.newContext();
    const pageC = await anotherPc(contextC, checks, server);
    const shellC = new ShellPage(pageC);
    await joinOffice(pageC, server, 'wrong-password');
    await expect(pageC.getByTestId('sync-message')).toHaveText(ru.sync.problem['wrong-password'], {
      timeout: 20_000,
    });
    await pageC.getByTestId('sync-password').fill(ACCOUNT.password);
    await pageC.getByTestId('sync-save').click();
    await expect(pageC.getByTestId('join-done')).toBeVisible({ timeout: 60_000 });
    await pageC.getByTestId('join-continue').click();
    await shellC.signIn(ADMIN.login, ADMIN.password);
    for (const surname of ['Жақсылықов', 'Оспанова', 'Ким', 'Сейітова'])
      await expect(await findPerson(pageC, shellC, surname)).toHaveCount(1);

    // The same in Kazakh.
    await shellC.switchLanguage('Қазақша');
    await shellC.goTo('settings');
    await expect(pageC.getByTestId('settings-sync')).toContainText(kk.sync.title);
    await pageC.getByTestId('settings-sync').scrollIntoViewIfNeeded();
    await shellC.screenshot('kk-settings-sync');

    await contextB.close();
    await contextC.close();
  } finally {
    await server.close();
  }
  for (const check of checks) check(testInfo);
});
