import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

test('a publication and a mass reception of 600 are counted on the dashboard, the citizen taken under control from it not counted again', async ({
  page,
}) => {
  await page.clock.install({ time: officeTime('2026-11-20T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  // One citizen received on their own.
  await shell.goTo('receptions');
  await page.keyboard.press('Alt+KeyN');
  // Each form puts the cursor in its date field once it has opened; typing before that was lost (to the date).
  await expect(page.getByTestId('reception-date')).toBeFocused();
  await chooseOption(page, page.getByTestId('reception-topic'), 'Земельный вопрос');
  await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome.explained).click();
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);

  // The field reception: 600 received, 113 helped, 12 taken under control.
  await page.getByTestId('receptions-tab-sessions').click();
  await page.getByTestId('session-new').click();
  await expect(page.getByTestId('session-date')).toBeFocused();
  await page.getByTestId('session-received').fill('600');
  await page.getByTestId('session-outcome-helped').fill('113');
  await page.getByTestId('session-outcome-control').fill('700');
  await page.getByTestId('session-save').click();
  await expect(page.getByTestId('session-outcomes-error')).toContainText('больше, чем принято (600)');
  await page.getByTestId('session-outcome-control').fill('12');
  await page.getByTestId('session-save').click();
  await expect(page.getByTestId('session-form')).toHaveCount(0);
  const session = page.getByTestId('session-row');
  await expect(session.getByTestId('session-figures')).toContainText('принято 600, помощь оказана 113, на контроле 12');

  // One of the twelve entered by name, with a deadline, from the session.
  await session.getByTestId('session-take-under-control').click();
  await expect(page.getByTestId('reception-date')).toHaveValue('20.11.2026');
  await chooseOption(page, page.getByTestId('reception-topic'), 'Земельный вопрос');
  await page.getByTestId('reception-responsible').fill('Отдел земельных отношений');
  await expect(page.getByTestId('reception-deadline')).not.toHaveValue('');
  await page.getByTestId('reception-save').click();
  await expect(page.getByTestId('reception-form')).toHaveCount(0);
  await expect(session.getByTestId('session-figures')).toContainText('внесено поимённо: 1');
  await expect(session.getByTestId('session-figures')).toContainText('принято 600');
  await shell.screenshot('ru-reception-sessions');

  await shell.goTo('publications');
  await page.getByTestId('publication-new').click();
  await expect(page.getByTestId('publication-date')).toBeFocused();
  await chooseOption(page, page.getByTestId('publication-outlet-type'), ru.publications.outletTypes.telegram);
  await page.getByTestId('publication-outlet-name').fill('Кордай жаңалықтары');
  await chooseOption(page, page.getByTestId('publication-language'), ru.publications.languages.kk);
  await page.getByTestId('publication-title').fill('Бейбітшілік пен келісім: ауылдағы кездесу');
  await page.getByTestId('publication-url').fill('http://t.me/korday_news/1520');
  await page.getByTestId('publication-reach').fill('15300');
  await page.getByTestId('publication-save').click();
  await expect(page.getByTestId('publication-form')).toContainText(ru.problems.link_invalid);
  await page.getByTestId('publication-url').fill('https://t.me/korday_news/1520');
  await expect(page.getByTestId('publication-open-link')).toBeVisible();
  await page.getByTestId('publication-save').click();
  await expect(page.getByTestId('publication-form')).toHaveCount(0);
  await expect(page.getByTestId('publication-row')).toContainText('Кордай жаңалықтары');
  await expect(page.getByTestId('publications-summary')).toHaveText('Публикаций: 1, просмотров: 15\u00a0300');
  await shell.screenshot('ru-publications');

  // 600 at the session and the one received on their own: 601, not 602.
  await shell.goTo('dashboard');
  await expect(page.getByTestId('figure-receptions-value')).toHaveText('601');
  await expect(page.getByTestId('figure-helped-value')).toHaveText('113');
  await expect(page.getByTestId('publications-card-count')).toHaveText('1');
  await expect(page.getByTestId('publications-card-reach')).toHaveText(/15\s300/);
  await expect(page.getByTestId('publications-card-types')).toHaveText('Telegram: 1');

  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('publications-card')).toContainText(kk.publications.card.title);
  await expect(page.getByTestId('figure-receptions-value')).toHaveText('601');
  await shell.goTo('publications');
  await expect(page.getByTestId('publication-row')).toContainText(kk.publications.languages.kk);
  await shell.screenshot('kk-publications');
  await shell.goTo('receptions');
  await page.getByTestId('receptions-tab-sessions').click();
  await expect(page.getByTestId('session-figures')).toContainText('қабылданды 600');
  await shell.screenshot('kk-reception-sessions');
});
