import type { Page } from '@playwright/test';
import { ru } from '../../shared/i18n/ru';
import { expect } from '../fixtures';
import { chooseOption } from './mantine';
import type { ShellPage } from './shell-page';

export interface NewOperator {
  login: string;
  name: string;
  role: keyof typeof ru.auth.roles;
  temporaryPassword: string;
}

/** The viewer the access specs add beside the administrator. */
export const ALIYA: NewOperator = {
  login: 'aliya',
  name: 'Алия Ким',
  role: 'viewer',
  temporaryPassword: 'vremennyi-1',
};

/** In Settings → Users, an administrator adds an operator with a temporary password (Russian interface). */
export async function addOperator(page: Page, operator: NewOperator): Promise<void> {
  await page.getByTestId('user-add').click();
  await page.getByTestId('new-user-login').fill(operator.login);
  await page.getByTestId('new-user-name').fill(operator.name);
  await chooseOption(page, page.getByTestId('new-user-role'), ru.auth.roles[operator.role]);
  await page.getByTestId('new-user-password').fill(operator.temporaryPassword);
  await page.getByTestId('new-user-save').click();
  await expect(page.getByTestId('user-row').filter({ hasText: operator.login })).toBeVisible();
}

/** The operator's first sign-in: the temporary password, then a password of their own, then the application. */
export async function signInFirstTime(
  page: Page,
  shell: ShellPage,
  operator: Pick<NewOperator, 'login' | 'temporaryPassword'>,
  ownPassword: string,
): Promise<void> {
  await shell.signInExpecting(operator.login, operator.temporaryPassword, 'change-password');
  await page.getByTestId('current-password').fill(operator.temporaryPassword);
  await page.getByTestId('new-password').fill(ownPassword);
  await page.getByTestId('new-password-repeat').fill(ownPassword);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('office-name')).toBeVisible();
}
