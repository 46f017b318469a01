import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { KORDAI, OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

test.beforeEach(async ({ page }) => {
  const onboarding = new OnboardingPage(page);
  await onboarding.open();
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.startEmpty();
});

test('an empty office sees what to do, then loads demo data from the dashboard', async ({ page }) => {
  const shell = new ShellPage(page);
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect.poll(() => shell.statValue('stat-people')).toBe(0);
  await chooseOption(page, page.getByTestId('demo-size'), '500');
  await page.getByTestId('load-demo').click();
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  await expect(page.getByTestId('dashboard-empty')).toBeHidden();
});

test('places of the oblast are found by Kazakh or Russian spelling and by code, and a missing village can be added', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  await shell.goTo('directories');
  const search = page.getByTestId('places-search');
  await search.fill('сортобе');
  const table = page.getByTestId('directory-places');
  await expect(table.getByRole('row', { name: /314854100/ })).toBeVisible();
  await search.fill('Қаракемер');
  await expect(table.getByRole('row').filter({ hasText: 'с.Каракемер' })).toHaveCount(3);
  await search.fill('3148');
  await expect(page.getByTestId('places-count')).not.toContainText(' 0 ');

  await page.getByRole('button', { name: ru.directories.addPlace }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(ru.common.nameRu).fill('отд. Бірлік-Келісім');
  await dialog.getByLabel(ru.common.nameKk).fill('Бірлік-Келісім');
  await chooseOption(page, dialog.getByLabel(ru.directories.placeParent), 'Каракемерский с.о. (314839000)');
  await dialog.getByRole('button', { name: ru.common.save }).click();
  await search.fill('бирлик-келисим');
  await expect(table.getByRole('row', { name: /Бірлік-Келісім/ })).toContainText(ru.directories.customPlace);
});

test('a new event type is added in both languages and shows in the Kazakh interface', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.goTo('directories');
  await page.getByTestId('tab-event_type').click();
  const directory = page.getByTestId('directory-event_type');
  await expect(directory.getByRole('row', { name: /Диалоговая площадка/ })).toBeVisible();

  await directory.getByTestId('directory-add').click();
  await page.getByRole('button', { name: ru.common.save }).click();
  await expect(page.getByRole('dialog')).toContainText(ru.common.required);
  await page.getByTestId('item-name-ru').fill('Квест-игра');
  await page.getByTestId('item-name-kk').fill('Квест-ойын');
  await page.getByTestId('item-save').click();
  await expect(directory.getByRole('row', { name: /Квест-игра/ })).toBeVisible();

  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('tab-event_type')).toHaveText(kk.directories.event_type);
  await expect(directory.getByRole('row', { name: /Квест-ойын/ })).toBeVisible();
  await shell.screenshot('kk-directories-event-types');
});

test('the office profile can be corrected in settings and is kept after a restart', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.goTo('settings');
  const name = page.getByTestId('profile-office-name');
  await name.fill('Дом дружбы Кордайского района');
  await page.getByTestId('profile-submit').click();
  await expect(page.getByText(ru.settings.profileSaved)).toBeVisible();
  await shell.restart();
  await expect(page.getByTestId('office-name')).toHaveText('Дом дружбы Кордайского района');
  await expect(page.getByTestId('settings-about')).toContainText(ru.settings.runtimeBrowser);
});
