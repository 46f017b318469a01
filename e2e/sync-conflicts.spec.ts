import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/**
 * The conflicts list reached at its address, as the header's sync indicator leads to it. A PC that
 * has not synced with another has no versions to settle: the list says so in Russian and in
 * Kazakh. Records with versions from two PCs are the two-PC e2e's (issue 19).
 */
test('the conflicts list says there is nothing to settle, in Russian and in Kazakh', async ({ page }) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  await page.evaluate(() => {
    window.location.hash = '#/sync/conflicts';
  });
  const screen = page.getByTestId('sync-conflicts');
  await expect(screen.getByRole('heading', { name: ru.syncConflicts.title })).toBeVisible();
  await expect(page.getByTestId('conflicts-empty')).toHaveText(ru.syncConflicts.empty);
  await expect(page.getByTestId('conflicts-table')).toHaveCount(0);
  // The administrator settles conflicts: no note that only editors may.
  await expect(page.getByTestId('conflicts-editors-only')).toHaveCount(0);
  await shell.screenshot('ru-sync-conflicts-empty');

  await shell.switchLanguage('Қазақша');
  await expect(screen.getByRole('heading', { name: kk.syncConflicts.title })).toBeVisible();
  await expect(page.getByTestId('conflicts-empty')).toHaveText(kk.syncConflicts.empty);
  await expect(screen).toContainText(kk.syncConflicts.intro);
  await shell.screenshot('kk-sync-conflicts-empty');
});
