import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseOption } from './mantine';

export interface OfficeChoice {
  oblast: string;
  district: string;
  officeName: string;
}

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
    await chooseOption(this.page, this.page.getByTestId('profile-district'), choice.district);
    await this.page.getByTestId('profile-office-name').fill(choice.officeName);
    await this.page.getByTestId('profile-submit').click();
    await expect(this.page.getByTestId('onboarding-demo')).toBeVisible();
  }

  async loadDemo(size: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('demo-size'), size);
    await this.page.getByTestId('load-demo').click();
    await expect(this.page.getByTestId('office-name')).toBeVisible({ timeout: 60_000 });
  }

  async startEmpty(): Promise<void> {
    await this.page.getByTestId('start-empty').click();
    await expect(this.page.getByTestId('office-name')).toBeVisible();
  }
}
