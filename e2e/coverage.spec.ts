import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { openImport, writeSheet } from './pages/import-wizard';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

async function importRows(page: Page, button: string, file: string, expectedNew: string): Promise<void> {
  await openImport(page, button, file);
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-new-value')).toHaveText(expectedNew);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  await page.keyboard.press('Escape');
}

/** A meeting held today in a village, with its participants count and the people named as attending. */
async function holdEvent(
  page: Page,
  village: string,
  participants: number,
  attendees: { picked: readonly string[] } | { sheet: string; named: number; unknown: string },
) {
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-title').fill(`Встреча с жителями, ${village}`);
  await chooseOption(page, page.getByTestId('event-type'), 'Встреча с жителями');
  await page.getByTestId('event-place').click();
  await page.getByTestId('event-place').fill(village);
  // Several villages of the oblast share a name: the option names the district.
  await page.getByRole('option', { name: `${village} — Кордайский район` }).click();
  await page.getByTestId('event-status').getByText(ru.enums.eventStatus.held, { exact: true }).click();
  await page.getByTestId('event-actual').fill(String(participants));
  if ('picked' in attendees)
    for (const [index, surname] of attendees.picked.entries()) {
      await page.getByTestId('event-attendee-add').click();
      const field = page.getByTestId(`event-attendee-${index}`);
      await field.click();
      await field.fill(surname);
      await page.getByRole('option', { name: new RegExp(`^${surname}`) }).click();
    }
  else {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('event-attendees-sheet').click();
    await (await chooser).setFiles(attendees.sheet);
    await expect(page.getByTestId('event-attendees-sheet-result')).toContainText(
      `Из листа регистрации добавлено: ${attendees.named}`,
    );
    await expect(page.getByTestId('sheet-unknown')).toContainText(attendees.unknown);
    await new ShellPage(page).screenshot('ru-coverage-sign-in-sheet');
  }
  const named = 'picked' in attendees ? attendees.picked.length : attendees.named;
  await expect(page.getByTestId('event-attendees-count')).toContainText(`Названо поимённо: ${named}.`);
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);
}

const sheetRows = (book: XLSX.WorkBook, index: number) =>
  XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[index] ?? ''] as XLSX.WorkSheet, {
    header: 1,
    defval: null,
  });

test('a remote village is listed apart, villages without information work are listed, and a person at two events is reached once', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: officeTime('2026-11-20T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  await shell.goTo('monitoring');
  const population = writeSheet(testInfo.outputPath('население.xlsx'), [
    ['Численность населения на начало 2026 года'],
    ['Код КАТО', 'Населённый пункт', 'Казахи', 'Русские', 'Всего'],
    ['314833100', 'с. Аухатты', 2000, 900, 3000],
    ['314833300', 'с. Байтерек', 400, 50, 500],
    ['314833200', 'с. Кызылсай', 700, 200, 1000],
  ]);
  await importRows(page, 'population-import', population, '3');

  await shell.goTo('registry');
  await page.getByTestId('registry-tab-people').click();
  const people = writeSheet(testInfo.outputPath('участники.xlsx'), [
    ['Список участников'],
    ['Фамилия', 'Имя', 'Отчество'],
    ['Ким', 'Ольга', 'Сергеевна'],
    ['Тулегенов', 'Арман', 'Бекович'],
  ]);
  await importRows(page, 'import-people', people, '2');

  await shell.goTo('directories');
  await page.getByTestId('places-search').fill('Байтерек');
  const remoteMark = page.getByTestId('place-remote-314833300');
  // The box shows the stored mark: it turns checked once the place is saved.
  await remoteMark.click();
  await expect(remoteMark).toBeChecked();
  await shell.screenshot('ru-coverage-remote-place');

  // Ким and Тулегенов come to both meetings in Aukhatty, picked at the first and read from the second's
  // sign-in sheet, where a man the registry does not know signed too: five participants, three people reached.
  await shell.goTo('events');
  await holdEvent(page, 'с.Аухатты', 2, { picked: ['Ким', 'Тулегенов'] });
  const sheet = writeSheet(testInfo.outputPath('лист регистрации.xlsx'), [
    ['Лист регистрации участников встречи'],
    ['№', 'Фамилия, имя, отчество', 'Место работы', 'Подпись'],
    [1, 'Ким Ольга Сергеевна', 'Школа', null],
    [2, 'Тулегенов Арман Бекович', 'Акимат', null],
    [3, 'Иванов Иван Петрович', 'Пенсионер', null],
  ]);
  await holdEvent(page, 'с.Аухатты', 3, { sheet, named: 2, unknown: 'строка 5: Иванов Иван Петрович' });
  await holdEvent(page, 'с.Байтерек', 20, { picked: [] });

  // 3 + 20 reached of 4,500 people with figures: 0.5 %; the remote village reached.
  await shell.goTo('dashboard');
  const card = page.getByTestId('coverage-card');
  await expect(card.getByTestId('coverage-share')).toHaveText('0,5 %');
  await expect(card.getByTestId('coverage-share-detail')).toHaveText('охвачено 23 из 4 500 жителей');
  await expect(card.getByTestId('coverage-remote-value')).toHaveText('1 из 1');
  const withoutWork = await shell.statValue('coverage-without-work');
  expect(withoutWork).toBeGreaterThan(20);
  await card.getByTestId('coverage-without-work').click();
  const list = page.getByTestId('coverage-without-work-list');
  await expect(list).toContainText('с.Кызылсай');
  await expect(list).not.toContainText('с.Аухатты');
  await expect(list.getByRole('listitem')).toHaveCount(withoutWork);
  await page.keyboard.press('Escape');
  await card.scrollIntoViewIfNeeded();
  await shell.screenshot('ru-coverage-dashboard');

  await shell.switchLanguage('Қазақша');
  await expect(card).toContainText(kk.coverage.card.share);
  await expect(card.getByTestId('coverage-remote-value')).toHaveText('1 ішінен 1');
  await shell.screenshot('kk-coverage-dashboard');

  // The report's headers are in the interface's language unless chosen otherwise.
  await shell.goTo('reports');
  await chooseOption(page, page.getByTestId('report-kind'), kk.reports.kinds.coverage);
  await expect(page.getByTestId('report-table').first()).toContainText(kk.coverage.report.remoteHeading);
  await expect(page.getByTestId('report-table').first()).toContainText(kk.coverage.report.share);
  await shell.screenshot('kk-coverage-report');
  const download = page.waitForEvent('download');
  await page.getByTestId('report-excel').click();
  const saved = testInfo.outputPath('coverage.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  expect(book.SheetNames.slice(0, 2)).toEqual([
    kk.coverage.report.sheetSettlements,
    kk.coverage.report.sheetWithoutWork,
  ]);
  const villages = sheetRows(book, 0);
  expect(villages.find((row) => row[1] === 'Ауқатты а.')?.slice(2)).toEqual([2, 5, 3, 3000, 0.1]);
  const heading = villages.findIndex((row) => row[1] === kk.coverage.report.remoteHeading);
  expect(heading).toBeGreaterThan(0);
  expect(villages[heading + 1]?.slice(1)).toEqual(['Бәйтерек а.', 1, 20, 20, 500, 4]);
  const withoutRows = sheetRows(book, 1).map((row) => row[1]);
  expect(withoutRows).toContain('Қызылсай а.');
  expect(withoutRows).not.toContain('Ауқатты а.');
  expect(withoutRows).not.toContain('Бәйтерек а.');
});
