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

/** A chart month as «дек. 2025»: a short month name and the whole year. */
const monthAndYear = (names: readonly string[]) =>
  new RegExp(`^(${names.map((name) => name.replace('.', '\\.')).join('|')}) \\d{4}$`);

async function importFile(page: Page, button: string, file: string, expectedNew: string): Promise<void> {
  await openImport(page, button, file);
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-new-value')).toHaveText(expectedNew);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  await page.getByRole('button', { name: ru.common.close }).click();
}

test('monitoring: settlement population imported, compact residence found, a risk opened from a reception, an event linked as a measure and the level lowered, a mediation case recorded', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  // Population by ethnos, one column per ethnos, as the statistics office sends it.
  const population = writeSheet(testInfo.outputPath('население.xlsx'), [
    ['Численность населения по национальностям на начало 2026 года'],
    ['Код КАТО', 'Населённый пункт', 'Казахи', 'Русские', 'Курды', 'Всего'],
    ['314830100', 'с. Кордай', 9000, 2500, 300, 12000],
    ['314832600', 'с. Музбель', 700, 100, 1200, 2000],
    ['314833100', 'с. Аухатты', 2000, 900, 50, 3000],
  ]);
  await shell.goTo('monitoring');
  await importFile(page, 'population-import', population, '3');
  await expect(page.getByTestId('settlement-row')).toHaveCount(3);
  // Kurds are 60 % of Muzbel and a minority in the district: a place of their compact residence.
  const muzbel = page.getByTestId('settlement-row').filter({ hasText: 'Музбель' });
  await expect(muzbel.getByTestId('compact-badge')).toHaveText(['курды']);
  await expect(page.getByTestId('compact-badge')).toHaveCount(1);
  await expect(page.getByTestId('village-without-work')).toHaveText([/Музбель — не было/]);
  await shell.screenshot('ru-monitoring-settlements');

  // A village the table did not have is typed in by hand.
  await page.getByTestId('population-enter').click();
  await page.getByTestId('population-place').click();
  await page.getByTestId('population-place').fill('Алга');
  await page.getByRole('option', { name: /Алга/ }).first().click();
  await chooseOption(page, page.getByTestId('population-ethnos').first(), 'дунгане');
  await page.getByTestId('population-count').first().fill('800');
  await page.getByTestId('population-add-line').click();
  await chooseOption(page, page.getByTestId('population-ethnos').nth(1), 'казахи');
  await page.getByTestId('population-count').nth(1).fill('200');
  await page.getByTestId('population-save').click();
  await expect(page.getByTestId('population-form')).toHaveCount(0);
  await expect(page.getByTestId('settlement-row')).toHaveCount(4);
  await expect(page.getByTestId('settlement-row').filter({ hasText: 'Алга' }).getByTestId('compact-badge')).toHaveText([
    'дунгане',
  ]);
  await expect(page.getByTestId('village-without-work')).toHaveCount(2);

  // A preventive meeting planned in Muzbel, from the department's plan.
  const plan = writeSheet(testInfo.outputPath('план.xlsx'), [
    ['План мероприятий'],
    ['№', 'Наименование мероприятия', 'Форма проведения', 'Дата проведения', 'Код КАТО'],
    [1, 'Встреча акима с жителями с. Музбель', 'Встреча с жителями', '20.12.2026', '314832600'],
  ]);
  await shell.goTo('events');
  await importFile(page, 'events-import', plan, '1');

  // A citizen's appeal on inter-ethnic relations opens a risk in one click.
  await shell.goTo('receptions');
  await page.getByTestId('reception-new').click();
  await page.getByTestId('reception-new-citizen').click();
  await page.getByTestId('citizen-surname').fill('Алиев');
  await page.getByTestId('citizen-given-name').fill('Рустам');
  await page.getByTestId('reception-place').click();
  await page.getByTestId('reception-place').fill('Музбел');
  await page
    .getByRole('option', { name: /Музбель/ })
    .first()
    .click();
  await page.getByTestId('reception-topic').click();
  await page.getByTestId('reception-topic').fill('Межэтн');
  await page.keyboard.press('Enter');
  await page
    .getByTestId('reception-summary')
    .fill('Конфликт между молодёжью на празднике, жители опасаются повторения');
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.explained).click();
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);
  await page.getByTestId('journal-row').first().click();
  await page.getByTestId('reception-open-risk').click();
  await expect(page.getByTestId('risk-description')).toHaveValue(/Конфликт между молодёжью/);
  await expect(page.getByTestId('risk-source')).toHaveValue(ru.monitoring.riskSources.reception);
  // The officer writes what the risk is, beyond the citizen's words.
  await page.getByTestId('risk-description').fill('Напряжённость между молодёжью двух улиц после драки на празднике');
  await page.getByTestId('risk-save').click();
  await expect(page.getByTestId('monitoring-page')).toBeVisible();
  await expect(page.getByTestId('risk-row')).toHaveCount(1);
  await expect(page.getByTestId('risk-row').getByTestId('risk-level-badge')).toHaveText(
    ru.monitoring.riskLevels.medium,
  );

  // The meeting becomes a measure against it, and after it the level is lowered with the reason.
  await page.getByTestId('risk-row').click();
  await page.getByTestId('risk-edit').click();
  await page.getByTestId('risk-measures').click();
  await page.getByRole('option', { name: /Встреча акима с жителями/ }).click();
  await page.getByTestId('risk-description').click();
  await chooseOption(page, page.getByTestId('risk-level'), ru.monitoring.riskLevels.low);
  await page.getByTestId('risk-note').fill('После встречи акима напряжённость спала');
  await page.getByTestId('risk-save').click();
  await expect(page.getByTestId('risk-form')).toHaveCount(0);
  await page.getByTestId('risk-row').click();
  await expect(page.getByTestId('risk-measure')).toContainText('Встреча акима с жителями с. Музбель');
  await expect(page.getByTestId('risk-history')).toContainText(
    `${ru.monitoring.riskLevels.medium} → ${ru.monitoring.riskLevels.low}`,
  );
  await expect(page.getByTestId('risk-history')).toContainText('напряжённость спала');
  await shell.screenshot('ru-monitoring-risk');
  await page.keyboard.press('Escape');
  // The chart's months read as a month and a whole year («дек. 2025»), never as a day and a month («25.12»).
  const axis = page
    .getByTestId('risks-chart')
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(axis.first()).toHaveText(monthAndYear(ru.dates.monthsShort));
  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('risk-row')).toContainText(kk.monitoring.riskLevels.low);
  await expect(axis.first()).toHaveText(monthAndYear(kk.dates.monthsShort));
  const labels = await axis.allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) expect(label).toMatch(monthAndYear(kk.dates.monthsShort));
  await page.getByTestId('risks-chart').scrollIntoViewIfNeeded();
  await shell.screenshot('kk-monitoring-risks');
  await page.getByTestId('monitoring-tab-settlements').click();
  await expect(page.getByTestId('compact-without-work')).toContainText(kk.monitoring.never);
  await expect(page.getByLabel(kk.monitoring.months)).toBeVisible();
  await expect(page.getByTestId('settlements')).toContainText(kk.monitoring.lastWork);
  await shell.screenshot('kk-monitoring-settlements');
  await shell.switchLanguage('Русский');

  // A council of biys settles a land dispute.
  await page.getByTestId('monitoring-tab-mediation').click();
  await page.getByTestId('council-new').click();
  await page.getByTestId('council-name').fill('Совет биев Кордайского района');
  await chooseOption(page, page.getByTestId('council-kind'), ru.monitoring.councilKinds.biys);
  await page.getByTestId('council-save').click();
  await expect(page.getByTestId('council-row')).toHaveCount(1);
  await page.getByTestId('case-new').click();
  await page.getByTestId('case-parties').fill('Семья Омаровых\nСемья Лукьяненко');
  await chooseOption(page, page.getByTestId('case-dispute'), ru.monitoring.disputeTypes.land);
  await chooseOption(page, page.getByTestId('case-council'), 'Совет биев Кордайского района');
  await chooseOption(page, page.getByTestId('case-result'), ru.monitoring.mediationResults.reconciled);
  await page.getByTestId('case-save').click();
  await expect(page.getByTestId('case-row')).toContainText(ru.monitoring.mediationResults.reconciled);
  await expect(page.getByTestId('case-row')).toContainText('Семья Омаровых');

  // The exchange package leaves the risk out unless the user asks for it.
  const riskText = 'Напряжённость между молодёжью двух улиц';
  const savePackage = async (name: string) => {
    const download = page.waitForEvent('download');
    await page.getByTestId('package-create').click();
    const path = testInfo.outputPath(name);
    await (await download).saveAs(path);
    return XLSX.read(readFileSync(path));
  };
  const cellsOf = (book: XLSX.WorkBook) =>
    book.SheetNames.flatMap((name) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: null }).flat(),
    );
  await shell.goTo('reports');
  await page.getByTestId('reports-tab-exchange').click();
  await page.getByTestId('package-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  const without = await savePackage('без мониторинга.xlsx');
  expect(without.SheetNames).not.toContain(ru.exchange.monitoringSheets.risks);
  expect(cellsOf(without).some((cell) => typeof cell === 'string' && cell.includes(riskText))).toBe(false);
  await page.getByTestId('package-monitoring').check();
  const withRisks = await savePackage('с мониторингом.xlsx');
  expect(withRisks.SheetNames).toContain(ru.exchange.monitoringSheets.risks);
  expect(cellsOf(withRisks).some((cell) => typeof cell === 'string' && cell.includes(riskText))).toBe(true);

  // Every opening of the risk card is in the audit log.
  await shell.goTo('settings');
  const views = page
    .getByTestId('audit-table')
    .getByRole('row')
    .filter({ hasText: 'tensionRisks/' })
    .filter({ hasText: ru.audit.actions['view-confidential'] });
  await expect(views).toHaveCount(2);
});

test('a watched risk is reviewed from its card, then deleted from the register and brought back', async ({ page }) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');
  await shell.goTo('monitoring');
  await page.getByTestId('monitoring-tab-risks').click();
  const rows = page.getByTestId('risk-row');
  await expect(rows).toHaveCount(3);

  // The review: a new level with its reason, the next review suggested from the level.
  await rows.first().click();
  const card = page.getByTestId('risk-card');
  const before = (await card.getByTestId('risk-level-badge').textContent()) ?? '';
  const level =
    before === ru.monitoring.riskLevels.high ? ru.monitoring.riskLevels.medium : ru.monitoring.riskLevels.high;
  await chooseOption(page, page.getByTestId('risk-review-level'), level);
  await page.getByTestId('risk-review-save').click();
  await expect(page.getByTestId('risk-review-note')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('risk-review-note').fill('Профилактическая беседа не помогла, жалобы повторились');
  await page.getByTestId('risk-review-save').click();
  await expect(card.getByTestId('risk-level-badge')).toHaveText(level);
  await expect(page.getByTestId('risk-history')).toContainText(`${before} → ${level}`);
  await expect(page.getByTestId('risk-history')).toContainText('жалобы повторились');
  await shell.screenshot('ru-monitoring-risk-review');
  await page.keyboard.press('Escape');
  await shell.switchLanguage('Қазақша');
  await rows.first().click();
  await expect(page.getByTestId('risk-review')).toContainText(kk.monitoring.review);
  await shell.screenshot('kk-monitoring-risk-review');
  await page.keyboard.press('Escape');
  await shell.switchLanguage('Русский');
  await rows.first().click();

  // Deleting asks first, and can be undone right after.
  await page.getByTestId('risk-delete').click();
  await page.getByTestId('risk-delete-confirm').click();
  await expect(rows).toHaveCount(2);
  // A notification already on screen follows a switch of language, undo button included (those that
  // cannot are closed on the switch: renderer/src/lib/localized-notification.test.ts).
  const undo = page.getByTestId('undo-delete');
  await expect(undo).toHaveText(ru.common.undo);
  await shell.switchLanguage('Қазақша');
  await expect(page.getByText(kk.monitoring.riskDeleted)).toBeVisible();
  await expect(page.getByText(ru.monitoring.riskDeleted)).toHaveCount(0);
  await expect(undo).toHaveText(kk.common.undo);
  await shell.screenshot('kk-undo-after-language-switch');
  await undo.click();
  await expect(rows).toHaveCount(3);
  await shell.switchLanguage('Русский');
});
