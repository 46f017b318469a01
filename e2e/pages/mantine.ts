import type { Locator, Page } from '@playwright/test';

/** Picks an option of a Mantine Select the way a user does: open it, type, click the option. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  if (await select.isEditable()) await select.fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}
