import { mkdirSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { openImport, writeSheet } from './pages/import-wizard';
import { chooseOption } from './pages/mantine';
import { ADMIN, KORDAI, OnboardingPage } from './pages/onboarding-page';
import { RegistryPage } from './pages/registry-page';
import { ShellPage } from './pages/shell-page';

function fill(template: string, values: Record<string, number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/** A modal fades in: screenshots wait for it. */
const MODAL_SETTLED_MS = 400;

/** What the first run saves as it goes is written a moment after typing stops. */
const SAVED_AFTER_TYPING_MS = 800;

test('a first run closed halfway resumes at the same step with what was typed, and ends with the first backup', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.open();
  await chooseOption(page, page.getByTestId('profile-oblast'), KORDAI.oblast);
  await chooseOption(page, page.getByTestId('profile-district'), KORDAI.district ?? '');
  await page.getByTestId('profile-office-name').fill(KORDAI.officeName);
  await page.waitForTimeout(SAVED_AFTER_TYPING_MS);

  // The window closes on the office step: it opens there again, with the fields as they were.
  await page.reload();
  await expect(page.getByTestId('profile-oblast')).toHaveValue(KORDAI.oblast);
  await expect(page.getByTestId('profile-district')).toHaveValue(KORDAI.district ?? '');
  await expect(page.getByTestId('profile-office-name')).toHaveValue(KORDAI.officeName);
  await page.getByTestId('profile-submit').click();
  await expect(page.getByTestId('onboarding-admin')).toBeVisible();

  // On the administrator's step: the login and name come back, the passwords never do.
  await page.getByTestId('admin-login').fill('aigerim');
  await page.getByTestId('admin-name').fill(ADMIN.name);
  await page.getByTestId('admin-password').fill(ADMIN.password);
  await page.waitForTimeout(SAVED_AFTER_TYPING_MS);
  await page.reload();
  await expect(page.getByTestId('onboarding-admin')).toBeVisible();
  await expect(page.getByTestId('admin-login')).toHaveValue('aigerim');
  await expect(page.getByTestId('admin-name')).toHaveValue(ADMIN.name);
  await expect(page.getByTestId('admin-password')).toHaveValue('');
  await shell.screenshot('ru-first-run-resumed-admin');
  await page.getByTestId('admin-password').fill(ADMIN.password);
  await page.getByTestId('admin-repeat').fill(ADMIN.password);
  await page.getByTestId('admin-create').click();
  await expect(page.getByTestId('recovery-key-value')).toBeVisible({ timeout: 30_000 });

  // Closed while the recovery key was on screen: sign in, then say whether it was written down.
  await page.reload();
  await expect(page.getByTestId('onboarding-sign-in')).toBeVisible();
  await expect(page.getByTestId('sign-in-login')).toHaveValue('aigerim');
  await shell.screenshot('ru-first-run-resumed-sign-in');
  await page.getByTestId('onboarding').getByTestId('language-switch').getByText('Қазақша', { exact: true }).click();
  await expect(page.getByTestId('onboarding-sign-in')).toContainText(kk.onboarding.resumeSignIn);
  await page.getByTestId('sign-in-password').fill(ADMIN.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('onboarding-recovery')).toContainText(kk.onboarding.recoveryResumeText, {
    timeout: 30_000,
  });
  await shell.screenshot('kk-first-run-resumed-recovery');
  await page.getByTestId('recovery-make-new').click();
  await expect(page.getByTestId('recovery-key-value')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('recovery-confirm').check();
  await page.getByTestId('recovery-continue').click();
  await expect(page.getByTestId('onboarding-demo')).toBeVisible();

  // Past the recovery key, a reload asks for the password and comes back to the demo step rather
  // than skipping to the application.
  await page.reload();
  await expect(page.getByTestId('onboarding-sign-in')).toBeVisible();
  await page.getByTestId('sign-in-password').fill(ADMIN.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('onboarding-demo')).toContainText(kk.onboarding.demoTitle, { timeout: 30_000 });
  await shell.screenshot('kk-first-run-demo-step');

  // The first backup is made at the end of the first run: no screen says it is missing or old.
  await onboarding.startEmpty();
  await expect(page.getByTestId('office-name')).toHaveText(KORDAI.officeName);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await shell.switchLanguage('Русский');
  await shell.goTo('settings');
  await expect(page.getByTestId('last-backup')).toContainText(ru.backup.lastAt.split('{{')[0] ?? '');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await shell.restart('aigerim');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('undoing an import says first how many people and memberships it removes, and counts them apart', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  const registry = new RegistryPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await registry.open();
  await registry.addAssociation('Корейский культурный центр «Ариран»', '«Ариран» кәріс мәдени орталығы', 'корейцы');

  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = writeSheet(testInfo.outputPath('members.xlsx'), [
    ['Ф.И.О.', 'ИИН', 'Роль в объединении'],
    ['Ким Марина Викторовна', '850731400453', 'председатель'],
    ['Пак Виктор Сергеевич', '900101300126', 'член'],
    ['Цой Роман', '051212500780', 'член'],
  ]);
  await openImport(page, 'import-members', file);
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-new-value')).toHaveText('3');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  await page.keyboard.press('Escape');

  await shell.goTo('registry');
  await page.getByTestId('registry-tab-imports').click();
  await shell.switchLanguage('Қазақша');
  const undoButton = (label: string) => page.getByTestId('imports-table').getByRole('button', { name: label });
  await undoButton(kk.registry.imports.undo).click();
  await expect(page.getByTestId('undo-import-preview')).toContainText(
    fill(kk.registry.imports.undoWill, { people: 3, memberships: 3, other: 0, restored: 0 }),
  );
  await page.waitForTimeout(MODAL_SETTLED_MS);
  await shell.screenshot('kk-undo-import-confirm');
  await page.getByRole('button', { name: kk.common.cancel }).click();
  await expect(page.getByTestId('undo-import-preview')).toHaveCount(0);
  await shell.switchLanguage('Русский');

  await undoButton(ru.registry.imports.undo).click();
  const preview = page.getByTestId('undo-import-preview');
  await expect(preview).toContainText('Будет удалено людей: 3, записей о членстве: 3, других записей: 0');
  await page.waitForTimeout(MODAL_SETTLED_MS);
  await shell.screenshot('ru-undo-import-confirm');
  // Nothing is removed until the user confirms.
  await page.getByRole('button', { name: ru.common.cancel }).click();
  await expect(page.getByTestId('undo-import-preview')).toHaveCount(0);
  await undoButton(ru.registry.imports.undo).click();
  await expect(preview).toContainText('Будет удалено людей: 3');
  await page.getByTestId('undo-import-confirm').click();
  await expect(page.getByText(/Импорт отменён\. Удалено людей: 3, записей о членстве: 3,/)).toBeVisible();
});

test('demo data is removed in Settings after a backup, leaving what the office typed, and comes back on undo', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  const registry = new RegistryPage(page);
  await onboarding.setUpOffice();
  await expect(page.getByTestId('onboarding-demo')).toContainText(ru.onboarding.demoText);
  await onboarding.loadDemo('500');
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  const demoAssociations = await shell.statValue('stat-associations');

  await registry.open();
  await registry.addAssociation('Наш центр «Достық»', '«Достық» орталығы', 'корейцы');

  await shell.goTo('settings');
  const section = page.getByTestId('settings-demo-data');
  await expect(section).toContainText(ru.demoData.title);
  await page.getByTestId('demo-remove').click();
  const preview = page.getByTestId('demo-removal-preview');
  await expect(preview).toContainText('людей 500');
  await page.waitForTimeout(MODAL_SETTLED_MS);
  await shell.screenshot('ru-demo-removal-confirm');
  const backup = page.waitForEvent('download');
  await page.getByTestId('demo-removal-confirm').click();
  // The backup is made first: the browser build hands it over as a download.
  expect((await backup).suggestedFilename()).toMatch(/before-demo-removal\.klsbak$/);
  await expect(page.getByTestId('demo-data-removed')).toBeVisible();
  await expect(page.getByTestId('demo-remove')).toHaveCount(0);
  await shell.switchLanguage('Қазақша');
  await expect(section).toContainText(kk.demoData.undo);
  await section.scrollIntoViewIfNeeded();
  await shell.screenshot('kk-demo-removed');
  await shell.switchLanguage('Русский');

  await shell.goTo('dashboard');
  await expect.poll(() => shell.statValue('stat-people')).toBe(0);
  await expect.poll(() => shell.statValue('stat-associations')).toBe(1);

  await shell.goTo('settings');
  await page.getByTestId('demo-undo-removal').click();
  await expect(page.getByTestId('demo-data-loaded')).toBeVisible();
  await shell.goTo('dashboard');
  await expect.poll(() => shell.statValue('stat-people')).toBe(500);
  await expect.poll(() => shell.statValue('stat-associations')).toBe(demoAssociations + 1);
});
