import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

async function fillDate(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).fill(value);
  await page.keyboard.press('Tab');
}

test('a written complaint is registered with its number and date, marked repeated, shown as due soon in the header and on the dashboard, answered, and counted by type in the report', async ({
  page,
}, testInfo) => {
  // Thursday 3 December 2026: a deadline on Monday 7 December is two working days away.
  await page.clock.install({ time: officeTime('2026-12-03T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.goTo('receptions');

  // The applicant's first appeal, received in person and explained.
  await page.getByTestId('reception-new').click();
  await fillDate(page, 'reception-date', '01.12.2026');
  await page.getByTestId('reception-new-citizen').click();
  await page.getByTestId('citizen-surname').fill('Ахметова');
  await page.getByTestId('citizen-given-name').fill('Гульнар');
  await chooseOption(page, page.getByTestId('appeal-type'), ru.enums.appealType.application);
  await chooseOption(page, page.getByTestId('appeal-channel'), ru.enums.appealChannel.in_person);
  await page.getByTestId('reception-topic').click();
  await page.getByTestId('reception-topic').fill('Коммун');
  await page.keyboard.press('Enter');
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.explained).click();
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);

  // She writes again: a written complaint, registered, repeated, taken under control until Monday.
  await page.getByTestId('reception-new').click();
  await page.getByTestId('reception-citizen').click();
  await page.getByTestId('reception-citizen').fill('Ахметова');
  await page.getByRole('option', { name: /Ахметова Гульнар/ }).click();
  await chooseOption(page, page.getByTestId('appeal-type'), ru.enums.appealType.complaint);
  await chooseOption(page, page.getByTestId('appeal-channel'), ru.enums.appealChannel.written);
  await page.getByTestId('appeal-registration-no').fill('ЖТ-2026/118');
  await fillDate(page, 'appeal-registered-on', '03.12.2026');
  await page.getByTestId('appeal-repeated').check();
  await page.getByTestId('appeal-repeat-of').click();
  await page.getByRole('option', { name: /01\.12\.2026/ }).click();
  await page.getByTestId('reception-topic').click();
  await page.getByTestId('reception-topic').fill('Коммун');
  await page.keyboard.press('Enter');
  await page.getByTestId('reception-summary').fill('Повторно: нет отопления в доме с ноября');
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.control).click();
  await page.getByTestId('reception-responsible').fill('Отдел ЖКХ');
  await fillDate(page, 'reception-deadline', '07.12.2026');
  await expect(page.getByTestId('appeal-section')).toBeVisible();
  await shell.screenshot('ru-appeal-form');
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);

  // Due soon, beside (not among) the overdue ones.
  await expect(page.getByTestId('header-due-soon')).toContainText('1');
  await expect(page.getByTestId('header-overdue')).toHaveCount(0);
  await shell.goTo('dashboard');
  await expect.poll(() => shell.statValue('stat-due-soon')).toBe(1);
  await expect.poll(() => shell.statValue('stat-overdue')).toBe(0);
  await shell.screenshot('ru-appeal-due-soon');

  // The control list marks it too.
  await page.getByTestId('header-due-soon').click();
  await expect(page.getByTestId('control-row')).toHaveAttribute('data-due-soon', 'true');
  await expect(page.getByTestId('control-due-soon')).toHaveText(ru.receptions.control.dueSoon);

  // The journal filtered by type shows the complaint only.
  await shell.goTo('receptions');
  await expect(page.getByTestId('journal-row')).toHaveCount(2);
  await chooseOption(page, page.getByTestId('journal-filter-type'), ru.enums.appealType.complaint);
  await expect(page.getByTestId('journal-row')).toHaveCount(1);

  // The Kazakh form of the same appeal.
  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('header-due-soon')).toContainText(kk.receptions.dueSoonBadge.replace(' {{count}}', ''));
  await expect(page.getByTestId('journal-row')).toHaveCount(1);
  await shell.screenshot('kk-appeal-journal');
  // An item under control opens on its control card; the form is one step further.
  await page.getByTestId('journal-row').click();
  await page.getByTestId('control-edit').click();
  await expect(page.getByTestId('appeal-section')).toContainText(kk.receptions.appeal.section);
  await expect(page.getByTestId('appeal-type')).toHaveValue(kk.enums.appealType.complaint);
  await shell.screenshot('kk-appeal-form');

  // Answered in writing on Friday: the complaint is explained, the control item closes, the header clears.
  await page.clock.setSystemTime(officeTime('2026-12-04T11:00:00'));
  await fillDate(page, 'answer-date', '04.12.2026');
  await chooseOption(page, page.getByTestId('answer-form'), kk.enums.answerForm.written);
  await chooseOption(page, page.getByTestId('answer-result'), kk.enums.answerResult.explained);
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);
  await expect(page.getByTestId('header-due-soon')).toHaveCount(0);
  await shell.switchLanguage('Русский');

  // The report counts appeals by type, channel and result; the Excel file holds the same figures.
  await shell.goTo('reports');
  await chooseOption(page, page.getByTestId('report-kind'), ru.reports.kinds.appeals);
  await page.getByTestId('report-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  const table = page.getByTestId('report-table').first();
  await expect(table.getByRole('row', { name: new RegExp(`^\\d+ ${ru.enums.appealType.complaint} `) })).toContainText(
    '1',
  );
  await expect(table.getByRole('row', { name: new RegExp(ru.exports.appealsRepeated) })).toContainText('1');
  await shell.screenshot('ru-appeals-report');
  const download = page.waitForEvent('download');
  await page.getByTestId('report-excel').click();
  const saved = testInfo.outputPath('appeals.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  expect(book.SheetNames).toEqual([ru.exports.sheetAppeals]);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, {
    header: 1,
    defval: null,
  });
  const value = (label: string) => rows.find((cells) => cells[1] === label)?.[2];
  expect(value(ru.enums.appealType.complaint)).toBe(1);
  expect(value(ru.enums.appealType.application)).toBe(1);
  expect(value(ru.exports.appealsRepeated)).toBe(1);
  expect(value(ru.exports.appealsCollective)).toBe(0);
  expect(value(ru.exports.appealsTotal)).toBe(2);

  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('report-table').first()).toContainText(kk.enums.appealType.complaint);
  await shell.screenshot('kk-appeals-report');
});
