import { readFileSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { readDocx } from '../shared/word/test-docx';
import { mmToTwips } from '../shared/word/layout';
import { expect, test } from './fixtures';
import { KORDAI, OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';
import type { Page, TestInfo } from '@playwright/test';

const POSITION_RU = 'Руководитель отдела внутренней политики';
const POSITION_KK = 'Ішкі саясат бөлімінің басшысы';

/** Saves the report on screen through the Word dialog and reads the file back. */
async function saveWord(page: Page, testInfo: TestInfo, name: string) {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const saved = testInfo.outputPath(name);
  await file.saveAs(saved);
  await expect(page.getByTestId('word-dialog')).toBeHidden();
  return readDocx(readFileSync(saved));
}

test('the information report is saved as a Word document in Russian, in Kazakh and in both', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  // The year's figure on the dashboard is the one the document's first sentence tells.
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.year, { exact: true }).click();
  await expect.poll(() => shell.statValue('figure-eventsHeld')).toBeGreaterThan(0);
  const held = await shell.statValue('figure-eventsHeld');

  // The administrator's position for signatures, and a wider left margin for the office's documents.
  await shell.goTo('settings');
  await page.getByTestId('user-row').filter({ hasText: 'admin' }).getByTestId('user-position').click();
  await page.getByTestId('user-position-ru').fill(POSITION_RU);
  await page.getByTestId('user-position-kk').fill(POSITION_KK);
  await page.getByTestId('user-position-save').click();
  await expect(page.getByTestId('user-row').filter({ hasText: 'admin' })).toContainText(POSITION_RU);
  await expect(page.getByTestId('word-margin-left')).toHaveValue('30 мм');
  await page.getByTestId('word-margin-left').fill('35');
  await page.getByTestId('word-layout-save').click();
  await expect(page.getByText(ru.word.layoutSaved)).toBeVisible();

  await shell.goTo('reports');
  await page.getByTestId('report-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  await page.getByTestId('report-word').click();
  await expect(page.getByTestId('word-signature-name')).toHaveValue('А. Сейткали');
  await expect(page.getByTestId('word-position-ru')).toHaveValue(POSITION_RU);
  await expect(page.getByTestId('word-position-kk')).toBeHidden();
  await shell.screenshot('word-dialog-ru');
  const russian = await saveWord(page, testInfo, 'information-ru.docx');
  expect(russian.paragraphs[0]).toBe(KORDAI.officeName);
  expect(russian.paragraphs[1]).toMatch(/^\d{1,2} [а-я]+ \d{4} г\.\tКордайский район$/);
  expect(russian.paragraphs).toContain(ru.exports.informationTitle);
  expect(russian.paragraphs).toContain(`1. ${ru.exports.sheetFigures}`);
  expect(russian.paragraphs).toContain(`2. ${ru.exports.sheetMainEvents}`);
  expect(russian.text).toMatch(new RegExp(`проведено ${held} мероприяти(е|я|й), в (них|нём) принял`));
  expect(russian.paragraphs.slice(-2)).toEqual([POSITION_RU, 'А. Сейткали']);
  expect(russian.documentXml).toContain('<w:tblHeader/>');
  expect(russian.documentXml).toContain(`w:left="${mmToTwips(35)}"`);
  // The dashboard's chart of events by month, drawn by the page, follows the figures.
  expect(russian.files.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  expect(russian.documentXml).toContain(`descr="${ru.dashboard.charts.eventsByMonth}"`);

  // In the Kazakh interface the document is Kazakh, with the Kazakh position and place.
  await shell.switchLanguage('Қазақша');
  await page.getByTestId('report-word').click();
  await expect(page.getByTestId('word-position-kk')).toHaveValue(POSITION_KK);
  await expect(page.getByTestId('word-position-ru')).toBeHidden();
  await shell.screenshot('word-dialog-kk');
  const kazakh = await saveWord(page, testInfo, 'information-kk.docx');
  expect(kazakh.paragraphs[1]).toMatch(/^\d{4} жылғы \d{1,2} [а-яәғқңөұүһі]+\tҚордай ауданы$/);
  expect(kazakh.paragraphs).toContain(kk.exports.informationTitle);
  expect(kazakh.text).toContain(`${held} іс-шара өткізілді`);
  expect(kazakh.paragraphs.slice(-2)).toEqual([POSITION_KK, 'А. Сейткали']);

  // Both languages: the Kazakh text first, then the Russian one; a missing position is asked for.
  await page.getByTestId('report-word').click();
  await page.getByTestId('word-language').getByText(kk.word.languages.both, { exact: true }).click();
  await page.getByTestId('word-position-ru').fill('');
  await page.getByTestId('export-run').click();
  await expect(page.getByText(kk.word.positionMissing)).toBeVisible();
  await page.getByTestId('word-position-ru').fill(POSITION_RU);
  await page.getByTestId('word-charts').uncheck();
  const both = await saveWord(page, testInfo, 'information-both.docx');
  const kazakhTitle = both.paragraphs.indexOf(kk.exports.informationTitle);
  expect(kazakhTitle).toBeGreaterThan(-1);
  expect(both.paragraphs.indexOf(ru.exports.informationTitle)).toBeGreaterThan(kazakhTitle);
  expect(both.paragraphs.filter((text) => text === 'А. Сейткали')).toHaveLength(2);
  expect(both.files.some((name) => name.startsWith('word/media/'))).toBe(false);
});
