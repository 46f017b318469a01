/**
 * What the importer accepts at most. Generous for any list an office keeps (the largest member
 * list seen is tens of thousands of rows), small enough that a broken or hostile file is refused
 * with the limit named instead of freezing the PC.
 */
export const IMPORT_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /**
   * Total size of a spreadsheet's contents once unzipped (xlsx and ods are zip files): the bytes
   * actually inflated, counted as they come (unzip.ts), not the sizes the zip declares.
   */
  unzippedBytes: 400 * 1024 * 1024,
  sheets: 50,
  rows: 200_000,
  columns: 200,
  seconds: 60,
} as const;

export type LimitExceeded = { limit: keyof typeof IMPORT_LIMITS; value: number };
