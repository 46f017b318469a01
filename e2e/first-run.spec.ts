import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { KORDAI, OnboardingPage } from './pages/onboarding-page';
import { MODULES, ShellPage } from './pages/shell-page';

test('a new user sets up the office, loads demo data, works in Kazakh and visits every module', async ({ page }) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);

  await onboarding.open();
  // The browser build is for trying the program: it says so from the first screen on.
  const notice = page.getByTestId('browser-build-notice');
  await expect(notice).toHaveText(ru.header.browserBuild);
  await shell.screenshot('ru-onboarding');
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.loadDemo('500');

  await expect(page.getByTestId('office-name')).toHaveText(KORDAI.officeName);
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  await expect.poll(() => shell.statValue('stat-receptions')).toBe(250);
  await expect.poll(() => shell.statValue('stat-events')).toBe(100);
  await expect.poll(() => shell.statValue('stat-associations')).toBeGreaterThan(0);
  expect(await shell.navLabels()).toEqual(MODULES.map((module) => ru.nav[module]));
  await expect(page.getByRole('banner').getByTestId('browser-build-notice')).toHaveText(ru.header.browserBuild);
  await shell.screenshot('ru-dashboard');

  await shell.switchLanguage('Қазақша');
  expect(await shell.navLabels()).toEqual(MODULES.map((module) => kk.nav[module]));
  const kazakhText = await page.locator('body').innerText();
  const russianOnly = (labels: string[]) => labels.filter((label) => !Object.values(kk.nav).includes(label));
  for (const label of russianOnly([
    ...Object.values(ru.nav),
    ru.dashboard.title,
    ru.dashboard.people,
    ru.header.searchPlaceholder,
  ]))
    expect(kazakhText, `"${label}" still in Russian`).not.toContain(label);
  for (const label of [kk.dashboard.people, kk.dashboard.receptions, kk.header.searchPlaceholder])
    expect(kazakhText).toContain(label);
  await expect(notice).toHaveText(kk.header.browserBuild);

  for (const module of MODULES) {
    await shell.goTo(module);
    await expect(page.getByRole('heading', { level: 2, name: kk.nav[module] })).toBeVisible();
    await shell.screenshot(`kk-${module}`);
  }

  await shell.restart();
  await expect(page.getByRole('heading', { level: 2, name: kk.nav.settings })).toBeVisible();
  await shell.switchLanguage('Русский');
  for (const module of MODULES) {
    await shell.goTo(module);
    await expect(page.getByRole('heading', { level: 2, name: ru.nav[module] })).toBeVisible();
    await shell.screenshot(`ru-${module}`);
  }
});

test('the global search finds people by name typed without Kazakh letters, by IIN, and opens their card', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.open();
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.loadDemo('500');

  await shell.searchPeople('сейит');
  const results = page.getByTestId('search-result');
  await expect(results.first()).toBeVisible();
  const names = await results.allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((text) => /Сейіт/.test(text))).toBe(true);
  await shell.screenshot('ru-search');

  const iin = (await results.first().locator('.mantine-Badge-label').innerText()).trim();
  await page.getByTestId('search-input').fill(iin.slice(0, 8));
  await expect(results.filter({ hasText: iin })).toHaveCount(1);
  await results.filter({ hasText: iin }).click();
  const card = page.getByTestId('person-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(iin);
  await expect(card).toContainText(ru.person.memberships);
});
