import type { Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ALIYA, addOperator, signInFirstTime } from './pages/operators';
import { ShellPage } from './pages/shell-page';

// Russian and Kazakh letters, so that a check looking for one alphabet only would not pass.
const MARK = 'Құпия-Секрет';

/** Every record of every store of the application's IndexedDB, as the files on disk hold them. */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kelisim');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      parts.push(JSON.stringify(rows));
    }
    db.close();
    return parts.join('\n');
  });
}

test('confidential records are ciphertext in IndexedDB, a viewer meets them nowhere, and a key rotation keeps them readable', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  // The administrator takes a confidential reception of a citizen added in the form.
  await shell.goTo('receptions');
  await page.getByTestId('reception-new').click();
  await page.getByTestId('reception-new-citizen').click();
  await page.getByTestId('citizen-surname').fill('Жақсылықов');
  await page.getByTestId('citizen-given-name').fill('Ерлан');
  await chooseOption(page, page.getByTestId('reception-topic'), 'Вопросы религии');
  await page.getByTestId('reception-summary').fill(`${MARK}: вопрос о вероисповедании, просит помощи`);
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.explained).click();
  await page.getByTestId('reception-confidential').check();
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);

  // On disk: the demo's confidential content and this one are ciphertext; open receptions are not.
  await expect.poll(async () => (await indexedDbText(page)).includes('"unsealed":1'), { timeout: 30_000 }).toBe(false);
  const stored = await indexedDbText(page);
  expect(stored).not.toContain(MARK);
  expect(stored).not.toContain('Құпия');
  expect(stored).toContain('"sealed"');

  // A viewer, signed in on the same PC.
  await shell.goTo('settings');
  await addOperator(page, ALIYA);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await signInFirstTime(page, shell, ALIYA, 'svoi-parol-7');

  // Every place the text could surface: the journal, the control list, the person's card, the
  // global search, the dashboard's records, the reports, the monitoring screens.
  await shell.goTo('receptions');
  await expect(page.getByTestId('journal-hidden')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(MARK);
  await page.getByTestId('receptions-tab-control').click();
  await expect(page.locator('body')).not.toContainText(MARK);
  await shell.searchPeople('Жақсылықов');
  await page.getByTestId('search-result').first().click();
  await expect(page.getByTestId('person-card')).toBeVisible();
  await expect(page.getByTestId('person-card')).not.toContainText(MARK);
  await expect(page.getByTestId('person-card')).not.toContainText(ru.receptions.confidentialHidden.split(':')[0] ?? '');
  await page.keyboard.press('Escape');
  await shell.searchPeople(MARK.slice(0, 5));
  await expect(page.getByTestId('search-result')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await shell.goTo('dashboard');
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.year, { exact: true }).click();
  await expect(page.getByTestId('figure-receptions-value')).not.toHaveText('…');
  await page.getByTestId('figure-receptions').click();
  await expect(page.getByTestId('records-count')).toBeVisible();
  await expect(page.getByTestId('records-hidden')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(MARK);
  await page.keyboard.press('Escape');
  await shell.goTo('reports');
  await chooseOption(page, page.getByTestId('report-kind'), ru.reports.kinds.receptions);
  await expect(page.getByTestId('report-include-confidential')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(MARK);
  await shell.goTo('monitoring');
  await page.getByTestId('monitoring-tab-risks').click();
  await expect(page.getByTestId('risks-hidden')).toBeVisible();
  await expect(page.getByTestId('risk-row')).toHaveCount(0);
  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('risks-hidden')).toContainText(
    kk.monitoring.hiddenConfidential.split('{{')[0]?.trim() ?? '',
  );
  await shell.screenshot('kk-viewer-monitoring');
  await shell.switchLanguage('Русский');

  // The administrator rotates the key: the work runs in the background, and afterwards everything
  // is sealed under the new version and still reads.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await shell.signIn();
  await shell.goTo('settings');
  await page.getByTestId('keys-rotate').click();
  await page.getByTestId('rotate-confirm').click();
  await expect.poll(async () => (await indexedDbText(page)).includes('"key":"k1"'), { timeout: 60_000 }).toBe(false);
  expect(await indexedDbText(page)).toContain('"key":"k2"');
  await shell.screenshot('ru-settings-keys');
  await shell.goTo('receptions');
  await page.getByTestId('receptions-confidential').check();
  await expect(page.getByTestId('journal-row').filter({ hasText: 'Жақсылықов' })).toBeVisible();
  await page.getByTestId('journal-row').filter({ hasText: 'Жақсылықов' }).click();
  await expect(page.getByTestId('reception-summary')).toHaveValue(new RegExp(MARK));
});
