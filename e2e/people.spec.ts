import { ru } from '../shared/i18n/ru';
import { compareText } from '../shared/text/collator';
import { expect, test } from './fixtures';
import { KORDAI, OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

test('people: the list scrolls through everyone, a person is edited, deleted and restored, a duplicate is offered and merged', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.open();
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.loadDemo('500');
  await shell.goTo('registry');
  await page.getByTestId('registry-tab-people').click();
  await expect(page.getByTestId('people-count')).toHaveText('Людей: 500');
  await expect(page.getByTestId('person-row').first()).not.toHaveText('…');
  // Alphabetical in the Kazakh alphabet, which holds the Russian one: the demo's «Ілиясов» comes
  // after the Ы's, not first as Unicode order would put it, and «Ә» names follow the «А» ones.
  const firstNames = await page.getByTestId('person-row').locator('span:first-child').allInnerTexts();
  expect(firstNames.length).toBeGreaterThan(5);
  expect(firstNames[0]).toMatch(/^А/);
  expect(firstNames).toEqual([...firstNames].sort(compareText));
  await page
    .getByTestId('people-list')
    .locator('[data-scroll-viewport]')
    .evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
  await expect(page.getByTestId('person-row').last()).not.toContainText('…');
  await shell.screenshot('ru-people');

  await page.getByTestId('people-search').fill('сейит');
  await expect(page.getByTestId('people-count')).toContainText('Найдено');
  await page.getByTestId('person-row').first().click();
  const card = page.getByTestId('person-card');
  await expect(card).toBeVisible();
  const name = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
  const iin = (
    await card
      .getByRole('row', { name: new RegExp(ru.person.iin) })
      .getByRole('cell')
      .innerText()
  ).trim();

  await page.getByTestId('person-edit').click();
  await page.getByTestId('person-phone').fill('8 (701) 999 88 77');
  await page.getByTestId('person-save').click();
  await expect(card).toContainText('+7 701 999 88 77');

  await page.getByTestId('person-delete').click();
  await expect(page.getByTestId('people-count')).toHaveText(/Найдено: \d+/);
  await page.getByTestId('undo-delete').click();
  await page.getByTestId('people-search').fill(iin);
  await expect(page.getByTestId('person-row')).toHaveCount(1);

  await page.getByTestId('add-person').click();
  await page.getByTestId('person-surname').fill(name.split(' ')[0] ?? '');
  await page.getByTestId('person-given-name').fill(name.split(' ')[1] ?? '');
  await page.getByTestId('person-iin').fill(iin);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('existing-person')).toContainText(iin);
  await page.getByTestId('use-existing').click();
  await expect(card).toContainText(iin);
  await page.keyboard.press('Escape');

  const [surname, givenName] = name.split(' ');
  await page.getByTestId('add-person').click();
  await page.getByTestId('person-surname').fill(surname ?? '');
  await page.getByTestId('person-given-name').fill(givenName ?? '');
  await page
    .getByLabel(ru.person.birthDate)
    .fill(`${iin.slice(4, 6)}.${iin.slice(2, 4)}.${Number(iin[6]) <= 4 ? '19' : '20'}${iin.slice(0, 2)}`);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('existing-person')).toBeVisible();
  await page.getByRole('button', { name: ru.registry.people.createAnyway }).click();
  // The new person's card opens once the person is stored; Escape closes it then, not before.
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await page.getByTestId('people-search').fill('');
  await expect(page.getByTestId('people-count')).toHaveText('Людей: 501');

  await page.getByTestId('registry-tab-duplicates').click();
  await page.getByTestId('find-duplicates').click();
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: iin });
  await expect(pair).toContainText(ru.registry.duplicates.name_birth);
  await shell.screenshot('ru-duplicates');
  await pair.getByRole('button', { name: ru.registry.duplicates.keep }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: ru.registry.duplicates.merge }).click();
  await expect(page.getByText(ru.registry.duplicates.merged)).toBeVisible();
  await page.getByTestId('registry-tab-people').click();
  await expect(page.getByTestId('people-count')).toHaveText('Людей: 500');
});
