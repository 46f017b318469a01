import { fileHash } from '@shared/audit/chain';
import type { ImportLookups } from '@shared/import/read-rows';
import type { RegisterId } from '@shared/import/registers';
import type { RawWorkbook } from '@shared/import/types';
import { importLookups, rememberedMapping } from '@/db';
import { parseSpreadsheet } from '@/import/parse-client';
import { today } from '@/lib/clock';
import { currentWorkingCalendar } from '@/db/hooks';
import { detectSheet, startingLayout, type FileFailure, type Layout, type Source } from './import-wizard-state';

/** The directories rows are judged against; a reception journal also needs the working calendar. */
async function lookupsFor(register: RegisterId, districtId: string | undefined): Promise<ImportLookups> {
  const [found, workingCalendar] = await Promise.all([
    importLookups(districtId),
    // Control items without a deadline get 15 working days, with the office's own holidays too.
    register === 'receptions' ? currentWorkingCalendar() : undefined,
  ]);
  return workingCalendar ? { ...found, workingCalendar } : found;
}

/** The layout a sheet opens with: detected, or the mapping the user made before for the same header. */
export async function layoutOfSheet(
  register: RegisterId,
  workbook: RawWorkbook,
  sheetIndex: number,
  lookups: ImportLookups,
): Promise<Layout> {
  const sheet = workbook.sheets[sheetIndex];
  if (!sheet) return { sheetIndex, headerRow: 0, mapping: [], remembered: false };
  const { detected, key } = detectSheet(register, sheet, lookups);
  return startingLayout(sheetIndex, detected, await rememberedMapping(register, key));
}

/**
 * Reads a file in a worker (aborting the signal stops it) and opens the first sheet with data.
 * Rejects with an AbortError when cancelled.
 */
export async function readSource(
  register: RegisterId,
  fileName: string,
  data: Uint8Array,
  districtId: string | undefined,
  signal: AbortSignal,
): Promise<{ ok: true; source: Source; layout: Layout } | { ok: false; failure: FileFailure }> {
  const [outcome, lookups] = await Promise.all([
    parseSpreadsheet(fileName, data, signal),
    lookupsFor(register, districtId),
  ]);
  if (!outcome.ok)
    return { ok: false, failure: { failure: outcome.failure, ...(outcome.limit ? { limit: outcome.limit } : {}) } };
  const { workbook } = outcome;
  const sheetIndex = Math.max(
    0,
    workbook.sheets.findIndex((candidate) => candidate.rows.length > 1),
  );
  const layout = await layoutOfSheet(register, workbook, sheetIndex, lookups);
  return { ok: true, source: { workbook, fileHash: fileHash(data), lookups, today: today() }, layout };
}
