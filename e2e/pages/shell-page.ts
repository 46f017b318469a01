import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const MODULES = [
  'dashboard',
  'registry',
  'events',
  'plan',
  'publications',
  'workingGroups',
  'receptions',
  'monitoring',
  'reports',
  'directories',
  'settings',
] as const;
export type Module = (typeof MODULES)[number];

/** The application frame: sidebar, header, global search. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  async goTo(module: Module): Promise<void> {
    await this.page.getByTestId(`nav-${module}`).click();
  }

  async switchLanguage(label: 'Русский' | 'Қазақша'): Promise<void> {
    await this.page.getByRole('banner').getByTestId('language-switch').getByText(label, { exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', label === 'Қазақша' ? 'kk' : 'ru');
  }

  navLabels(): Promise<string[]> {
    return this.page.getByRole('navigation').locator('a, button').allInnerTexts();
  }

  async statValue(testId: string): Promise<number> {
    const text = await this.page.getByTestId(`${testId}-value`).innerText();
    return Number(text.replace(/\D/g, ''));
  }

  async searchPeople(text: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.page.getByTestId('search-input').fill(text);
  }

  async signIn(login = 'admin', password = 'Келісім-2026'): Promise<void> {
    await this.page.getByTestId('sign-in-login').fill(login);
    await this.page.getByTestId('sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
    await expect(this.page.getByTestId('office-name')).toBeVisible({ timeout: 30_000 });
  }

  /** Signs in and expects a given screen instead of the application (a password to change, say). */
  async signInExpecting(login: string, password: string, screen: string): Promise<void> {
    await this.page.getByTestId('sign-in-login').fill(login);
    await this.page.getByTestId('sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
    await expect(this.page.getByTestId(screen)).toBeVisible({ timeout: 30_000 });
  }

  /** A restart: the page loads again and the operator signs in again. */
  async restart(login = 'admin', password = 'Келісім-2026'): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByTestId('sign-in')).toBeVisible();
    await this.signIn(login, password);
  }

  async screenshot(name: string): Promise<void> {
    // Transitions finished, so that a drawer or a modal is shown as it stands, not half faded in.
    await this.page.screenshot({
      path: `test-results/screenshots/${name}.png`,
      fullPage: false,
      animations: 'disabled',
    });
  }
}
