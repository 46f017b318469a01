import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseOption } from './mantine';

export interface NewPerson {
  surname: string;
  givenName: string;
  patronymic?: string;
  iin?: string;
  phone?: string;
}

/** The associations and members registry, as a user works with it. */
export class RegistryPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-registry').click();
    await expect(this.page.getByTestId('registry-tab-associations')).toBeVisible();
  }

  async addAssociation(nameRu: string, nameKk: string, ethnos: string): Promise<void> {
    await this.page.getByTestId('add-association').click();
    await this.page.getByTestId('association-name-ru').fill(nameRu);
    await this.page.getByTestId('association-name-kk').fill(nameKk);
    await this.page.getByTestId('association-ethnos').click();
    await this.page.getByTestId('association-ethnos').fill(ethnos.slice(0, 4));
    await this.page.getByRole('option', { name: ethnos, exact: true }).click();
    await this.page.keyboard.press('Escape');
    await this.page.getByTestId('association-save').click();
    await expect(this.page.getByTestId('association-card')).toBeVisible();
  }

  async addNewMember(person: NewPerson, role: string): Promise<void> {
    await this.page.getByTestId('add-member').click();
    await this.page.getByTestId('new-person').click();
    await this.page.getByTestId('person-surname').fill(person.surname);
    await this.page.getByTestId('person-given-name').fill(person.givenName);
    if (person.patronymic) await this.page.getByTestId('person-patronymic').fill(person.patronymic);
    if (person.iin) await this.page.getByTestId('person-iin').fill(person.iin);
    if (person.phone) await this.page.getByTestId('person-phone').fill(person.phone);
    await this.page.getByTestId('person-save').click();
    await chooseOption(this.page, this.page.getByTestId('member-role'), role);
    await this.page.getByTestId('member-save').click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  memberCount(): Promise<number> {
    return this.page
      .getByTestId('member-count')
      .innerText()
      .then((text) => Number(text.replace(/\D/g, '')));
  }
}
