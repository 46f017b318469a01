import * as XLSX from 'xlsx';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Writes rows as an office keeps them in Excel (a title row above the header, as the tests give it). */
export function writeSheet(path: string, rows: unknown[][], sheetName = 'Лист1'): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheetName);
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/** Opens the importer from a screen's button and picks the file, as a user does in the file dialog. */
export async function openImport(page: Page, button: string, file: string): Promise<void> {
  await page.getByTestId(button).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles(file);
}
