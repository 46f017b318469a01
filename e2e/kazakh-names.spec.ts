import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ALIYA, addOperator, signInFirstTime } from './pages/operators';
import { ShellPage } from './pages/shell-page';

const TITLE_RU = 'Вечер дружбы народов';
const TITLE_KK = 'Халықтар достығы кеші';

test('an event named in Russian and Kazakh is found by either name and shown in Kazakh in the Kazakh calendar and report', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  await shell.goTo('events');
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-title').fill(TITLE_RU);
  await page.getByTestId('event-title-kk').fill(TITLE_KK);
  await chooseOption(page, page.getByTestId('event-type'), 'Круглый стол');
  await page.getByTestId('event-time').fill('15:00');
  await page.getByTestId('event-status').getByText(ru.enums.eventStatus.held, { exact: true }).click();
  await page.getByTestId('event-actual').fill('60');
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);

  await page.getByTestId('calendar-views').getByText(ru.events.views.list, { exact: true }).click();
  const calendar = page.getByTestId('calendar');
  await expect(calendar).toContainText(TITLE_RU);
  // The title filter finds it by its Kazakh name, typed on a Russian keyboard too.
  await page.getByTestId('filter-title').fill('достыгы');
  await expect(calendar).toContainText(TITLE_RU);
  await page.getByTestId('filter-title').fill('концерт');
  await expect(calendar).not.toContainText(TITLE_RU);
  await page.getByTestId('filter-title').fill('достығы');
  await expect(calendar).toContainText(TITLE_RU);
  await shell.screenshot('ru-events-kazakh-name');

  // In Kazakh the calendar shows the Kazakh name.
  await shell.switchLanguage('Қазақша');
  await expect(calendar).toContainText(TITLE_KK);
  await expect(calendar).not.toContainText(TITLE_RU);
  await shell.screenshot('kk-events-kazakh-name');

  // Ctrl+K finds it by its Russian name and names it in Kazakh.
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('дружбы');
  await expect(page.getByTestId('search-result-events')).toHaveText(new RegExp(TITLE_KK));
  await shell.screenshot('kk-search-kazakh-name');
  await page.keyboard.press('Escape');

  // The Kazakh report of events held writes the Kazakh name.
  await shell.goTo('reports');
  await chooseOption(page, page.getByTestId('report-kind'), kk.reports.kinds.events);
  await expect(page.getByTestId('report-table').first()).toContainText(TITLE_KK);
  await shell.screenshot('kk-report-kazakh-name');
  await shell.switchLanguage('Русский');
  await expect(page.getByTestId('report-table').first()).toContainText(TITLE_RU);
});

test('an administrator builds the справка on the inter-ethnic situation in Russian and Kazakh; a viewer is not offered it', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  await shell.goTo('reports');
  await page.getByTestId('reports-tab-situation').click();
  await page.getByTestId('situation-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  await expect(page.getByTestId('situation-excel')).toBeDisabled();
  await page.getByTestId('situation-build').click();
  const preview = page.getByTestId('report-preview');
  await expect(preview).toContainText(ru.situation.mark);
  await expect(preview).toContainText(ru.situation.figures.risksHigh);
  await shell.screenshot('ru-situation-report');

  const download = page.waitForEvent('download');
  await page.getByTestId('situation-excel').click();
  const saved = testInfo.outputPath('situation.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  expect(book.SheetNames).toEqual(Object.values(ru.situation.sheets).map((name) => name.slice(0, 31)));
  const first = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, {
    header: 1,
    defval: null,
  });
  expect(first.flat().some((cell) => typeof cell === 'string' && cell.includes(ru.situation.mark))).toBe(true);

  // In Kazakh, interface and справка alike.
  await shell.switchLanguage('Қазақша');
  await page.getByTestId('situation-language').getByText(kk.languages.kk, { exact: true }).click();
  await page.getByTestId('situation-build').click();
  await expect(preview).toContainText(kk.situation.mark);
  await expect(preview).toContainText(kk.situation.figures.risksHigh);
  await shell.screenshot('kk-situation-report');
  await shell.switchLanguage('Русский');

  // A viewer has no right to confidential records: no справка tab.
  await shell.goTo('settings');
  await addOperator(page, ALIYA);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await signInFirstTime(page, shell, ALIYA, 'svoi-parol-7');
  await shell.goTo('reports');
  await expect(page.getByTestId('reports-tab-standard')).toBeVisible();
  await expect(page.getByTestId('reports-tab-situation')).toHaveCount(0);
  // Nor does the address of the tab open it.
  await page.evaluate(() => {
    window.location.hash = '#/reports/situation';
  });
  await expect(page.getByTestId('situation-report')).toHaveCount(0);
  await shell.screenshot('ru-viewer-reports');
});
