import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { composeIin } from '../shared/identity/iin';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { openImport, writeSheet } from './pages/import-wizard';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

/** Moves the keyboard focus forward with Tab until it reaches the field, as a user without a mouse does. */
async function tabTo(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId);
  for (let presses = 0; presses < 25; presses++) {
    if (
      await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** A valid IIN of a woman born on 12 March 1985. */
const iin = [1, 2, 3, 4, 5].map((serial) => composeIin('1985-03-12', 'female', serial)).find(Boolean) ?? '';

/** An instant given as the office's wall-clock time (Kazakhstan, UTC+5). */
const officeTime = (local: string) => new Date(`${local}+05:00`);

test('a reception typed with the keyboard alone goes under control, turns overdue after its deadline, is closed, and the summary counts it', async ({
  page,
}, testInfo) => {
  // Monday 14 December 2026: the 15 working days pass 16 December, two weekends, New Year with its
  // day moved to Monday 4 January, and Orthodox Christmas on 7 January.
  await page.clock.install({ time: officeTime('2026-12-14T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  await shell.goTo('receptions');
  await expect(page.getByTestId('receptions-page')).toBeVisible();

  // From here to the saved reception only the keyboard is used.
  const started = Date.now();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('reception-date')).toBeFocused();
  await expect(page.getByTestId('reception-date')).toHaveValue('14.12.2026');
  await tabTo(page, 'reception-new-citizen');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('citizen-surname')).toBeFocused();
  await page.keyboard.type('Ахметова');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Гульнар');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Сериковна');
  await page.keyboard.press('Tab');
  await page.keyboard.type(iin);
  await page.keyboard.press('Tab');
  await page.keyboard.type('8 701 555 44 33');
  await tabTo(page, 'reception-topic');
  await page.keyboard.type('Земел');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reception-topic')).toHaveValue('Земельный вопрос');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Просит ускорить выделение участка под ИЖС, заявление подано в 2025 году');
  // The outcome is a row of radio buttons: Tab enters it, the arrows choose.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('reception-responsible')).toBeVisible();
  await tabTo(page, 'reception-responsible');
  await page.keyboard.type('Отдел земельных отношений');
  await expect(page.getByTestId('reception-deadline')).toHaveValue('08.01.2027');
  await expect(page.getByTestId('citizen-iin')).toHaveValue(iin);
  await shell.screenshot('ru-reception-form');
  await page.keyboard.press('Control+Enter');
  // Saved, and the form is ready for the next citizen in the queue with the date kept.
  await expect(page.getByTestId('reception-citizen')).toBeFocused();
  await expect(page.getByTestId('reception-date')).toHaveValue('14.12.2026');
  // The first Escape closes the citizen search's list, the second the form.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reception-form')).toHaveCount(0);
  expect(Date.now() - started, 'keyboard entry took too long').toBeLessThan(30_000);

  await expect(page.getByTestId('journal-row')).toHaveCount(1);
  await expect(page.getByTestId('journal-row')).toContainText('Ахметова Гульнар');
  await page.getByTestId('receptions-tab-control').click();
  const row = page.getByTestId('control-row');
  await expect(row).toHaveAttribute('data-state', 'open');
  await expect(row).toContainText('08.01.2027');
  await expect(page.getByTestId('header-overdue')).toHaveCount(0);
  await shell.screenshot('ru-control-list');

  // The same screens in Kazakh.
  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('control-row')).toContainText(kk.receptions.control.open);
  await shell.screenshot('kk-control-list');
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('reception-form')).toContainText(kk.receptions.newReception);
  await page.getByTestId('reception-outcome').getByText(kk.enums.receptionOutcome.control).click();
  await page.getByTestId('reception-responsible').fill('Жер қатынастары бөлімі');
  await expect(page.getByTestId('reception-deadline')).toHaveValue('08.01.2027');
  await shell.screenshot('kk-reception-form');
  await page.getByRole('dialog').getByRole('button', { name: kk.common.cancel }).click();
  await shell.switchLanguage('Русский');

  // The last evening of the deadline it is still open; a few minutes after midnight it is overdue.
  await page.clock.setSystemTime(officeTime('2027-01-08T23:50:00'));
  await shell.goTo('dashboard');
  await shell.goTo('receptions');
  await page.getByTestId('receptions-tab-control').click();
  await expect(page.getByTestId('control-row')).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('header-overdue')).toHaveCount(0);
  await page.clock.setSystemTime(officeTime('2027-01-09T00:10:00'));
  await shell.goTo('dashboard');
  await expect(page.getByTestId('header-overdue')).toContainText('1');
  await expect.poll(() => shell.statValue('stat-overdue')).toBe(1);
  await page.getByTestId('header-overdue').click();
  await expect(page.getByTestId('control-row')).toHaveAttribute('data-state', 'overdue');
  await expect(page.getByTestId('control-row')).toContainText(ru.receptions.control.overdue);

  // Closed with a resolution: it leaves the list and the header.
  await page.getByTestId('control-row').click();
  await page.getByTestId('control-close').click();
  await page.getByTestId('control-text').fill('Участок выделен, постановление акимата от 08.01.2027');
  await page.getByTestId('control-apply').click();
  await expect(page.getByTestId('control-closed')).toContainText('Участок выделен');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('control-row')).toHaveCount(0);
  await expect(page.getByTestId('header-overdue')).toHaveCount(0);

  // Two more receptions from the registry's own buttons, one of them confidential.
  for (const [topic, outcome, confidential] of [
    ['Жилищ', 'explained', false],
    ['религ', 'explained', true],
  ] as const) {
    await page.getByTestId('reception-new').click();
    await page.getByTestId('reception-date').fill('20.12.2026');
    await page.keyboard.press('Tab');
    await page.getByTestId('reception-citizen').click();
    await page.getByTestId('reception-citizen').fill('Ахметова');
    await page.getByRole('option', { name: /Ахметова Гульнар/ }).click();
    await expect(page.getByTestId('citizen-earlier')).toBeVisible();
    await page.getByTestId('reception-topic').click();
    await page.getByTestId('reception-topic').fill(topic);
    await page.keyboard.press('Enter');
    await page.getByTestId('reception-outcome').getByText(ru.enums.receptionOutcome[outcome]).click();
    if (confidential) await page.getByTestId('reception-confidential').check();
    await page.getByTestId('reception-save').click();
    await expect(page.getByTestId('reception-form')).toHaveCount(0);
  }
  await page.getByTestId('receptions-tab-journal').click();
  await page.getByTestId('journal-from').fill('01.12.2026');
  await page.getByTestId('journal-to').fill('31.01.2027');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('journal-row')).toHaveCount(2);
  await expect(page.getByTestId('journal-hidden')).toContainText('1');
  await page.getByTestId('receptions-confidential').check();
  await expect(page.getByTestId('journal-row')).toHaveCount(3);

  // The summary of the period: topics × outcomes; the confidential one is left out unless included.
  await page.getByTestId('receptions-export').click();
  await page.getByTestId('export-from').fill('01.12.2026');
  await page.getByTestId('export-to').fill('31.12.2026');
  await page.keyboard.press('Tab');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const saved = testInfo.outputPath('receptions.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  const sheet = (index: number) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[index] ?? ''] as XLSX.WorkSheet, {
      header: 1,
      defval: null,
    });
  const journal = sheet(0).map((cells) => cells.join(' '));
  expect(journal.filter((line) => line.includes('Ахметова'))).toHaveLength(2);
  const summary = sheet(1);
  const topicRow = (name: string) => summary.find((cells) => cells.includes(name));
  // Columns: explained, helped, control, referred, declined, total.
  const counts = (cells: unknown[] | undefined) => (cells ?? []).filter((cell) => typeof cell === 'number');
  expect(counts(topicRow('Земельный вопрос')).slice(-6)).toEqual([0, 0, 1, 0, 0, 1]);
  expect(counts(topicRow('Жилищный вопрос')).slice(-6)).toEqual([1, 0, 0, 0, 0, 1]);
  expect(topicRow('Вопросы религии')).toBeUndefined();
  const grand = summary
    .filter((cells) => cells.some((cell) => cell !== null))
    .find((cells) => cells.includes(ru.exports.total));
  expect(counts(grand).slice(-6)).toEqual([1, 0, 1, 0, 0, 2]);

  // A reception entered by mistake is deleted, and comes back with Undo.
  await page.getByTestId('journal-row').filter({ hasText: 'Жилищный вопрос' }).click();
  await page.getByTestId('reception-delete').click();
  await expect(page.getByTestId('journal-row')).toHaveCount(2);
  await page.getByRole('button', { name: ru.common.undo, exact: true }).click();
  await expect(page.getByTestId('journal-row')).toHaveCount(3);
});

test('a reception list kept in Excel is imported: citizens are added, control items get their deadline, a row without a citizen is refused', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: officeTime('2026-12-14T10:00:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();

  const rows = [
    ['Журнал приёма граждан акимом района', null, null, null, null, null, null, null],
    ['№', 'Дата приёма', 'ФИО заявителя', 'ИИН', 'Тема обращения', 'Суть обращения', 'Результат', 'Ответственный'],
    [
      1,
      '01.12.2026',
      'Сейткали Марат Болатович',
      iin,
      'Земельный вопрос',
      'Участок под ИЖС',
      'Взято на контроль',
      'Отдел земельных отношений',
    ],
    [2, '02.12.2026', 'Ким Ольга Викторовна', null, 'Трудоустройство', 'Ищет работу', 'Разъяснено', null],
    [3, '03.12.2026', null, null, 'Другое', 'Без фамилии', 'Разъяснено', null],
  ];
  const file = writeSheet(testInfo.outputPath('журнал приёма.xlsx'), rows, 'Журнал');

  await shell.goTo('receptions');
  await openImport(page, 'receptions-import', file);
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-new-value')).toHaveText('2');
  await expect(page.getByTestId('preview-rejected-value')).toHaveText('1');
  await expect(page.getByTestId('problem-row')).toContainText('Строка 5, столбец C «ФИО заявителя»');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('новых 2');
  await page.getByRole('button', { name: ru.common.close }).click();

  await page.getByTestId('journal-from').fill('01.12.2026');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('journal-row')).toHaveCount(2);
  await expect(page.getByTestId('journal-row').first()).toContainText('Ким Ольга');
  // 15 working days from 1 December, with Independence Day on the 16th skipped.
  await page.getByTestId('receptions-tab-control').click();
  await expect(page.getByTestId('control-row')).toContainText('23.12.2026');
  await expect(page.getByTestId('control-row')).toContainText('Сейткали Марат');
});

test('in a narrow journal the outcome and the official are never cut: they wrap, and the whole text is on hover', async ({
  page,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shell.goTo('receptions');
  // The whole demo year rather than the current period.
  await page.getByTestId('journal-from').fill('01.01.2020');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('journal-row').first()).toBeVisible();

  /** Whether an element shows all of its text, and the text and title it has. */
  const shown = (locator: ReturnType<typeof page.getByTestId>) =>
    locator.evaluateAll((elements) =>
      elements.map((element) => {
        const label = element.querySelector('.mantine-Badge-label') ?? element;
        return {
          text: (element.textContent ?? '').trim(),
          title: element.getAttribute('title') ?? '',
          whole: label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1,
          lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
        };
      }),
    );

  for (const [language, texts] of [
    ['ru', ru],
    ['kk', kk],
  ] as const) {
    if (language === 'kk') await shell.switchLanguage('Қазақша');
    // The header's buttons and the journal's grouping stay inside a 1024-pixel window.
    const right = async (testId: string) =>
      page
        .getByRole('banner')
        .getByTestId(testId)
        .evaluate((element) => element.getBoundingClientRect().right);
    expect(await right('open-search')).toBeLessThanOrEqual(1024);
    expect(await right('language-switch')).toBeLessThanOrEqual(1024);
    expect(await right('user-menu')).toBeLessThanOrEqual(1024);
    await shell.screenshot(`${language}-reception-journal-narrow-header`);
    const groupingRight = await page
      .getByTestId('journal-grouping')
      .evaluate((element) => Math.max(...[...element.children].map((chip) => chip.getBoundingClientRect().right)));
    expect(groupingRight).toBeLessThanOrEqual(1024);
    // The journal draws only the lines in view: scroll through it until "helped" is among them.
    await page.getByTestId('journal-row').first().hover();
    let badges = await shown(page.getByTestId('outcome-badge'));
    for (
      let turn = 0;
      turn < 20 && !badges.some((badge) => badge.text === texts.enums.receptionOutcome.helped);
      turn++
    ) {
      await page.mouse.wheel(0, 300);
      badges = await shown(page.getByTestId('outcome-badge'));
    }
    expect(badges.map((badge) => badge.text)).toContain(texts.enums.receptionOutcome.helped);
    // Every outcome is on screen whole, on two lines where one is too narrow, and named on hover.
    for (const badge of badges) expect(badge).toMatchObject({ whole: true, title: badge.text });
    const officials = await shown(page.getByTestId('journal-official'));
    expect(officials.length).toBeGreaterThan(0);
    for (const official of officials) expect(official.title).toBe(official.text);
    // A name longer than its column goes on to a second line instead of ending in "…".
    expect(Math.max(...officials.map((official) => official.lines))).toBeGreaterThanOrEqual(2);
    await shell.screenshot(`${language}-reception-journal-narrow`);
  }
});
