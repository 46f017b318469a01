import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

test('a plan made by hand: an event carries out one item, a quarter’s text the other; statuses follow the deadline and the dashboard counts them', async ({
  page,
}) => {
  await page.clock.install({ time: officeTime('2026-05-15T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.goTo('plan');
  await expect(page.getByTestId('plans-page')).toContainText(ru.plans.noPlans);

  await page.getByTestId('plan-new').click();
  await page.getByTestId('plan-name').fill('План мероприятий АНК Кордайского района на 2026 год');
  await page.getByTestId('plan-name-kk').fill('Қордай ауданы ҚХА-ның 2026 жылға арналған іс-шаралар жоспары');
  await page.getByTestId('plan-approved-by').fill('Секретариат АНК Жамбылской области');
  await expect(page.getByTestId('plan-year')).toHaveValue('2026');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-heading')).toContainText('Секретариат АНК Жамбылской области');

  // Item 1, due in the second quarter; item 2, due by 31 May.
  await page.getByTestId('item-new').click();
  await expect(page.getByTestId('item-number')).toHaveValue('1');
  await page.getByTestId('item-text-ru').fill('Провести круглый стол о единстве народа');
  await page.getByTestId('item-text-kk').fill('Халық бірлігі туралы дөңгелек үстел өткізу');
  await chooseOption(page, page.getByTestId('item-deadline-quarter'), 'II квартал');
  await shell.screenshot('ru-plan-item-form');
  await page.getByTestId('item-save').click();
  await page.getByTestId('item-new').click();
  await expect(page.getByTestId('item-number')).toHaveValue('2');
  await page.getByTestId('item-text-ru').fill('Направить информацию о работе с молодёжью в секретариат АНК');
  await page.getByTestId('item-deadline-kind').getByText(ru.plans.deadlineKinds.date, { exact: true }).click();
  await page.getByTestId('item-deadline-date').fill('31.05.2026');
  await page.getByTestId('item-save').click();

  const row = (number: string) => page.locator(`[data-testid="plan-item-row"][data-number="${number}"]`);
  const status = (number: string) => row(number).getByTestId('plan-item-status');
  await expect(row('1')).toContainText('II квартал');
  await expect(row('2')).toContainText('до 31 мая');
  await expect(status('1')).toHaveAttribute('data-status', 'notStarted');
  await expect(status('2')).toHaveAttribute('data-status', 'notStarted');

  // An event of the calendar picks item 1.
  await shell.goTo('events');
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-title').fill('Круглый стол «Біз біргеміз»');
  await chooseOption(page, page.getByTestId('event-type'), 'Круглый стол');
  await page.getByTestId('event-time').fill('15:00');
  await chooseOption(page, page.getByTestId('event-plan-item'), '1. Провести круглый стол о единстве народа');
  await shell.screenshot('ru-event-plan-item');
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);

  // Item 2 gets the second quarter's execution text.
  await shell.goTo('plan');
  await expect(status('1')).toHaveAttribute('data-status', 'inProgress');
  await expect(row('1').getByTestId('plan-item-events')).toHaveText('1');
  await row('2').click();
  const drawer = page.getByTestId('plan-item-drawer');
  await expect(drawer.getByTestId('execution-tab-2')).toHaveAttribute('aria-selected', 'true');
  await drawer.getByTestId('execution-text-ru').fill('Информация направлена письмом № 12-04/118 от 20.05.2026');
  await drawer.getByTestId('execution-save').click();
  await expect(drawer.getByTestId('execution-author')).toContainText('admin');
  await page.keyboard.press('Escape');
  await expect(status('2')).toHaveAttribute('data-status', 'inProgress');
  await row('1').click();
  await expect(drawer.getByTestId('plan-item-linked-events')).toContainText('Круглый стол «Біз біргеміз»');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await shell.screenshot('ru-plan');

  await shell.goTo('dashboard');
  await expect(page.getByTestId('plan-card-due-value')).toHaveText('2');
  await expect(page.getByTestId('plan-card-overdue-value')).toHaveText('0');

  // On 1 July item 2 is done (its text written before its deadline); item 1's event was never held.
  await page.clock.setSystemTime(officeTime('2026-07-01T09:00:00'));
  await shell.goTo('plan');
  await expect(status('1')).toHaveAttribute('data-status', 'overdue');
  await expect(status('2')).toHaveAttribute('data-status', 'done');
  await shell.goTo('dashboard');
  await expect(page.getByTestId('plan-card-overdue-value')).toHaveText('1');
  await expect(page.getByTestId('plan-card-done-value')).toHaveText('1');
  await expect(page.getByTestId('plan-card-due-value')).toHaveText('0');

  // The overdue figure opens the plan filtered to the overdue item, in Kazakh too.
  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('plan-card')).toContainText(kk.plans.card.title);
  await page.getByTestId('plan-card-overdue').click();
  await expect(page.getByTestId('plan-item-row')).toHaveCount(1);
  await expect(status('1')).toHaveText(kk.plans.statuses.overdue);
  await expect(row('1')).toContainText('Халық бірлігі туралы дөңгелек үстел өткізу');
  await expect(row('1')).toContainText('II тоқсан');
  await page.getByTestId('plan-status-filter').click();
  await page.getByRole('option', { name: kk.plans.statuses.done, exact: true }).click();
  await expect(row('2')).toContainText('31 мамырға дейін');
  // Choosing the chosen status again clears the filter.
  await page.getByTestId('plan-status-filter').click();
  await page.getByRole('option', { name: kk.plans.statuses.done, exact: true }).click();
  await expect(page.getByTestId('plan-item-row')).toHaveCount(2);
  await shell.screenshot('kk-plan');
  await row('1').click();
  await expect(page.getByTestId('plan-item-drawer')).toContainText(kk.plans.detail.linkedEvents);
  await shell.screenshot('kk-plan-item');
});
