import { writeFileSync } from 'node:fs';
import { generateDemoData } from '../shared/demo/generate';
import { summaryFigures } from '../shared/exchange/format';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import type { PlaceId } from '../shared/model/ids';
import { toDocument, type ReplicatedTable } from '../shared/sync/documents';
import { officeDatabaseName } from '../shared/sync/server-settings';
import { formatNumber } from '../shared/text/number-format';
import { type SyncTestServer, startSyncTestServer } from '../scripts/sync-test-server.mjs';
import { districtKey, districtPackage, type District } from './exchange-packages';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

const PERIOD = { from: '2026-07-01', to: '2026-09-30' };
const OBLAST = { name: 'oblast-31', password: 'oblast reads districts' };
const KORDAI: District = { code: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' };
const MERKE: District = { code: '315400000', nameRu: 'Меркенский район', nameKk: 'Мерке ауданы' };
const SHU: District = { code: '316600000', nameRu: 'Шуский район', nameKk: 'Шу ауданы' };
const NOW = '2026-11-20T06:00:00.000Z';

let server: SyncTestServer;

/** A district's database as its PCs' sync leaves it: the district's demo records as documents, the oblast a member or not. */
async function districtDatabase(district: District, seed: number, oblastReads: boolean): Promise<void> {
  const database = officeDatabaseName(district.code);
  await server.officeDatabase(database, [`district-${district.code}`, ...(oblastReads ? [OBLAST.name] : [])]);
  // The same records the district's package of the period is made of (districtPackage generates them alike).
  const data = generateDemoData({
    people: 150,
    places: [{ id: `${district.code.slice(0, 4)}30100` as PlaceId, nameRu: 'с. Тестовое', nameKk: 'Тестовое а.' }],
    today: PERIOD.to,
    seed,
    author: 'operator',
  });
  const tables: [ReplicatedTable, readonly object[]][] = [
    ['people', data.people],
    ['associations', data.associations],
    ['memberships', data.memberships],
    ['events', data.events],
    ['visits', data.visits],
    ['workingGroups', data.workingGroups],
    ['receptions', data.receptions],
  ];
  // Each record last changed at NOW, so that the district's data date is known.
  const docs = tables.flatMap(([table, records]) =>
    records.map((record) => toDocument(table, { ...record, updatedAt: NOW }, `pc-${district.code}`, NOW)),
  );
  await server.admin('POST', `/${database}/_bulk_docs`, { docs });
}

test.beforeAll(async () => {
  server = await startSyncTestServer({ corsOrigins: ['http://127.0.0.1:4319'] });
  await server.addAccount(OBLAST.name, OBLAST.password);
  await districtDatabase(KORDAI, 3, true);
  await districtDatabase(MERKE, 4, false);
});
test.afterAll(async () => {
  await server.close();
});

test('the oblast reads a district’s database from its server beside another’s package file: the свод shows both with how fresh they are, the refused district says why, and the others are named as missing', async ({
  page,
  syncServers,
}, testInfo) => {
  // The oblast's own sync server (Settings → Sync) is the one its districts use: the page's connection
  // policy names it, as it does once an administrator has saved it there, and the guard allows it.
  syncServers.push(server.url);
  await page.addInitScript((origin) => localStorage.setItem('kelisim.syncOrigin', origin), server.url);
  // What Kordai would send as a file of the same records: its figures are what the pull must show.
  const expected = await districtPackage(KORDAI, {
    people: 150,
    seed: 3,
    createdAt: NOW,
    period: PERIOD,
    key: await districtKey(),
  });
  // Shu has no server: it sends its package as a file.
  const shuKey = await districtKey();
  const shu = await districtPackage(SHU, {
    people: 100,
    seed: 5,
    createdAt: '2026-11-25T07:30:00.000Z',
    period: PERIOD,
    key: shuKey,
  });
  const shuFile = testInfo.outputPath('shu.xlsx');
  writeFileSync(shuFile, shu.bytes);
  const before = await server.admin('GET', `/${officeDatabaseName(KORDAI.code)}`);

  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice({
    oblast: 'Жамбылская область',
    officeName: 'Управление внутренней политики Жамбылской области',
  });
  await onboarding.startEmpty();
  await shell.goTo('reports');
  await page.getByTestId('reports-tab-exchange').click();

  await page.getByTestId('packages-dropzone').locator('input[type="file"]').setInputFiles([shuFile]);
  await expect(page.getByTestId('package-pending')).toContainText(SHU.nameRu);
  await page.getByTestId('package-confirm').click();
  await expect(page.getByTestId('package-outcome')).toContainText('Получен пакет района Шуский район');

  // The administrator sets the server, the oblast's account and the districts read from it.
  const panel = page.getByTestId('district-servers');
  await expect(panel).toContainText(ru.exchange.server.notSet);
  await panel.getByTestId('district-server-url').fill(server.url);
  await panel.getByTestId('district-server-username').fill(OBLAST.name);
  await panel.getByTestId('district-server-http').check();
  await panel.getByLabel(KORDAI.nameRu).check();
  await panel.getByLabel(MERKE.nameRu).check();
  await panel.getByTestId('district-servers-save').click();
  await expect(page.getByText(ru.exchange.server.saved)).toBeVisible();

  // The password is asked, never stored; the period is the quarter of the district's records.
  await panel.getByTestId('pull-from').fill('01.07.2026');
  await page.keyboard.press('Tab');
  await panel.getByTestId('pull-to').fill('30.09.2026');
  await page.keyboard.press('Tab');
  await expect(panel.getByTestId('districts-pull')).toBeDisabled();
  await panel.getByTestId('district-server-password').fill(OBLAST.password);
  await panel.getByTestId('districts-pull').click();

  const outcomes = panel.getByTestId('pull-outcome');
  await expect(outcomes).toHaveCount(2, { timeout: 60_000 });
  await expect(outcomes.nth(0)).toHaveAttribute('data-ok', 'true');
  await expect(outcomes.nth(0)).toHaveText('Кордайский район: данные на 20.11.2026 11:00 включены в свод');
  await expect(outcomes.nth(1)).toHaveAttribute('data-ok', 'false');
  await expect(outcomes.nth(1)).toHaveText(`Меркенский район: ${ru.sync.problem['no-rights']}`);

  // The свод of the period: Kordai from the server with the figures of its package, Shu from its file.
  await page.getByTestId('consolidation-period').click();
  await page.getByRole('option', { name: '01.07.2026–30.09.2026' }).click();
  const rows = page.getByTestId('consolidation-row');
  await expect(rows).toHaveCount(2);
  const kordai = rows.filter({ hasText: KORDAI.nameRu });
  await expect(kordai).toHaveAttribute('data-source', 'server');
  await expect(kordai.getByTestId('consolidation-freshness')).toHaveText(
    `20.11.2026 11:00${ru.exchange.freshness.server}`,
  );
  // Each figure in its column (after the district and its data date); those judged on the day of the pull are left out.
  for (const figure of ['associations', 'members', 'people', 'events', 'events_held', 'visits', 'receptions'] as const)
    await expect(kordai.locator('td').nth(2 + summaryFigures.indexOf(figure))).toHaveText(
      formatNumber(expected.summary[figure]),
    );
  const shuRow = rows.filter({ hasText: SHU.nameRu });
  await expect(shuRow).toHaveAttribute('data-source', 'file');
  await expect(shuRow.getByTestId('consolidation-freshness')).toHaveText(
    `25.11.2026 12:30${ru.exchange.freshness.file}`,
  );
  // Who reported: Kordai by the server (no signature asked of it), Shu by its signed file.
  const kordaiSent = page.getByTestId('submission-row').filter({ hasText: KORDAI.nameRu });
  await expect(kordaiSent.getByTestId('package-from-server')).toHaveText(ru.exchange.freshness.server);
  await expect(kordaiSent.getByTestId('package-unsigned')).toHaveCount(0);
  const missing = page.getByTestId('consolidation-missing');
  await expect(missing).toContainText('Нет данных: ');
  await expect(missing).toContainText(MERKE.nameRu);
  await expect(missing).not.toContainText(KORDAI.nameRu);
  await page.getByTestId('district-servers').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('ru-oblast-district-pull');
  await page.getByTestId('consolidation').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('ru-oblast-consolidation-freshness');

  await shell.switchLanguage('Қазақша');
  await expect(outcomes.nth(1)).toHaveText(`Мерке ауданы: ${kk.sync.problem['no-rights']}`);
  await expect(rows.filter({ hasText: KORDAI.nameKk }).getByTestId('consolidation-freshness')).toHaveText(
    `20.11.2026 11:00${kk.exchange.freshness.server}`,
  );
  await expect(missing).toContainText('Деректер жоқ: ');
  await page.getByTestId('district-servers').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('kk-oblast-district-pull');
  await page.getByTestId('consolidation').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('kk-oblast-consolidation-freshness');

  // Nothing was written to the district's database.
  const after = await server.admin('GET', `/${officeDatabaseName(KORDAI.code)}`);
  expect([after.update_seq, after.doc_count]).toEqual([before.update_seq, before.doc_count]);
});
