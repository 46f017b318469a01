import type { Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { writeSheet } from './pages/import-wizard';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

async function pickCalendarFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('calendar-import').getByTestId('import-pick').click();
  await (await chooser).setFiles(file);
}

/** A reception under control typed on the day the clock shows, its deadline left as suggested. */
async function receptionUnderControl(page: Page): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('reception-date')).toHaveValue('20.12.2027');
  await page.getByTestId('reception-new-citizen').click();
  await page.getByTestId('citizen-surname').fill('Ахметова');
  await page.getByTestId('citizen-given-name').fill('Гульнар');
  await page.getByTestId('reception-topic').click();
  await page.keyboard.type('Земел');
  await page.getByRole('option', { name: 'Земельный вопрос' }).click();
  await expect(page.getByTestId('reception-topic')).toHaveValue('Земельный вопрос');
  await page.getByTestId('reception-summary').fill('Просит ускорить выделение участка под ИЖС');
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.control).click();
  await page.getByTestId('reception-responsible').fill('Отдел земельных отношений');
  // Monday 20 December 2027: 15 working days reach January 2028, whose holidays the program does not know.
  await expect(page.getByTestId('reception-deadline')).toHaveValue('10.01.2028');
  await expect(page.getByTestId('deadline-beyond-calendar')).toContainText('31.12.2027');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('reception-citizen')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reception-form')).toHaveCount(0);
}

test('an administrator warned that the calendar ends adds a 2028 holiday, imports the year from a spreadsheet, and confirms the recomputed deadline', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: officeTime('2027-12-20T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  // Within six months of 31 December 2027, the last day the shipped list knows, every screen warns.
  const notice = page.getByTestId('calendar-ending-notice');
  await expect(notice).toContainText('31.12.2027');
  await expect(notice).toContainText('2028');
  await shell.screenshot('ru-calendar-notice');
  await shell.switchLanguage('Қазақша');
  await expect(notice).toContainText(kk.workingCalendar.open);
  await shell.screenshot('kk-calendar-notice');
  await shell.switchLanguage('Русский');

  await shell.goTo('receptions');
  await receptionUnderControl(page);

  // The notice leads to the calendar, on the year still to enter.
  await notice.getByTestId('calendar-notice-open').click();
  const section = page.getByTestId('settings-calendar');
  await expect(section).toBeInViewport();
  await expect(section.getByTestId('calendar-year-status')).toHaveText(
    ru.workingCalendar.status.empty.replace('{{year}}', '2028'),
  );

  // One holiday typed by hand: the deadline it moves is shown, and kept as it is.
  await section.getByTestId('calendar-add').click();
  const dayForm = page.getByTestId('calendar-day-modal');
  await dayForm.getByTestId('calendar-day-date').fill('03.01.2028');
  await dayForm.getByTestId('calendar-day-name-ru').fill('Новый год (перенос)');
  await dayForm.getByTestId('calendar-day-name-kk').fill('Жаңа жыл (ауыстыру)');
  await dayForm.getByTestId('calendar-day-save').click();
  const changes = page.getByTestId('deadline-changes');
  await expect(changes.getByTestId('deadline-change')).toHaveCount(1);
  await expect(changes.getByTestId('deadline-change')).toContainText('10.01.2028');
  await expect(changes.getByTestId('deadline-change')).toContainText('11.01.2028');
  await expect(changes.getByTestId('deadline-change')).toContainText('Ахметова Гульнар');
  await shell.screenshot('ru-deadline-changes');
  await changes.getByTestId('deadline-changes-keep').click();
  await expect(changes).toHaveCount(0);
  await expect(section.locator('[data-testid="calendar-day"][data-date="2028-01-03"]')).toContainText(
    'Новый год (перенос)',
  );
  // One holiday does not make the year known: the warning stays.
  await expect(notice).toBeVisible();

  // A spreadsheet with bad rows is refused whole, each row named with what to do.
  const bad = writeSheet(testInfo.outputPath('calendar-bad.xlsx'), [
    ['Дата', 'Вид', 'Название'],
    ['01.01.2028', 'выходной', 'Новый год'],
    ['31.02.2028', 'выходной', ''],
    ['07.01.2028', 'полувыходной', 'Рождество'],
  ]);
  await section.getByTestId('calendar-import-open').click();
  await pickCalendarFile(page, bad);
  const problems = page.getByTestId('calendar-import-problems');
  await expect(problems).toContainText('Строка 3, столбец A «Дата»: дата «31.02.2028» не распознана');
  await expect(problems).toContainText('Строка 4, столбец B «Вид»: вид дня «полувыходной» не распознан');
  await expect(page.getByTestId('calendar-import-apply')).toHaveCount(0);
  await shell.screenshot('ru-calendar-import-problems');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-import')).toHaveCount(0);

  // The rest in Kazakh: the same file refused in Kazakh words.
  await shell.switchLanguage('Қазақша');
  await section.getByTestId('calendar-import-open').click();
  await pickCalendarFile(page, bad);
  await expect(problems).toContainText('3-жол, A бағаны «Дата»: «31.02.2028» күні танылмады');
  await shell.screenshot('kk-calendar-import-problems');

  // The corrected list is shown, then stored; the deadline it moves is confirmed this time.
  const good = writeSheet(testInfo.outputPath('calendar-2028.xlsx'), [
    ['Нерабочие дни 2028 года'],
    ['Дата', 'Вид', 'Название', 'Атауы'],
    ['01.01.2028', 'выходной', 'Новый год', 'Жаңа жыл'],
    ['02.01.2028', 'выходной', 'Новый год', 'Жаңа жыл'],
    ['03.01.2028', 'перенос', 'Перенос выходного', 'Демалыс күнін ауыстыру'],
    ['04.01.2028', 'перенос', 'Перенос выходного', 'Демалыс күнін ауыстыру'],
    ['07.01.2028', 'выходной', 'Православное Рождество', 'Православиелік Рождество'],
    ['08.03.2028', 'выходной', 'Международный женский день', 'Халықаралық әйелдер күні'],
    ['21.03.2028', 'выходной', 'Наурыз мейрамы', 'Наурыз мейрамы'],
  ]);
  await pickCalendarFile(page, good);
  await expect(page.getByTestId('calendar-import-preview')).toContainText('7');
  await page.getByTestId('calendar-import-apply').click();
  await expect(changes.getByTestId('deadline-change')).toHaveCount(1);
  await expect(changes.getByTestId('deadline-change')).toContainText('10.01.2028');
  await expect(changes.getByTestId('deadline-change')).toContainText('13.01.2028');
  await expect(changes).toContainText(kk.workingCalendar.changesTitle);
  await shell.screenshot('kk-deadline-changes');
  await changes.getByTestId('deadline-changes-apply').click();
  await expect(changes).toHaveCount(0);

  // The year is known whole now: no warning, the year marked, the deadline moved with a note why.
  await expect(notice).toHaveCount(0);
  await expect(section.getByTestId('calendar-year-status')).toHaveText(
    kk.workingCalendar.status.complete.replace('{{year}}', '2028'),
  );
  await expect(section.getByTestId('calendar-day')).toHaveCount(7);
  await expect(section.locator('[data-testid="calendar-day"][data-date="2028-01-07"]')).toContainText(
    'Православиелік Рождество',
  );
  await section.scrollIntoViewIfNeeded();
  await shell.screenshot('kk-calendar-settings');
  await shell.switchLanguage('Русский');
  await expect(section.locator('[data-testid="calendar-day"][data-date="2028-01-07"]')).toContainText(
    'Православное Рождество',
  );
  await shell.screenshot('ru-calendar-settings');

  await shell.goTo('receptions');
  await page.getByTestId('receptions-tab-control').click();
  await expect(page.getByTestId('control-row')).toContainText('13.01.2028');
  await expect(page.getByTestId('control-beyond-calendar')).toHaveCount(0);

  // The rotation of working groups skips the imported Christmas and the weekend after it.
  await shell.goTo('workingGroups');
  await page.getByTestId('group-new').click();
  await page.getByTestId('group-name').fill('Рабочая группа №1');
  await page.getByTestId('group-save').click();
  await page.getByTestId('rotation-open').click();
  const rotation = page.getByRole('dialog');
  await rotation.getByTestId('rotation-groups').click();
  await page.getByRole('option').first().click();
  for (const index of [0, 1]) {
    await rotation.getByTestId('rotation-places').click();
    await page.getByRole('option').nth(index).click();
  }
  await rotation.getByRole('paragraph').first().click();
  await rotation.getByTestId('rotation-start').fill('06.01.2028');
  await rotation.getByTestId('rotation-days').fill('1');
  await rotation.getByTestId('rotation-gap').fill('0');
  await rotation.getByTestId('rotation-propose').click();
  const visits = rotation.getByTestId('rotation-table').locator('tbody tr');
  await expect(visits).toHaveCount(2);
  await expect(visits.nth(0)).toContainText('06.01.2028 – 06.01.2028');
  await expect(visits.nth(1)).toContainText('10.01.2028 – 10.01.2028');
  await expect(rotation.getByTestId('rotation-beyond-calendar')).toHaveCount(0);
  await shell.screenshot('ru-rotation-working-days');
  await page.keyboard.press('Escape');

  // The calendar's changes are in the action log.
  await shell.goTo('settings');
  await expect(page.getByTestId('settings-audit')).toContainText(ru.audit.actions['deadline-recompute']);
  await expect(page.getByTestId('settings-audit')).toContainText(ru.audit.actions['calendar-change']);

  // A year later, with 2029 not entered, the deadlines are not silently wrong: the notice says so.
  await page.clock.setSystemTime(officeTime('2029-01-10T10:00:00'));
  await shell.restart();
  await expect(notice).toContainText(
    ru.workingCalendar.ended.replace('{{known}}', '31.12.2028').replace('{{year}}', '2029'),
  );
});
