import * as XLSX from 'xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { openImport, writeSheet } from './pages/import-wizard';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** Today on the office's wall clock (Asia/Almaty, UTC+5), as the application sees it. */
function officeToday(): { year: number; month: number } {
  const now = new Date(Date.now() + 5 * 3_600_000);
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

const day = (n: number) => {
  const { year, month } = officeToday();
  return `${year}-${String(month).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
};

/** Drags with the mouse in small steps, as FullCalendar needs to recognise a drag. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 20 });
  await page.mouse.up();
}

/** Picks the first `count` options offered for a search in a Mantine MultiSelect. */
async function pickFirst(page: Page, select: Locator, search: string, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    await select.click();
    await select.pressSequentially(search);
    // Picked options stay in the list (clicking one again would unpick it): take the next one.
    await page.getByRole('option').nth(index).click();
  }
  // Closes the dropdown with a click beside it: Escape would close the dialog too.
  await page.getByRole('dialog').getByRole('paragraph').first().click();
}

for (const language of ['ru', 'kk'] as const) {
  const text = language === 'kk' ? kk : ru;

  test(`${language}: working groups tour five districts; an event is created, moved, held and reported`, async ({
    page,
  }, testInfo) => {
    const onboarding = new OnboardingPage(page);
    const shell = new ShellPage(page);
    await onboarding.setUpOffice();
    await onboarding.startEmpty();
    if (language === 'kk') await shell.switchLanguage('Қазақша');

    // Two working groups, and a rotation over five districts of the oblast.
    await shell.goTo('workingGroups');
    for (const name of ['№1', '№2']) {
      await page.getByTestId('group-new').click();
      await page.getByTestId('group-name').fill(`${text.workingGroups.group} ${name}`);
      await page.getByTestId('group-save').click();
      await expect(page.getByTestId('groups-table')).toContainText(`${text.workingGroups.group} ${name}`);
    }
    await page.getByTestId('rotation-open').click();
    await pickFirst(page, page.getByRole('combobox', { name: text.workingGroups.groups }), text.workingGroups.group, 2);
    await pickFirst(
      page,
      page.getByRole('combobox', { name: text.workingGroups.places }),
      language === 'kk' ? 'ауданы' : 'район',
      5,
    );
    await page.getByTestId('rotation-propose').click();
    const rows = page.getByTestId('rotation-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(page.getByTestId('rotation-problems')).toHaveCount(0);
    await page.getByTestId('rotation-confirm').click();
    await expect(page.getByTestId('visits-table').locator('tbody tr')).toHaveCount(10);

    // A visit's card gathers the events held during it.
    await page.getByTestId('visits-table').locator('tbody tr').first().click();
    await expect(page.getByTestId('visit-card')).toBeVisible();
    await page.getByTestId('visit-add-event').click();
    await page.getByTestId('event-title').fill(language === 'kk' ? 'Тұрғындармен кездесу' : 'Встреча с жителями села');
    await chooseOption(
      page,
      page.getByTestId('event-type'),
      language === 'kk' ? 'Тұрғындармен кездесу' : 'Встреча с жителями',
    );
    await page.getByTestId('event-time').fill('11:00');
    await page.getByTestId('event-status').getByText(text.enums.eventStatus.held, { exact: true }).click();
    await page.getByTestId('event-actual').fill('120');
    await page.getByTestId('event-save').click();
    await expect(page.getByTestId('visit-events-value')).toHaveText('1');
    await expect(page.getByTestId('visit-participants-value')).toHaveText('120');
    await shell.screenshot(`${language}-visit-card`);
    await page.keyboard.press('Escape');

    // A round table created by clicking a day, dragged two days later, then held.
    await shell.goTo('events');
    // The title names the month shown, not the month of the grid's first day.
    const { year, month } = officeToday();
    const names = language === 'kk' ? kk.dates.months : ru.dates.months;
    await expect(page.getByTestId('calendar-title')).toHaveText(new RegExp(`^${names[month - 1]} ${year}$`, 'i'));
    const title = language === 'kk' ? 'Дөңгелек үстел «Бірлік»' : 'Круглый стол «Единство»';
    await page.locator(`[role="cell"][data-date="${day(10)}"]`).click({ position: { x: 30, y: 60 } });
    await page.getByTestId('event-title').fill(title);
    await chooseOption(page, page.getByTestId('event-type'), language === 'kk' ? 'Дөңгелек үстел' : 'Круглый стол');
    await page.getByTestId('event-time').fill('15:00');
    await page.getByTestId('event-save').click();
    const cell = (n: number) => page.locator(`[role="cell"][data-date="${day(n)}"]`);
    await expect(cell(10)).toContainText(title);
    await drag(page, cell(10).getByText(title), cell(12));
    await expect(cell(12)).toContainText(title);
    await expect(cell(10)).not.toContainText(title);
    await shell.screenshot(`${language}-events-month`);

    await cell(12).getByText(title).click();
    await page.getByTestId('event-status').getByText(text.enums.eventStatus.held, { exact: true }).click();
    await page.getByTestId('event-actual').fill('45');
    await page.getByTestId('event-save').click();
    await expect(page.getByTestId('event-form')).toHaveCount(0);

    // The period report: one row per event held, totals per district and per form.
    await page.getByTestId('events-export').click();
    await expect(page.getByTestId('export-summary')).toContainText('165');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-run').click();
    const saved = testInfo.outputPath('events.xlsx');
    await (await download).saveAs(saved);
    const book = XLSX.read(readFileSync(saved));
    const [list, byDistrict, byType] = book.SheetNames.map((name) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: null }),
    );
    const titles = (list ?? []).map((row) => row[2]);
    expect(titles).toContain(title);
    const lastOf = (rows: unknown[][] | undefined) =>
      (rows ?? []).filter((row) => row.some((cell) => cell !== null)).at(-1);
    expect(lastOf(list)?.[8]).toBe(165);
    expect(lastOf(byDistrict)?.slice(1, 4)).toEqual([text.exports.total, 2, 165]);
    expect(lastOf(byType)?.slice(1, 4)).toEqual([text.exports.total, 2, 165]);
  });
}

test('ru: a plan of events imported from Excel lands in the calendar, and a past plan without result is listed as overdue', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  const office = (offsetDays: number) => new Date(Date.now() + 5 * 3_600_000 + offsetDays * 86_400_000);
  const dotted = (date: Date) =>
    `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
  const rows = [
    ['План мероприятий отдела внутренней политики', null, null, null, null, null],
    ['№', 'Наименование мероприятия', 'Форма проведения', 'Дата проведения', 'Время', 'Охват'],
    [1, 'Семинар «Язык единства»', 'Семинар', dotted(office(-2)), '10:00', 60],
    [2, 'Круглый стол с аксакалами', 'Круглый стол', dotted(office(0)), '15.00', 25],
    [3, 'Концерт дружбы', 'Концерт', dotted(office(1)), '', 300],
    [4, 'Мастер-класс по домбре', 'Мастер-класс', dotted(office(0)), '09:00', 80],
    [5, 'Тренинг «Мы вместе»', 'Тренинг', dotted(office(0)), '11:00', 50],
    [6, 'Вечер поэзии', 'Культурное мероприятие', dotted(office(0)), '18:00', 40],
    [7, 'Встреча с молодёжью', 'Встреча с жителями', dotted(office(0)), '16:00', 30],
  ];
  const file = writeSheet(testInfo.outputPath('план.xlsx'), rows, 'План');

  await shell.goTo('events');
  await openImport(page, 'events-import', file);
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-new-value')).toHaveText('6');
  await expect(page.getByTestId('preview-rejected-value')).toHaveText('1');
  await expect(page.getByTestId('problem-row')).toContainText('Концерт');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('новых 6');
  await expect(page.getByTestId('import-result')).toContainText('отклонено 1');
  await page.getByRole('button', { name: ru.common.close }).click();

  await expect(page.getByTestId('events-overdue')).toContainText('Семинар «Язык единства»');
  await expect(page.getByTestId('events-overdue')).not.toContainText('Круглый стол с аксакалами');

  // Today has five events: the month shows three and a line that opens the day's list.
  const today = page.locator(`[role="cell"][data-date="${office(0).toISOString().slice(0, 10)}"]`);
  await expect(today.getByText('+ ещё 2')).toBeVisible();
  await shell.screenshot('ru-events-busy-day');
  await today.getByText('+ ещё 2').click();
  await expect(page.getByTestId('day-event')).toHaveCount(5);
  await shell.screenshot('ru-events-day-list');
  await page.getByTestId('day-event').filter({ hasText: 'Круглый стол с аксакалами' }).click();
  await expect(page.getByTestId('event-title')).toHaveValue('Круглый стол с аксакалами');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-form')).toHaveCount(0);
  // The same in Kazakh.
  await shell.switchLanguage('Қазақша');
  await today.getByText('+ тағы 2').click();
  await expect(page.getByTestId('day-events')).toContainText(kk.events.dayList.split(' ').slice(-2).join(' '));
  await expect(page.getByTestId('day-event')).toHaveCount(5);
  await shell.screenshot('kk-events-day-list');
  await page.keyboard.press('Escape');
  await shell.switchLanguage('Русский');
  await page.getByTestId('calendar-views').getByText(ru.events.views.list, { exact: true }).click();
  await expect(page.getByTestId('calendar')).toContainText('Круглый стол с аксакалами');

  // The type filter leaves the events of the chosen form only.
  await chooseOption(page, page.getByTestId('filter-type'), 'Семинар');
  await expect(page.getByTestId('calendar')).not.toContainText('Круглый стол с аксакалами');
  await chooseOption(page, page.getByTestId('filter-type'), 'Круглый стол');
  await expect(page.getByTestId('calendar')).toContainText('Круглый стол с аксакалами');

  // The programme of the round table is kept with it.
  await page.getByTestId('calendar').getByText('Круглый стол с аксакалами').click();
  const programme = testInfo.outputPath('Программа круглого стола.pdf');
  writeFileSync(programme, '%PDF-1.4 программа');
  const attach = page.waitForEvent('filechooser');
  await page.getByTestId('event-attach').click();
  await (await attach).setFiles(programme);
  await expect(page.getByTestId('event-attachment')).toContainText('Программа круглого стола.pdf');
});
