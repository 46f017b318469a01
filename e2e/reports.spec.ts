import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

test('a standard report of the period is previewed, saved as Excel with the same figures, and printed', async ({
  page,
}, testInfo) => {
  // The browser build prints through window.print: count the calls instead of opening a dialog.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  // The dashboard's figure for the year is the report's figure for the year.
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.year, { exact: true }).click();
  await expect(page.getByTestId('dashboard-from')).toHaveValue(/^01\.01\./);
  await expect.poll(() => shell.statValue('figure-eventsHeld')).toBeGreaterThan(0);
  const held = await shell.statValue('figure-eventsHeld');

  await shell.goTo('reports');
  await expect(page.getByTestId('report-kind')).toHaveValue(ru.reports.kinds.information);
  await page.getByTestId('report-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  const figuresTable = page.getByTestId('report-table').first();
  await expect(figuresTable.getByRole('row', { name: new RegExp(ru.dashboard.figures.eventsHeld) })).toContainText(
    String(held),
  );

  const download = page.waitForEvent('download');
  await page.getByTestId('report-excel').click();
  const saved = testInfo.outputPath('information.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, {
    header: 1,
    defval: null,
  });
  expect(rows.find((cells) => cells[1] === ru.dashboard.figures.eventsHeld)?.[2]).toBe(held);
  expect(book.SheetNames).toEqual([ru.exports.sheetFigures, ru.exports.sheetMainEvents]);

  await page.getByTestId('report-print').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('report-preview')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The field visits report in Kazakh headers.
  await chooseOption(page, page.getByTestId('report-kind'), ru.reports.kinds.visits);
  await page.getByTestId('report-headers').getByText(ru.languages.kk, { exact: true }).click();
  await expect(page.getByTestId('report-table').first()).toContainText(kk.exports.columns.workingGroup);
  await shell.switchLanguage('Қазақша');
  await shell.screenshot('kk-reports');
});
