import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseOption } from './mantine';

export interface OfficeChoice {
  oblast: string;
  /** The district of a district office; none for an oblast office. */
  district?: string;
  officeName: string;
}

export interface Admin {
  login: string;
  name: string;
  password: string;
}

export const ADMIN: Admin = { login: 'admin', name: 'Айгерим Сейткали', password: 'Келісім-2026' };

export const KORDAI: OfficeChoice = {
  oblast: 'Жамбылская область',
  district: 'Кордайский район',
  officeName: 'Отдел внутренней политики акимата Кордайского района',
};

/** The first-run screens, as a new user goes through them. */
export class OnboardingPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('onboarding')).toBeVisible();
  }

  async fillProfile(choice: OfficeChoice): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('profile-oblast'), choice.oblast);
    if (choice.district) await chooseOption(this.page, this.page.getByTestId('profile-district'), choice.district);
    else await this.page.getByTestId('profile-level').locator('label').nth(1).click();
    await this.page.getByTestId('profile-office-name').fill(choice.officeName);
    await this.page.getByTestId('profile-submit').click();
    await expect(this.page.getByTestId('onboarding-admin')).toBeVisible();
  }

  /** Creates the administrator and returns the recovery key shown once. */
  async createAdmin(admin: Admin = ADMIN): Promise<string> {
    await this.page.getByTestId('admin-login').fill(admin.login);
    await this.page.getByTestId('admin-name').fill(admin.name);
    await this.page.getByTestId('admin-password').fill(admin.password);
    await this.page.getByTestId('admin-repeat').fill(admin.password);
    await this.page.getByTestId('admin-create').click();
    const key = (await this.page.getByTestId('recovery-key-value').innerText({ timeout: 30_000 })).trim();
    await this.page.getByTestId('recovery-confirm').check();
    await this.page.getByTestId('recovery-continue').click();
    await expect(this.page.getByTestId('onboarding-demo')).toBeVisible({ timeout: 30_000 });
    return key;
  }

  /** Profile and administrator: what every test starting from a new office goes through. */
  async setUpOffice(choice: OfficeChoice = KORDAI): Promise<string> {
    await this.open();
    await this.fillProfile(choice);
    return this.createAdmin();
  }

  async loadDemo(size: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('demo-size'), size);
    await this.page.getByTestId('load-demo').click();
    await expect(this.page.getByTestId('office-name')).toBeVisible({ timeout: 60_000 });
  }

  /** An empty start; the first backup is made before the application opens. */
  async startEmpty(): Promise<void> {
    await this.page.getByTestId('start-empty').click();
    await expect(this.page.getByTestId('office-name')).toBeVisible({ timeout: 30_000 });
  }
}
