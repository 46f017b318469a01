import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { ADMIN, OnboardingPage } from './pages/onboarding-page';
import { ALIYA, addOperator, signInFirstTime } from './pages/operators';
import { ShellPage } from './pages/shell-page';

test('a viewer works without exporting, the session locks when idle and on Ctrl+L, and the audit log records it all', async ({
  page,
}) => {
  await page.clock.install();
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');

  // A tension risk, confidential by default, recorded by the administrator.
  await shell.goTo('monitoring');
  await page.getByTestId('monitoring-tab-risks').click();
  await page.getByTestId('risk-new').click();
  await page.getByTestId('risk-place').click();
  await page.getByTestId('risk-place').fill('Кордай');
  await page
    .getByRole('option', { name: /Кордай/ })
    .first()
    .click();
  await page.getByTestId('risk-description').fill('Слухи о переделе пастбищ между двумя сёлами');
  await chooseOption(page, page.getByTestId('risk-source'), ru.monitoring.riskSources.media);
  await page.getByTestId('risk-save').click();
  // Beside the three risks of the demo district.
  await expect(page.getByTestId('risk-row')).toHaveCount(4);
  await expect(page.getByTestId('risk-register')).toContainText('Слухи о переделе пастбищ');

  await shell.goTo('settings');
  await addOperator(page, ALIYA);
  await page.getByTestId('idle-minutes').fill('2');
  await page.getByTestId('idle-minutes').blur();

  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-login').fill('aliya');
  await page.getByTestId('sign-in-password').fill('wrong-password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(ru.auth.wrongPassword);
  await signInFirstTime(page, shell, ALIYA, 'svoi-parol-7');

  // A viewer has no right to confidential records: the risk is not shown, only that one is hidden,
  // and the reception journal offers no way to show confidential receptions.
  await shell.goTo('monitoring');
  await page.getByTestId('monitoring-tab-risks').click();
  // The three demo risks and the one just recorded.
  await expect(page.getByTestId('risks-hidden')).toContainText(': 4');
  await expect(page.getByTestId('risk-row')).toHaveCount(0);
  await shell.goTo('receptions');
  await expect(page.getByTestId('receptions-page')).toBeVisible();
  await expect(page.getByTestId('receptions-confidential')).toHaveCount(0);

  await shell.goTo('registry');
  await expect(page.getByTestId('associations-table')).toBeVisible();
  await expect(page.getByTestId('export-associations')).toHaveCount(0);
  await expect(page.getByTestId('add-association')).toHaveCount(0);
  await page.getByTestId('associations-table').getByRole('button').first().click();
  await expect(page.getByTestId('association-card')).toBeVisible();
  await expect(page.getByTestId('export-members')).toHaveCount(0);
  await expect(page.getByTestId('add-member')).toHaveCount(0);
  await shell.screenshot('ru-viewer-card');

  await page.clock.fastForward('02:05');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('association-card')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(/\d{12}/);
  await shell.screenshot('ru-lock-screen');
  await page.getByTestId('unlock-password').fill('not-my-password');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await page.getByTestId('unlock-password').fill('svoi-parol-7');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('association-card')).toBeVisible();

  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.getByRole('button', { name: ru.auth.signOut }).click();
  await shell.signIn();
  await shell.goTo('settings');
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-check')).toContainText('Журнал цел');
  const audit = page.getByTestId('audit-table');
  for (const action of ['lock', 'unlock-failed', 'login-failed', 'operator-create'] as const)
    await expect(audit).toContainText(ru.audit.actions[action]);
});

test('a confirmation left open does not stay above the lock screen', async ({ page }) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.goTo('settings');
  await page.getByTestId('recovery-new').click();
  await expect(page.getByTestId('recovery-new-confirm')).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('recovery-new-confirm')).toHaveCount(0);
});

test('the action log names the operator who signed in and says roles in the interface language; the recovery key copies with an icon', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.restart();
  await shell.goTo('settings');

  const table = page.getByTestId('audit-table');
  const rowsOf = (action: string) =>
    page.getByTestId('audit-row').filter({ has: page.getByTestId('audit-action').getByText(action, { exact: true }) });
  for (const [language, texts] of [
    ['ru', ru],
    ['kk', kk],
  ] as const) {
    if (language === 'kk') await shell.switchLanguage('Қазақша');
    // The sign-in is the administrator's, by name and login; the role is named, not coded.
    await expect(rowsOf(texts.audit.actions.login).first().getByTestId('audit-actor')).toHaveText(
      `${ADMIN.name} (${ADMIN.login})`,
    );
    await expect(rowsOf(texts.audit.actions['operator-create']).getByTestId('audit-details')).toHaveText(
      `${texts.audit.detailKeys.role}: ${texts.auth.roles.administrator}`,
    );
    // Each entry names the PC that wrote it; the check reports per PC and is itself written to this PC's chain.
    await expect(rowsOf(texts.audit.actions.login).first().getByTestId('audit-device')).toHaveText(texts.audit.thisPc);
    await page.getByTestId('audit-verify').click();
    await expect(page.getByTestId('audit-check-chain')).toHaveCount(1);
    await expect(page.getByTestId('audit-check-chain')).toHaveText(
      new RegExp(`^${texts.audit.thisPc}: ${texts.audit.intact.split('{{')[0]}`),
    );
    await expect(rowsOf(texts.audit.actions['audit-check']).first().getByTestId('audit-details')).toHaveText(
      new RegExp(`^${texts.audit.detailKeys.intact}: ${texts.common.yes}; ${texts.audit.detailKeys.records}: \\d+$`),
    );
    await expect(table).not.toContainText(/administrator|system|role:|audit-check|intact/);
    // The PC's column does not push the details past the card.
    const card = await page.getByTestId('settings-audit').boundingBox();
    const details = await rowsOf(texts.audit.actions.backup).first().getByTestId('audit-details').boundingBox();
    expect((details?.x ?? 0) + (details?.width ?? 0)).toBeLessThanOrEqual((card?.x ?? 0) + (card?.width ?? 0));
    await table.scrollIntoViewIfNeeded();
    await shell.screenshot(`${language}-audit-log`);
  }

  // A new recovery key, shown in a dialog until it is written down: the copy button is an icon
  // named in the interface language, with a tooltip.
  for (const [language, texts] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    if (language === 'ru') await shell.switchLanguage('Русский');
    await page.getByTestId('recovery-new').click();
    await page.getByTestId('recovery-new-confirm').click();
    const copy = page.getByTestId('recovery-key').getByRole('button', { name: texts.common.copy, exact: true });
    await expect(copy.locator('svg')).toBeVisible();
    await copy.hover();
    await expect(page.getByRole('tooltip')).toHaveText(texts.common.copy);
    await shell.screenshot(`${language}-recovery-key`);
    await page.getByTestId('recovery-confirm').check();
    await page.getByTestId('recovery-new-done').click();
    await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  }
});
