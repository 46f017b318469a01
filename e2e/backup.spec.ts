import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

test('data survives a wiped database: backup, wipe, the lost-data guard, restore with the recovery key', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  const recoveryKey = await onboarding.setUpOffice();
  await onboarding.loadDemo('500');
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  const before = {
    associations: await shell.statValue('stat-associations'),
    events: await shell.statValue('stat-events'),
    receptions: await shell.statValue('stat-receptions'),
  };

  await shell.goTo('settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-now').click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/kelisim-\d{8}-\d{6}-manual\.klsbak$/);
  await expect(page.getByTestId('last-backup')).not.toHaveText(ru.backup.never);

  // What a browser reset or a bad update does: the database is gone, the rest of the profile stays.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('kelisim');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('delete failed'));
      }),
  );
  await page.reload();
  await expect(page.getByTestId('lost-data')).toBeVisible();
  await expect(page.getByTestId('lost-data')).toContainText(/При прошлой работе в базе было записей: [\d\u00a0]+/);
  await expect(page.getByTestId('lost-data')).toContainText('Последняя резервная копия');
  await shell.screenshot('ru-lost-data');

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-choose-file').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('restore-summary')).toContainText('Отдел внутренней политики');
  await page.getByTestId('restore-recovery-key').fill('WRONG-KEYXX-XXXXX-XXXXX-XXXXX');
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByTestId('restore-problem')).toHaveText(ru.backup.wrongKey);
  await page.getByTestId('restore-recovery-key').fill(recoveryKey.toLowerCase());
  await page.getByTestId('restore-confirm').click();

  await expect(page.getByTestId('sign-in')).toBeVisible({ timeout: 30_000 });
  await shell.signIn();
  await shell.goTo('dashboard');
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  await expect.poll(() => shell.statValue('stat-associations')).toBe(before.associations);
  await expect.poll(() => shell.statValue('stat-events')).toBe(before.events);
  await expect.poll(() => shell.statValue('stat-receptions')).toBe(before.receptions);

  await shell.goTo('settings');
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-check')).toContainText('Журнал цел');
  const audit = page.getByTestId('audit-table');
  // The log is the backup's, as every table is, with the restore and the sign-in after it.
  for (const action of [ru.audit.actions.restore, ru.audit.actions.login]) await expect(audit).toContainText(action);
  await expect(audit).toContainText('admin');
});
