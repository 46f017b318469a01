import * as XLSX from 'xlsx';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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
  expect(await registry.memberCount()).toBe(2);
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
