import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, guardRequests, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { readDocx } from '../shared/word/test-docx';
import { ADMIN, OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';
import type { Page, TestInfo } from '@playwright/test';

const MERKE = {
  oblast: 'Жамбылская область',
  district: 'Меркенский район',
  officeName: 'Отдел внутренней политики акимата Меркенского района',
};

/**
 * The oblast's form as an authority sends it: a quarter-by-district table under a merged heading,
 * with a totals row of SUM formulas, and a table of members by ethnos on a second sheet.
 */
async function authorityForm(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const districts = workbook.addWorksheet('Районы');
  districts.mergeCells('A1:F1');
  districts.getCell('A1').value = 'Информация о проведённых мероприятиях по районам';
  districts.getCell('A1').font = { bold: true };
  districts.getRow(3).values = ['Район', 'I квартал', 'II квартал', 'III квартал', 'IV квартал', 'За год'];
  districts.getRow(3).font = { bold: true };
  const rows = ['Кордайский район', 'Меркі ауданы', 'Байзак', 'Итого'];
  rows.forEach((label, index) => {
    const row = 4 + index;
    districts.getCell(`A${row}`).value = label;
    districts.getCell(`F${row}`).value = { formula: `SUM(B${row}:E${row})` };
  });
  for (const column of ['B', 'C', 'D', 'E'])
    districts.getCell(`${column}7`).value = { formula: `SUM(${column}4:${column}6)` };
  districts.getColumn('A').width = 28;
  const ethnic = workbook.addWorksheet('Этносы');
  ethnic.getRow(2).values = ['Национальность', 'Членов объединений'];
  ['Казахи', 'Русские', 'Дунгане', 'Всего'].forEach((label, index) => {
    ethnic.getCell(`A${3 + index}`).value = label;
  });
  ethnic.getCell('B6').value = { formula: 'SUM(B3:B5)' };
  await workbook.xlsx.writeFile(path);
}

async function pick(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(button).click();
  await (await chooser).setFiles(path);
}

/** Selects the label cells of a block, first then last with Shift, and makes them a table of a dimension. */
async function makeBlock(page: Page, first: string, last: string, dimension: string): Promise<void> {
  const grid = page.getByTestId('form-grid');
  await grid.locator(`td[data-address="${first}"]`).click();
  await grid.locator(`td[data-address="${last}"]`).click({ modifiers: ['Shift'] });
  await chooseOption(page, page.getByTestId('form-block-dimension'), dimension);
  await page.getByTestId('form-block-make').click();
  await expect(page.getByTestId('form-block-rows')).toBeVisible();
}

async function mapColumn(page: Page, cell: string, figure: string, period?: string): Promise<void> {
  await page.getByTestId('form-grid').locator(`td[data-address="${cell}"]`).click();
  await chooseOption(page, page.getByTestId('form-column-figure'), figure);
  if (period) await chooseOption(page, page.getByTestId('form-column-period'), period);
  await page.getByTestId('form-column-put').click();
}

/** Fills the form for the third quarter of 2026 and reads the saved workbook back. */
async function fillThirdQuarter(page: Page, testInfo: TestInfo, name: string, signatory?: string) {
  await page.getByTestId('form-fill-open').first().click();
  if (signatory) await chooseOption(page, page.getByTestId('form-fill-signatory'), signatory);
  await page.getByTestId('form-fill-from').fill('01.07.2026');
  await page.keyboard.press('Tab');
  await page.getByTestId('form-fill-to').fill('30.09.2026');
  await page.keyboard.press('Tab');
  const download = page.waitForEvent('download');
  await page.getByTestId('form-fill-run').click();
  const file = await download;
  const saved = testInfo.outputPath(name);
  await file.saveAs(saved);
  await expect(page.getByTestId('form-fill-outcome')).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  return workbook;
}

test('a district maps the oblast form once, fills Q3, and a second district fills it from the exported mapping', async ({
  page,
  browser,
}, testInfo) => {
  const template = testInfo.outputPath('Форма области.xlsx');
  await authorityForm(template);
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  // What the dashboard counts for Q3 in the district is what the form will say for Кордайский район.
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.quarter, { exact: true }).click();
  await page.getByTestId('dashboard-from').fill('01.07.2026');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('dashboard-to')).toHaveValue('30.09.2026');
  await expect.poll(() => shell.statValue('figure-eventsHeld')).toBeGreaterThan(0);
  const heldInQ3 = await shell.statValue('figure-eventsHeld');

  await shell.goTo('reports');
  await page.getByTestId('reports-tab-forms').click();
  await expect(page.getByTestId('authority-forms')).toContainText(ru.forms.screen.empty);
  await pick(page, 'form-add', template);
  await expect(page.getByTestId('form-mapper')).toBeVisible();
  await shell.screenshot('ru-authority-form-blank');
  await page.getByTestId('form-name').fill('Мероприятия по районам (область)');

  // The district rows: the full and the short name land on their districts, the totals row on none;
  // the colloquial Kazakh «Меркі» (the classifier says «Мерке») is left for the clerk, who picks it.
  await makeBlock(page, 'A4', 'A7', ru.forms.dimensions.district);
  await expect(page.getByTestId('form-row-match-4')).toHaveValue('Кордайский район');
  await expect(page.getByTestId('form-row-match-6')).toHaveValue('Байзакский район');
  await expect(page.getByTestId('form-row-match-5')).toHaveValue('');
  await chooseOption(page, page.getByTestId('form-row-match-5'), 'Меркенский район');
  await expect(page.getByTestId('form-row-match-5')).toHaveValue('Меркенский район');
  await expect(page.getByTestId('form-row-7')).toContainText(ru.forms.screen.totalRow);
  await mapColumn(page, 'D4', 'Проведено мероприятий по районам', ru.forms.figurePeriods.q3);
  await expect(page.getByTestId('form-grid').locator('td[data-address="D5"]')).toContainText('Проведено мероприятий');
  await shell.screenshot('ru-authority-form-mapping');

  await page.getByTestId('form-sheet-Этносы').click();
  await makeBlock(page, 'A3', 'A6', ru.forms.dimensions.ethnos);
  await mapColumn(page, 'B3', 'Членов объединений по национальностям');
  await page.getByTestId('form-save').click();
  await expect(page.getByTestId('form-mapper')).toBeHidden();
  await expect(page.getByTestId('form-row')).toContainText('Мероприятия по районам (область)');
  await shell.screenshot('ru-authority-forms');

  const filled = await fillThirdQuarter(page, testInfo, 'кордай-q3.xlsx', ADMIN.name);
  await shell.screenshot('ru-authority-form-filled');
  // The letter the form goes up with, signed by the one chosen.
  const letterDownload = page.waitForEvent('download');
  await page.getByTestId('form-cover').click();
  const letterPath = testInfo.outputPath('letter.docx');
  await (await letterDownload).saveAs(letterPath);
  const letter = readDocx(readFileSync(letterPath)).paragraphs;
  expect(letter).toContain(ru.forms.cover.title);
  expect(letter.join('\n')).toContain(
    'Направляем информацию по форме «Мероприятия по районам (область)» за период с 01.07.2026 по 30.09.2026.',
  );
  expect(letter.join('\n')).toContain('А. Сейткали');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('form-fill')).toBeHidden();
  // The filled copy, as Kelisim shows a form: the district rows of Q3 filled, nothing else changed.
  await pick(page, 'form-add', testInfo.outputPath('кордай-q3.xlsx'));
  await expect(page.getByTestId('form-grid').locator('td[data-address="D4"]')).toHaveText(String(heldInQ3));
  await shell.screenshot('ru-authority-form-after');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('form-mapper')).toBeHidden();
  const sheet = filled.getWorksheet('Районы');
  expect(sheet?.getCell('D4').value).toBe(heldInQ3);
  expect(sheet?.getCell('D5').value).toBe(0);
  // The authority's totals stay its formulas; the other quarters stay empty.
  expect(sheet?.getCell('D7').formula).toBe('SUM(D4:D6)');
  expect(sheet?.getCell('F4').formula).toBe('SUM(B4:E4)');
  expect(sheet?.getCell('C4').value).toBeNull();
  expect(sheet?.getCell('A1').value).toBe('Информация о проведённых мероприятиях по районам');
  const kazakhMembers = filled.getWorksheet('Этносы')?.getCell('B3').value;
  expect(typeof kazakhMembers).toBe('number');
  expect(kazakhMembers).toBeGreaterThan(0);

  const mappingDownload = page.waitForEvent('download');
  await page.getByTestId('form-export-mapping').click();
  const mappingPath = testInfo.outputPath('mapping.kelisim-form.json');
  await (await mappingDownload).saveAs(mappingPath);
  expect(JSON.parse(readFileSync(mappingPath, 'utf8'))).toMatchObject({ format: 'kelisim-form-mapping' });

  // A second district, working in Kazakh, takes the mapping and fills the same form.
  const other = await browser.newContext();
  const check = guardRequests(other, []);
  const pageB = await other.newPage();
  const shellB = new ShellPage(pageB);
  const onboardingB = new OnboardingPage(pageB);
  await onboardingB.setUpOffice(MERKE);
  await onboardingB.loadDemo('500');
  await shellB.switchLanguage('Қазақша');
  await shellB.goTo('reports');
  await pageB.getByTestId('reports-tab-forms').click();
  const blank = testInfo.outputPath('Форма области (копия).xlsx');
  writeFileSync(blank, readFileSync(template));
  await pick(pageB, 'form-import-mapping', mappingPath);
  await expect(pageB.getByTestId('form-template-needed')).toContainText(kk.forms.screen.templateMissing);
  await pick(pageB, 'form-import-template', blank);
  await expect(pageB.getByTestId('form-mapper')).toBeVisible();
  await expect(pageB.getByTestId('form-name')).toHaveValue('Мероприятия по районам (область)');
  await shellB.screenshot('kk-authority-form-mapping');
  await pageB.getByTestId('form-save').click();
  await expect(pageB.getByTestId('form-row')).toContainText(kk.events.periods.quarter);
  await shellB.screenshot('kk-authority-forms');
  const filledB = await fillThirdQuarter(pageB, testInfo, 'мерке-q3.xlsx');
  await shellB.screenshot('kk-authority-form-filled');
  // Merke's own events are counted on its row; Kordai's records are not in this office.
  const merke = filledB.getWorksheet('Районы');
  expect(merke?.getCell('D5').value).toBeGreaterThan(0);
  expect(merke?.getCell('D4').value).toBe(0);
  expect(merke?.getCell('D7').formula).toBe('SUM(D4:D6)');
  await other.close();
  check(testInfo);
});
