import * as XLSX from 'xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { summaryFigures, type PackageSummary } from '../shared/exchange/format';
import { keyFingerprint } from '../shared/exchange/signature';
import { kk } from '../shared/i18n/kk';
import { ru } from '../shared/i18n/ru';
import { formatNumber } from '../shared/text/number-format';
import { districtKey, districtPackage } from './exchange-packages';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';

const sheetRows = (book: XLSX.WorkBook, name: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: null });

test('a district sends the period package to the oblast: one workbook with every register, a summary and the metadata', async ({
  page,
}, testInfo) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice();
  await onboarding.loadDemo('500');
  await shell.goTo('reports');
  await page.getByTestId('reports-tab-exchange').click();
  await page.getByTestId('package-period-kind').getByText(ru.events.periods.year, { exact: true }).click();
  await expect(page.getByTestId('package-contents')).toContainText(/приёмов [1-9]/);

  const download = page.waitForEvent('download');
  await page.getByTestId('package-create').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kelisim-314800000-\d{4}-01-01-\d{4}-12-31\.xlsx$/);
  const saved = testInfo.outputPath('package.xlsx');
  await file.saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  expect(book.SheetNames).toContain('kelisim-exchange');
  for (const sheet of Object.values(ru.exchange.sheets)) expect(book.SheetNames).toContain(sheet);
  const meta = new Map(sheetRows(book, 'kelisim-exchange').map((cells) => [cells[0], cells[1]]));
  expect(meta.get('district_code')).toBe('314800000');
  expect(meta.get('personal_data_masked')).toBe('1');
  // Signed with the office's key, whose fingerprint the screen shows for the oblast to compare by phone.
  const signingKey = String(meta.get('signing_key'));
  expect(signingKey).toMatch(/^[0-9a-f]{64}$/);
  expect(String(meta.get('signature'))).toMatch(/^[0-9a-f]{128}$/);
  await expect(page.getByTestId('package-fingerprint')).toHaveText(keyFingerprint(signingKey));
  // Personal data is masked by default: no whole IIN leaves the district.
  const receptions = sheetRows(book, ru.exchange.sheets.receptions).flat();
  expect(receptions.some((cell) => typeof cell === 'string' && /^\d{12}$/.test(cell))).toBe(false);
});

test('the oblast takes three districts’ signed packages once their keys are confirmed and a re-sent one, refuses a tampered and a forged one, and exports the consolidated summary', async ({
  page,
}, testInfo) => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const districts = [
    { code: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
    { code: '315400000', nameRu: 'Меркенский район', nameKk: 'Мерке ауданы' },
    { code: '316600000', nameRu: 'Шуский район', nameKk: 'Шу ауданы' },
  ];
  // Each district office has its own signing key.
  const keyed = await Promise.all(districts.map(async (district) => ({ district, key: await districtKey() })));
  const made = await Promise.all(
    keyed.map(({ district, key }, index) =>
      districtPackage(district, {
        people: 150 + index * 50,
        seed: index + 1,
        createdAt: '2026-07-02T05:00:00.000Z',
        period,
        key,
      }),
    ),
  );
  const [kordai, merke] = keyed;
  if (!kordai || !merke) throw new Error('three districts expected');
  // Merke sends its package again a week later, with more people in it.
  const resent = await districtPackage(merke.district, {
    people: 400,
    seed: 9,
    createdAt: '2026-07-09T05:00:00.000Z',
    period,
    key: merke.key,
  });
  const files = [...made, resent].map(({ bytes }, index) => {
    const path = testInfo.outputPath(`package-${index + 1}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  // A package someone edited after it was made: one figure changed on the summary sheet.
  const tampered = XLSX.read(readFileSync(files[2] ?? ''));
  const summarySheet = tampered.Sheets[ru.exchange.sheets.summary] as XLSX.WorkSheet;
  summarySheet.C6 = { t: 'n', v: 999 };
  const tamperedPath = testInfo.outputPath('edited.xlsx');
  writeFileSync(tamperedPath, XLSX.write(tampered, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await onboarding.setUpOffice({
    oblast: 'Жамбылская область',
    officeName: 'Управление внутренней политики Жамбылской области',
  });
  await onboarding.startEmpty();
  await shell.goTo('reports');
  await page.getByTestId('reports-tab-exchange').click();
  await page
    .getByTestId('packages-dropzone')
    .locator('input[type="file"]')
    .setInputFiles([...files, tamperedPath]);

  // Each district's first signed package waits for its key's fingerprint to be compared by phone;
  // nothing of them is stored meanwhile. The tampered file is refused at once.
  const outcomes = page.getByTestId('package-outcome');
  const waiting = page.getByTestId('package-pending');
  await expect(waiting).toHaveCount(4, { timeout: 60_000 });
  await expect(outcomes).toHaveCount(1);
  await expect(outcomes.nth(0)).toHaveAttribute('data-ok', 'false');
  await expect(outcomes.nth(0)).toContainText('контрольная сумма не совпадает');
  // Every district and city of the oblast is listed from КАТО, none of them has sent yet.
  const districtRows = page.getByTestId('submission-row');
  await expect(districtRows).toHaveCount(11);
  await expect(page.locator('[data-testid="submission-row"][data-sent="true"]')).toHaveCount(0);
  await expect(waiting.nth(0)).toContainText('Кордайский район');
  await expect(waiting.nth(0).getByTestId('pending-fingerprint')).toHaveText(kordai.key.fingerprint);
  await expect(waiting.nth(3).getByTestId('pending-fingerprint')).toHaveText(merke.key.fingerprint);
  await shell.screenshot('ru-oblast-package-fingerprint');
  // Confirming Merke's key once also takes its re-sent package, which waited for the same key.
  for (const remaining of [3, 1, 0]) {
    await waiting.nth(0).getByTestId('package-confirm').click();
    await expect(waiting).toHaveCount(remaining);
  }
  await expect(outcomes).toHaveCount(5);
  await expect(outcomes.nth(1)).toContainText('Получен пакет района Кордайский район');
  await expect(outcomes.nth(2)).toContainText('Получен пакет района Меркенский район');
  await expect(outcomes.nth(3)).toContainText('заменил полученный ранее');
  await expect(outcomes.nth(4)).toContainText('Получен пакет района Шуский район');
  await expect(page.locator('[data-testid="submission-row"][data-sent="true"]')).toHaveCount(3);
  await shell.screenshot('ru-oblast-packages');

  // Who has not sent: Taraz, a city of oblast significance, is listed and marked; 3 of 11 reported.
  const summary = page.getByTestId('completeness-summary');
  await expect(summary).toHaveText('Отчитались 3 из 11 — 27 %');
  const taraz = districtRows.filter({ hasText: 'Тараз Г.А.' });
  await expect(taraz).toHaveAttribute('data-sent', 'false');
  await expect(taraz.getByTestId('submission-status')).toHaveText(ru.exchange.completeness.missing);
  // Merke's re-sent package is shown as its second version.
  await expect(districtRows.filter({ hasText: 'Меркенский район' })).toContainText('версия 2');
  await page.getByTestId('completeness-due').fill('01.07.2026');
  await page.keyboard.press('Tab');
  await expect(summary).toHaveText('Отчитались 3 из 11 — 27 %; в срок — 0');
  await expect(districtRows.filter({ hasText: 'Шуский район' }).getByTestId('submission-status')).toHaveText(
    ru.exchange.completeness.late,
  );
  await page.getByTestId('completeness-due').fill('05.07.2026');
  await page.keyboard.press('Tab');
  await expect(summary).toHaveText('Отчитались 3 из 11 — 27 %; в срок — 3');
  await page.getByTestId('completeness-filter').getByText(ru.exchange.completeness.filter.missing).click();
  await expect(districtRows).toHaveCount(8);
  await page.getByTestId('submissions').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('ru-oblast-completeness');

  // The list of those that have not sent, as a workbook with the share under it.
  const listDownload = page.waitForEvent('download');
  await page.getByTestId('completeness-export').click();
  const listPath = testInfo.outputPath('completeness.xlsx');
  await (await listDownload).saveAs(listPath);
  const listRows = sheetRows(XLSX.read(readFileSync(listPath)), ru.exchange.completeness.sheet);
  const listed = listRows.filter((cells) => typeof cells[0] === 'number');
  expect(listed).toHaveLength(8);
  expect(listed.map((cells) => cells[1])).toContain('Тараз Г.А.');
  expect(listed.every((cells) => cells[3] === ru.exchange.completeness.missing)).toBe(true);
  expect(listRows.flat()).toContain('Отчитались 3 из 11 — 27 %; в срок — 3');

  await shell.switchLanguage('Қазақша');
  await expect(summary).toHaveText('Есеп бергендер: 11 ішінен 3 — 27 %; мерзімінде — 3');
  await page.getByTestId('completeness-filter').getByText(kk.exchange.completeness.filter.all).click();
  await expect(districtRows).toHaveCount(11);
  await page.getByTestId('submissions').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shell.screenshot('kk-oblast-completeness');
  await shell.switchLanguage('Русский');

  // A package for Kordai signed with another key than the one confirmed for it is refused; nothing changes.
  const forger = await districtKey();
  const forged = await districtPackage(kordai.district, {
    people: 50,
    seed: 11,
    createdAt: '2026-07-20T05:00:00.000Z',
    period,
    key: forger,
  });
  const forgedPath = testInfo.outputPath('forged.xlsx');
  writeFileSync(forgedPath, forged.bytes);
  await page.getByTestId('packages-dropzone').locator('input[type="file"]').setInputFiles([forgedPath]);
  // The administrator is offered the re-registration, with both fingerprints, and declines it.
  await expect(waiting).toHaveCount(1, { timeout: 60_000 });
  await expect(waiting.nth(0)).toContainText('подписан другим ключом');
  await expect(waiting.nth(0)).toContainText(forger.fingerprint);
  await expect(waiting.nth(0)).toContainText(kordai.key.fingerprint);
  await waiting.nth(0).getByTestId('package-decline').click();
  await expect(waiting).toHaveCount(0);
  await expect(outcomes.last()).toContainText(ru.exchange.receive.declined);

  // The consolidated summary counts each district once, Merke in its re-sent version.
  const expected = Object.fromEntries(
    summaryFigures.map((figure) => [
      figure,
      [made[0], resent, made[2]].reduce((sum, pkg) => sum + (pkg?.summary[figure] ?? 0), 0),
    ]),
  ) as PackageSummary;
  const download = page.waitForEvent('download');
  await page.getByTestId('consolidation-export').click();
  const saved = testInfo.outputPath('svod.xlsx');
  await (await download).saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  const rows = sheetRows(book, book.SheetNames[0] ?? '');
  const totals = rows.find((cells) => cells[1] === ru.exports.total);
  expect(totals?.slice(3)).toEqual(summaryFigures.map((figure) => expected[figure]));
  expect(rows.filter((cells) => typeof cells[0] === 'number')).toHaveLength(3);

  // A package taken in by mistake comes out of the table, and can be put back right after.
  const sentRows = page.locator('[data-testid="submission-row"][data-sent="true"]');
  await districtRows.filter({ hasText: 'Шуский район' }).getByTestId('package-delete').click();
  await expect(sentRows).toHaveCount(2);
  await expect(districtRows.filter({ hasText: 'Шуский район' })).toHaveAttribute('data-sent', 'false');
  // Its row leaves the свод (the district is then named among those without data).
  const consolidated = page.getByTestId('consolidation-row');
  await expect(consolidated.filter({ hasText: 'Шуский район' })).toHaveCount(0);
  await page.getByTestId('undo-delete').click();
  await expect(sentRows).toHaveCount(3);
  await expect(consolidated.filter({ hasText: 'Шуский район' })).toHaveCount(1);

  // The oblast's dashboard shows the districts through their latest packages, with the same totals.
  await shell.goTo('dashboard');
  await expect(page.getByTestId('dashboard-districts').getByTestId('consolidation-totals')).toContainText(
    formatNumber(expected.receptions),
  );
});
