import { IMPORT_LIMITS } from '@/import/limits';

/**
 * What a form from outside may hold at most: the importer's limits, and two of merged cells.
 * ExcelJS checks each merge against every earlier one as it reads (10,000 merges take it 9 s
 * here) and makes a cell object for every cell a merge covers; a form has tens of merges.
 */
export const TEMPLATE_LIMITS = {
  ...IMPORT_LIMITS,
  merges: 3_000,
  mergedCells: 100_000,
} as const;

export type TemplateLimit = keyof typeof TEMPLATE_LIMITS;
export type TemplateLimitExceeded = { limit: TemplateLimit; value: number };
