import type { ExchangePackage } from '@shared/exchange/format';
import type { FileProblem } from '@shared/exchange/messages';
import { readExchangePackage, type PackageProblem, type ReadSupport } from '@shared/exchange/read';
import { readWorkbook } from '@/import/read-workbook';

export type PackageFileResult =
  { ok: true; package: ExchangePackage } | { ok: false; problem: PackageProblem | FileProblem };

/**
 * A file the user picked, read as an exchange package: the spreadsheet parsed with SheetJS
 * (cellDates, UTC) and checked by readExchangePackage. A file that is no spreadsheet at all, or
 * too large, becomes a problem too, so the screen has one kind of answer to show.
 */
export function readPackageBytes(fileName: string, data: Uint8Array, supported: ReadSupport): PackageFileResult {
  const outcome = readWorkbook(fileName, data);
  if (!outcome.ok)
    return { ok: false, problem: { code: outcome.failure === 'too-large' ? 'too_large' : 'unreadable' } };
  return readExchangePackage(outcome.workbook, supported);
}
