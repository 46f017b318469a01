import type { Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

async function addPerson(
  page: Page,
  person: { surname: string; givenName: string; birthDate?: string; latinName?: string },
): Promise<void> {
  await page.getByTestId('add-person').click();
  await page.getByTestId('person-surname').fill(person.surname);
  await page.getByTestId('person-given-name').fill(person.givenName);
  if (person.latinName) await page.getByTestId('person-latin-name').fill(person.latinName);
  if (person.birthDate) await page.getByLabel(ru.person.birthDate).fill(person.birthDate);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-card')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-card')).toHaveCount(0);
}

test('a name is found from Latin and Cyrillic queries alike, and a card keeps the passport Latin spelling, in Russian and Kazakh', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.goTo('registry');
  await page.getByTestId('registry-tab-people').click();

  await addPerson(page, {
    surname: 'Жанбырбаев',
    givenName: 'Ержан',
    birthDate: '01.01.1990',
    latinName: 'ZHANBYRBAYEV YERZHAN',
  });
  await addPerson(page, { surname: 'Занбырбаев', givenName: 'Ерлан' });
  await addPerson(page, { surname: 'Tsoi', givenName: 'Viktor' });
  await addPerson(page, { surname: 'Щербаков', givenName: 'Юрий' });

  // The people list: the surname as Kazakh Latin 2021 writes it, then as Russian translit does.
  const rows = page.getByTestId('person-row');
  await page.getByTestId('people-search').fill('Jañbyrbaev');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Жанбырбаев Ержан');
  await shell.screenshot('ru-people-latin-query');
  await page.getByTestId('people-search').fill('Shcherbakov Yu');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Щербаков Юрий');
  // And the other way round: a person written in Latin, found from Cyrillic.
  await page.getByTestId('people-search').fill('Цой');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Tsoi Viktor');

  // The card shows the passport spelling; a Cyrillic one is refused with the reason.
  await page.getByTestId('people-search').fill('Zhanbyrbayev');
  // The list follows the typing a moment later: the row clicked must be the one searched for.
  await expect(rows.first()).toContainText('Жанбырбаев Ержан');
  await rows.first().click();
  const card = page.getByTestId('person-card');
  await expect(card.getByRole('row', { name: new RegExp(ru.person.latinName.replace(/[()]/g, '.')) })).toContainText(
    'ZHANBYRBAYEV YERZHAN',
  );
  await shell.screenshot('ru-person-latin-name');
  await page.getByTestId('person-edit').click();
  await page.getByTestId('person-latin-name').fill('Жанбырбаев Ержан');
  await page.getByTestId('person-save').click();
  await expect(page.getByText(ru.problems.latin_letters_only)).toBeVisible();
  await shell.screenshot('ru-person-latin-name-refused');
  await page.getByTestId('person-latin-name').fill("ZHANBYRBAYEV YERZHAN O'RALULY");
  await page.getByTestId('person-save').click();
  await expect(card).toContainText("ZHANBYRBAYEV YERZHAN O'RALULY");
  await page.keyboard.press('Escape');

  // Ctrl+K: the passport spelling finds the Cyrillic name.
  await shell.searchPeople('Zhanbyrbayev Yer');
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Жанбырбаев Ержан');
  await shell.screenshot('ru-search-latin-query');
  await page.getByTestId('search-input').fill('цой');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Tsoi Viktor');
  await page.keyboard.press('Escape');

  // The same in Kazakh.
  await shell.switchLanguage('Қазақша');
  await page.getByTestId('people-search').fill('Qasym');
  await expect(rows).toHaveCount(0);
  await page.getByTestId('people-search').fill('Janbyrbaev');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Жанбырбаев Ержан');
  await shell.screenshot('kk-people-latin-query');
  await rows.first().click();
  await expect(card.getByRole('row', { name: new RegExp(kk.person.latinName.replace(/[()]/g, '.')) })).toContainText(
    "ZHANBYRBAYEV YERZHAN O'RALULY",
  );
  await shell.screenshot('kk-person-latin-name');
  await page.getByTestId('person-edit').click();
  await page.getByTestId('person-latin-name').fill('Жанбырбаев 2');
  await page.getByTestId('person-save').click();
  await expect(page.getByText(kk.problems.latin_letters_only)).toBeVisible();
  await shell.screenshot('kk-person-latin-name-refused');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await shell.searchPeople('Щербаков');
  await expect(results).toHaveCount(1);
  await page.getByTestId('search-input').fill('Şerbakov');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Щербаков Юрий');
  await shell.screenshot('kk-search-latin-query');
});
