import * as XLSX from 'xlsx';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { readDocx } from '../shared/word/test-docx';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/mantine';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

const cell = (text: string, merge?: 'restart' | 'continue', columnSpan?: number) =>
  new TableCell({
    children: [new Paragraph(text)],
    ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    ...(columnSpan ? { columnSpan } : {}),
  });

const row = (...texts: string[]) => new TableRow({ children: texts.map((text) => cell(text)) });

/** A bilingual plan as a district receives it in Word: title, approval line, a two-row header. */
async function planDocx(path: string): Promise<void> {
  const table = new Table({
    rows: [
      new TableRow({
        children: [
          cell('№ п/п', 'restart'),
          cell('Наименование мероприятия', undefined, 2),
          cell('Ответственные (исполнители)', 'restart'),
          cell('Срок исполнения', 'restart'),
          cell('Целевой индикатор', 'restart'),
        ],
      }),
      new TableRow({
        children: [
          cell('', 'continue'),
          cell('на казахском языке'),
          cell('на русском языке'),
          cell('', 'continue'),
          cell('', 'continue'),
          cell('', 'continue'),
        ],
      }),
      new TableRow({ children: [cell('1. Қоғамдық келісім / Общественное согласие', undefined, 6)] }),
      row(
        '1',
        'Қоғамдық келісім кеңесінің отырыстары',
        'Заседания Совета общественного согласия',
        'Отдел внутренней политики акимата Кордайского района',
        'ежеквартально',
        '4 заседания',
      ),
      row(
        '2',
        'Бірлік күніне арналған іс-шаралар',
        'Мероприятия ко Дню единства',
        'Управление культуры',
        'до 1 мая',
        '',
      ),
      row('3', 'Тұрғындармен кездесулер', 'Встречи с жителями сёл', 'Акимы сельских округов', 'III квартал', ''),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('Утвержден постановлением акимата Кордайского района от 20.01.2026 № 7'),
          new Paragraph('План мероприятий по реализации проекта «Біртұтас қоғам» на 2026 год'),
          table,
        ],
      },
    ],
  });
  writeFileSync(path, new Uint8Array(await Packer.toArrayBuffer(document)));
}

async function chooseFile(page: Page, path: string) {
  await page.getByTestId('plan-import-dropzone').locator('input[type="file"]').setInputFiles(path);
  await expect(page.getByTestId('plan-import-preview')).toBeVisible();
}

async function download(page: Page, testInfo: TestInfo, button: string, name: string): Promise<Buffer> {
  const file = page.waitForEvent('download');
  await page.getByTestId(button).click();
  const saved = testInfo.outputPath(name);
  await (await file).saveAs(saved);
  await expect(page.getByTestId('execution-report-dialog')).toBeHidden();
  return readFileSync(saved);
}

test('a plan is imported from Word with its preview and undo, and its quarter’s execution saved as .xlsx and .docx', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: new Date('2026-10-05T10:00:00+05:00') });
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.startEmpty();
  const path = testInfo.outputPath('План 2026.docx');
  await planDocx(path);

  // The preview: three items under their section, the deadlines read, one agency the directory lacks.
  await shell.goTo('plan');
  await page.getByTestId('plan-import').click();
  await chooseFile(page, path);
  await expect(page.getByTestId('plan-import-item')).toHaveCount(3);
  await expect(page.getByTestId('plan-import-section')).toHaveText('1. Қоғамдық келісім / Общественное согласие');
  await expect(page.getByTestId('plan-import-item').nth(1)).toContainText('до 1 мая');
  await expect(page.getByTestId('plan-import-name')).toHaveValue(
    'План мероприятий по реализации проекта «Біртұтас қоғам» на 2026 год',
  );
  await expect(page.getByTestId('plan-import-document-no')).toHaveValue('7');
  await expect(page.getByTestId('plan-import-problem')).toHaveText([
    /^Строка 6, графа «Ответственные \(исполнители\)»: «Акимы сельских округов» нет в справочнике/,
  ]);
  await expect(page.getByTestId('plan-import-run')).toBeDisabled();
  await shell.screenshot('plan-import-preview-ru');

  // Adding the agency clears the problem; the import is one batch, undone at once.
  await page.getByTestId('plan-import-add-agency').click();
  await expect(page.getByTestId('plan-import-ok')).toBeVisible();
  await page.getByTestId('plan-import-run').click();
  await expect(page.getByTestId('plan-import-done')).toContainText('пунктов 3');
  await page.getByTestId('plan-import-undo').click();
  await page.getByTestId('undo-import-confirm').click();
  await expect(page.getByTestId('plan-import-dropzone')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(ru.plans.noPlans)).toBeVisible();

  // Again, in Kazakh: the plan's items land on the page.
  await shell.switchLanguage('Қазақша');
  await page.getByTestId('plan-import').click();
  await chooseFile(page, path);
  await expect(page.getByTestId('plan-import-ok')).toHaveText(kk.planFiles.import.noProblems);
  await expect(page.getByTestId('plan-import-item').first()).toContainText('Қоғамдық келісім кеңесінің отырыстары');
  await expect(page.getByTestId('plan-import-item').first()).toContainText('тоқсан сайын');
  await shell.screenshot('plan-import-preview-kk');
  await page.getByTestId('plan-import-run').click();
  await page.getByTestId('plan-import-close').click();
  await expect(page.getByTestId('plan-item-row')).toHaveCount(3);

  // The third quarter's execution of item 1, with its indicator's value.
  await page.locator('[data-testid="plan-item-row"][data-number="1"]').click();
  await page.getByTestId('execution-tab-3').click();
  await page.getByTestId('execution-text-ru').fill('Проведено заседание совета 15 августа.');
  await page.getByTestId('execution-text-kk').fill('15 тамызда кеңес отырысы өтті.');
  await page.getByTestId('execution-value').fill('1');
  await page.getByTestId('execution-save').click();
  await expect(page.getByTestId('execution-author')).toBeVisible();
  await page.keyboard.press('Escape');

  // A meeting held in August under item 1, picked in the event form.
  await shell.goTo('events');
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-title').fill('Заседание Совета общественного согласия');
  await chooseOption(page, page.getByTestId('event-type'), 'Дөңгелек үстел');
  await page.getByTestId('event-date').fill('15.08.2026');
  await page.keyboard.press('Tab');
  await page.getByTestId('event-time').fill('10:00');
  await page.getByTestId('event-status').getByText(kk.enums.eventStatus.held, { exact: true }).click();
  await page.getByTestId('event-actual').fill('25');
  await chooseOption(page, page.getByTestId('event-plan-item'), '1. Қоғамдық келісім кеңесінің отырыстары');
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);
  await shell.goTo('plan');
  await expect(
    page.locator('[data-testid="plan-item-row"][data-number="1"]').getByTestId('plan-item-events'),
  ).toHaveText('1');

  // The third quarter's report as a workbook, in Russian, read back cell by cell.
  await page.getByTestId('plan-execution-report').click();
  await page.getByTestId('execution-report-language').getByText(kk.languages.ru, { exact: true }).click();
  await expect(page.getByTestId('execution-report-quarter').locator('input[value="4"]')).toBeChecked();
  await page.getByTestId('execution-report-quarter').getByText('III', { exact: true }).click();
  await shell.screenshot('plan-execution-report-kk');
  const book = XLSX.read(await download(page, testInfo, 'execution-report-xlsx', 'execution-ru.xlsx'));
  const sheet = book.Sheets[ru.planFiles.report.sheetName] as XLSX.WorkSheet;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', blankrows: true });
  expect(rows[0]?.[0]).toBe('Информация об исполнении плана мероприятий за III квартал 2026 года');
  expect(rows[1]?.[0]).toBe(
    'План мероприятий по реализации проекта «Біртұтас қоғам» на 2026 год. Утверждён: постановлением акимата Кордайского района, № 7, 20.01.2026',
  );
  expect(rows[3]).toEqual(Object.values(ru.planFiles.report.columns));
  expect(rows.slice(4, 7)).toEqual([
    [
      '1',
      'Заседания Совета общественного согласия',
      'Управление внутренней политики',
      'ежеквартально',
      [
        'Проведено заседание совета 15 августа.',
        'Проведённые мероприятия:',
        '15.08.2026 — Заседание Совета общественного согласия, участников: 25',
        'Целевой индикатор: 1 из 4 заседания',
      ].join('\n'),
      ru.plans.statuses.inProgress,
    ],
    [
      '2',
      'Мероприятия ко Дню единства',
      'Управление культуры',
      'до 1 мая',
      ru.planFiles.report.nothing,
      ru.plans.statuses.overdue,
    ],
    [
      '3',
      'Встречи с жителями сёл',
      'Акимы сельских округов',
      'III квартал',
      ru.planFiles.report.nothing,
      // Due at the quarter's end with nothing done: overdue once the quarter is over.
      ru.plans.statuses.overdue,
    ],
  ]);

  // The same quarter as a Word document in Kazakh, from the Russian interface.
  await shell.switchLanguage('Русский');
  await page.getByTestId('plan-execution-report').click();
  await page.getByTestId('execution-report-language').getByText(ru.languages.kk, { exact: true }).click();
  await page.getByTestId('execution-report-quarter').getByText('III', { exact: true }).click();
  await page.getByTestId('execution-report-docx').click();
  await expect(page.getByText(ru.word.positionMissing)).toBeVisible();
  await page.getByTestId('execution-report-position-kk').fill('Ішкі саясат бөлімінің басшысы');
  await shell.screenshot('plan-execution-report-ru');
  const word = readDocx(await download(page, testInfo, 'execution-report-docx', 'execution-kk.docx'));
  expect(word.paragraphs).toContain('2026 жылғы III тоқсандағы іс-шаралар жоспарының орындалуы туралы ақпарат');
  expect(word.text).toContain('Қоғамдық келісім кеңесінің отырыстары');
  expect(word.text).toContain('15 тамызда кеңес отырысы өтті.');
  expect(word.paragraphs).toContain('15.08.2026 — Заседание Совета общественного согласия, қатысушылар: 25');
  expect(word.text).toContain('Нысаналы индикатор: 4 заседания жоспарланғаннан 1 орындалды');
  expect(word.text).toContain(kk.plans.statuses.overdue);
  expect(word.paragraphs.slice(-2)).toEqual(['Ішкі саясат бөлімінің басшысы', 'А. Сейткали']);
  expect(word.documentXml).toContain('<w:tblHeader/>');
});
