import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

test('the dashboard shows the period against the one before, and a chart bar opens the records behind it', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');
  await shell.goTo('dashboard');

  const figure = (key: string) => shell.statValue(`figure-${key}`);
  await expect(page.getByTestId('figure-receptions-value')).not.toHaveText('…');
  // The demo's year: every reception of the last twelve months is in it.
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.year, { exact: true }).click();
  await expect(page.getByTestId('dashboard-from')).toHaveValue(/^01\.01\./);
  await expect.poll(() => figure('receptions')).toBeGreaterThan(0);
  const yearReceptions = await figure('receptions');
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.month, { exact: true }).click();
  await expect.poll(() => figure('receptions')).toBeLessThan(yearReceptions);
  await page.getByTestId('dashboard-period-kind').getByText(ru.dashboard.periods.year, { exact: true }).click();
  await expect.poll(() => figure('receptions')).toBe(yearReceptions);
  await expect(page.getByTestId('figure-receptions-change')).toBeVisible();
  await shell.screenshot('ru-dashboard');
  await page.screenshot({ path: 'test-results/screenshots/ru-dashboard-charts.png', fullPage: true });

  // A bar of receptions by topic opens exactly the receptions it counts.
  const bar = page.getByTestId('chart-receptions-by-topic').locator('.recharts-bar-rectangle').first();
  await bar.click();
  const count = Number((await page.getByTestId('records-count').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId('record-line').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // A figure opens its records too, and their number is the figure.
  const held = await figure('eventsHeld');
  await page.getByTestId('figure-eventsHeld').click();
  await expect(page.getByTestId('records-count')).toContainText(String(held));
  await page.keyboard.press('Escape');

  // The slice "helped" of receptions by outcome holds the receptions the figure "helped" counts.
  const helped = await figure('helped');
  await page.getByTestId('slices-outcome-legend').filter({ hasText: ru.enums.receptionOutcome.helped }).click();
  await expect(page.getByTestId('records-count')).toContainText(String(helped));
  await page.keyboard.press('Escape');

  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('chart-receptions-by-topic')).toContainText(kk.dashboard.charts.receptionsByTopic);
  // The line naming the period compared against is longer in Kazakh than a card is wide: it wraps, whole.
  const previous = page.locator('[data-testid$="-previous"]');
  await expect(previous.first()).toContainText(
    kk.dashboard.previous.slice(kk.dashboard.previous.lastIndexOf('}}') + 2).trim(),
  );
  const lines = await previous.evaluateAll((elements) =>
    elements.map((element) => ({
      clipped: element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
      inside:
        element.getBoundingClientRect().right <=
        (element.closest('[data-testid^="figure-"]')?.getBoundingClientRect().right ?? 0) + 1,
    })),
  );
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toEqual({ clipped: false, inside: true });
  await page.getByTestId('figure-receptions').scrollIntoViewIfNeeded();
  await shell.screenshot('kk-dashboard');
});
