import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { expect, test } from './fixtures';
import { openImport } from './pages/import-wizard';
import { KORDAI, OnboardingPage } from './pages/onboarding-page';
import { RegistryPage } from './pages/registry-page';
import { ShellPage } from './pages/shell-page';

/** The member list a House of Friendship would send: a title row, the header on row 2, a total at the bottom. */
function memberListFile(path: string): void {
  const rows = [
    ['Список членов корейского культурного центра «Ариран»', null, null, null, null],
    ['№', 'Ф.И.О.', 'ИИН', 'Телефон', 'Роль в объединении'],
    [1, 'Ким Марина Викторовна', '850731400453', '', 'председатель'],
    [2, 'Пак Виктор Сергеевич', '900101300127', '+7 777 100 20 30', 'член совета'],
    [3, 'Цой Роман', 51212500780, '', 'член'],
    [4, 'Тен Лариса', '061211600012', '87015550000', 'член'],
    ['Итого', null, null, null, 4],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Члены');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

test('a new user builds an association, adds and imports members, fixes a row, undoes the import and exports the list', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  const registry = new RegistryPage(page);
  await onboarding.open();
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.startEmpty();

  await registry.open();
  await registry.addAssociation('Корейский культурный центр «Ариран»', '«Ариран» кәріс мәдени орталығы', 'корейцы');
  await registry.addNewMember(
    { surname: 'Ким', givenName: 'Марина', patronymic: 'Викторовна', iin: '850731400453' },
    'Председатель',
  );
  await registry.addNewMember({ surname: 'Хван', givenName: 'Эдуард', phone: '8 (705) 111 22 33' }, 'Член');
  await expect.poll(() => registry.memberCount()).toBe(2);
  await shell.screenshot('ru-association-card');

  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = testInfo.outputPath('Ариран члены.xlsx');
  memberListFile(file);
  await openImport(page, 'import-members', file);
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await shell.screenshot('ru-import-mapping');
  await page.getByTestId('import-next').click();

  await expect(page.getByTestId('preview-rejected-value')).toHaveText('1');
  const problem = page.getByTestId('problem-row');
  await expect(problem).toContainText('Строка 4, столбец C «ИИН»');
  await expect(problem).toContainText(ru.problems.iin_checksum);
  await expect(page.getByTestId('preview-repairs')).toContainText(ru.importer.repairs.iin_zeros_restored);
  await expect(page.getByTestId('preview-repairs')).toContainText(ru.importer.totalRow.replace('{{row}}', '7'));
  await expect(page.getByTestId('preview-new-value')).toHaveText('2');
  await expect(page.getByTestId('preview-updated-value')).toHaveText('0');
  await expect(page.getByTestId('preview-unchanged-value')).toHaveText('1');
  await shell.screenshot('ru-import-preview');

  await page.getByTestId('fix-row').click();
  await page.getByTestId('fix-iin').fill('900101300126');
  await page.getByTestId('fix-apply').click();
  await expect(page.getByTestId('preview-rejected-value')).toHaveText('0');
  await expect(page.getByTestId('preview-new-value')).toHaveText('3');

  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('новых 3');
  await page.keyboard.press('Escape');
  await expect.poll(() => registry.memberCount()).toBe(5);

  await page.getByTestId('import-members').click();
  await page.getByRole('button', { name: ru.common.close }).click();
  await shell.goTo('registry');
  await page.getByTestId('registry-tab-imports').click();
  await page.getByRole('button', { name: ru.registry.imports.undo }).click();
  await expect(page.getByText(ru.registry.imports.undoConfirmTitle)).toBeVisible();
  await page.getByTestId('undo-import-confirm').click();
  await expect(page.getByText(/Импорт отменён\. Удалено людей: 3, записей о членстве: 3,/)).toBeVisible();
  await page.getByTestId('registry-tab-associations').click();
  await page.getByRole('button', { name: 'Корейский культурный центр «Ариран»' }).click();
  await expect.poll(() => registry.memberCount()).toBe(2);

  await page.getByTestId('export-members').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const saved = testInfo.outputPath('export.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved), { type: 'buffer', cellDates: true, UTC: true });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('the export has no sheet');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', UTC: true });
  const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  const day = (cell: unknown) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
  expect(rows[0]?.[0]).toBe('Список членов: Корейский культурный центр «Ариран»');
  expect(rows[3]?.slice(0, 6)).toEqual(['№', 'Фамилия', 'Имя', 'Отчество', 'ФИО латиницей', 'ИИН']);
  const members = rows.slice(4).map((row) => [row[1], row[2], row[5], row[9], row[16], day(row[17])]);
  expect(members).toEqual([
    ['Ким', 'Марина', '850731400453', '', 'Председатель', today],
    ['Хван', 'Эдуард', '', '+7 705 111 22 33', 'Член', today],
  ]);
  expect(sheet.F5?.t).toBe('s');
});

/**
 * A list from another office, saved from LibreOffice as .ods: two lists glued together, so Ким is
 * there twice (row 6 repeats row 3) and Пак twice with another name (row 8, a problem); Тен and
 * Цой have no IIN.
 */
function gluedOdsList(path: string): void {
  const rows = [
    ['Список членов объединения (из двух списков)', null, null, null, null],
    ['№', 'Ф.И.О.', 'ИИН', 'Дата рождения', 'Телефон'],
    [1, 'Ким Марина Викторовна', '850731400453', '31.07.1985', '87011234567'],
    [2, 'Пак Виктор Сергеевич', '900101300126', '01.01.1990', ''],
    [3, 'Тен Лариса', '', '05.05.1970', ''],
    [1, 'Ким Марина Викторовна', '850731400453', '31.07.1985', '87011234567'],
    [2, 'Цой Роман', '', '', '+7 777 100 20 30'],
    [3, 'Пак Виктор', '900101300126', '01.01.1990', ''],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Члены');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Buffer);
}

/**
 * A Kazakh list drawn in Excel with its header over two rows: «Мүше туралы мәлімет» and «Байланыс»
 * merged over the column names, «№» and «Бірлестіктегі рөлі» merged down. Row 6 repeats row 4;
 * Сейітов has no IIN.
 */
async function twoRowHeaderList(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Мүшелер');
  const put = (row: number, cells: readonly (string | number | null)[]) =>
    cells.forEach((value, index) => {
      if (value !== null) sheet.getCell(row, index + 1).value = value;
    });
  put(1, ['«Ариран» орталығы мүшелерінің тізімі']);
  sheet.mergeCells('A1:G1');
  put(2, ['№', 'Мүше туралы мәлімет', null, null, 'Байланыс', null, 'Бірлестіктегі рөлі']);
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('B2:D2');
  sheet.mergeCells('E2:F2');
  sheet.mergeCells('G2:G3');
  put(3, [null, 'Тегі', 'Аты', 'ЖСН', 'Телефоны', 'Мекенжайы', null]);
  put(4, [1, 'Оспанова', 'Әсел', '061211600012', '87015550000', 'Сортөбе а., Абай к-сі, 5', 'мүше']);
  put(5, [2, 'Сейітов', 'Нұрлан', null, null, null, 'төраға']);
  put(6, [3, 'Оспанова', 'Әсел', '061211600012', '87015550000', 'Сортөбе а., Абай к-сі, 5', 'мүше']);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

test('lists as other offices send them: .ods, a header over two rows, repeated rows and people without IIN, in Russian and Kazakh', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  const registry = new RegistryPage(page);
  await onboarding.open();
  await onboarding.fillProfile(KORDAI);
  await onboarding.createAdmin();
  await onboarding.startEmpty();
  await registry.open();
  await page.getByTestId('registry-tab-people').click();
  mkdirSync(testInfo.outputDir, { recursive: true });

  const ods = testInfo.outputPath('Члены, два списка.ods');
  gluedOdsList(ods);
  await openImport(page, 'import-people', ods);
  await expect(page.getByTestId('import-header-row')).toHaveValue('2');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-rows-value')).toHaveText('6');
  await expect(page.getByTestId('preview-new-value')).toHaveText('4');
  // The exact repeat is merged, not refused; the repeat with another name stays a problem.
  await expect(page.getByTestId('preview-rejected-value')).toHaveText('1');
  await expect(page.getByTestId('problem-row')).toContainText('Строка 8, столбец C «ИИН»');
  await expect(page.getByTestId('preview-repeats')).toContainText(ru.importer.repeatsMerged);
  await expect(page.getByTestId('preview-repeats')).toContainText('строка 6 повторяет строку 3 — объединены');
  const noIin = page.getByTestId('preview-without-iin');
  await expect(noIin).toContainText('Строк без ИИН: 2');
  await expect(noIin).toContainText(ru.importer.withoutIinText);
  await expect(noIin.getByTestId('row-list')).toHaveText('5, 7');
  await shell.screenshot('ru-import-repeats-without-iin');

  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('новых 4, изменено 0, без изменений 0, отклонено 1');
  await expect(page.getByTestId('result-repeats')).toHaveText('Одинаковые строки объединены: 1');
  await expect(page.getByTestId('result-without-iin')).toContainText('Загружены без ИИН (2), строки: 5, 7.');
  await shell.screenshot('ru-import-result-without-iin');
  await page.keyboard.press('Escape');

  await expect(page.getByTestId('people-count')).toHaveText('Людей: 4');
  await page.getByText(ru.registry.people.withoutIin, { exact: true }).click();
  await expect(page.getByTestId('people-count')).toHaveText('Людей без ИИН: 2');
  await expect(page.getByTestId('person-row')).toHaveText([/^Тен Лариса/, /^Цой Роман/]);
  await shell.screenshot('ru-people-without-iin');

  await shell.switchLanguage('Қазақша');
  await expect(page.getByTestId('people-count')).toHaveText('ЖСН жоқ адамдар: 2');
  await page.getByText(kk.registry.people.withoutIin, { exact: true }).click();
  await expect(page.getByTestId('people-count')).toHaveText('Адамдар: 4');

  const xlsx = testInfo.outputPath('Мүшелер, екі жолды тақырып.xlsx');
  await twoRowHeaderList(xlsx);
  await openImport(page, 'import-people', xlsx);
  await expect(page.getByTestId('import-header-row')).toHaveValue('3');
  const mapping = page.getByTestId('import-mapping');
  // The column names are the lower row's; «Бірлестіктегі рөлі», merged down, heads its column too.
  await expect(mapping).toContainText('Тегі');
  await expect(mapping).toContainText('Бірлестіктегі рөлі');
  await expect(mapping).not.toContainText('Мүше туралы мәлімет');
  await shell.screenshot('kk-import-two-row-header');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('preview-rows-value')).toHaveText('3');
  await expect(page.getByTestId('preview-new-value')).toHaveText('2');
  await expect(page.getByTestId('preview-rejected-value')).toHaveText('0');
  await expect(page.getByTestId('preview-repeats')).toContainText(kk.importer.repeatsMerged);
  await expect(page.getByTestId('preview-repeats')).toContainText('6-жол 4-жолды қайталайды — біріктірілді');
  await expect(page.getByTestId('preview-without-iin')).toContainText('ЖСН жоқ жолдар: 1');
  await expect(page.getByTestId('preview-without-iin').getByTestId('row-list')).toHaveText('5');
  await shell.screenshot('kk-import-repeats-without-iin');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-result')).toContainText('жаңа 2');
  await expect(page.getByTestId('result-without-iin')).toContainText('ЖСН-сіз жүктелді (1), жолдар: 5.');
  await page.keyboard.press('Escape');

  await page.getByText(kk.registry.people.withoutIin, { exact: true }).click();
  await expect(page.getByTestId('people-count')).toHaveText('ЖСН жоқ адамдар: 3');
  await expect(page.getByTestId('person-row')).toHaveText([/^Сейітов Нұрлан/, /^Тен Лариса/, /^Цой Роман/]);
  await shell.screenshot('kk-people-without-iin');
});
