import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CellValue } from '../import/types';
import { MAX_TEXT, type FieldKind } from './format';

/** A cell's value as the checksum sees it: text, an integer, or nothing. */
export type CanonicalValue = string | number | boolean | null;

/**
 * SHA-256 (lowercase hex) of a sheet's canonical serialisation: the key row and then each data row
 * as a JSON array (JSON.stringify: no spaces, strings escaped the standard way, non-ASCII as is),
 * lines joined by a line feed with none after the last, encoded as UTF-8. Computed from the
 * values, not from the file, so a file read back by any library gives the same sum.
 */
export function sheetChecksum(keys: readonly string[], rows: Iterable<readonly CanonicalValue[]>): string {
  const hash = sha256.create();
  hash.update(utf8ToBytes(JSON.stringify(keys)));
  for (const row of rows) hash.update(utf8ToBytes(`\n${JSON.stringify(row)}`));
  return bytesToHex(hash.digest());
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system as it counts from 1 March 1900 (its 29 February 1900 does not exist). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function excelSerialToIso(serial: number): string {
  const days = Math.floor(serial);
  // Serials below 61 count from 31 December 1899 because of the phantom 29 February 1900.
  const time = days < 61 ? EXCEL_EPOCH + (days + 1) * DAY_MS : EXCEL_EPOCH + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

export interface Normalised {
  value: CanonicalValue;
  /** False when the cell could not be read as its column's kind (the reader reports it as a bad cell). */
  ok: boolean;
}

/**
 * A cell read by SheetJS (dates as Date at UTC midnight) turned into the value its column holds:
 * an empty cell is null; a date column gives YYYY-MM-DD (from a date cell, ISO text or an Excel
 * serial number); a number or flag column an integer (from a number, or digits as text); a text or
 * code column text (a number there becomes its decimal text). Unknown columns keep text, numbers
 * and booleans as they are and dates as YYYY-MM-DD.
 */
export function normaliseCell(cell: CellValue, kind: FieldKind | undefined): Normalised {
  if (cell === null || cell === undefined || cell === '') return { value: null, ok: true };
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time)) return { value: String(cell), ok: false };
    const iso = cell.toISOString().slice(0, 10);
    return { value: iso, ok: kind === 'date' || kind === undefined };
  }
  switch (kind) {
    case 'date':
      if (typeof cell === 'string') return { value: cell, ok: /^\d{4}-\d{2}-\d{2}$/.test(cell) };
      if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0 && cell < 2_958_466)
        return { value: excelSerialToIso(cell), ok: true };
      return { value: cell, ok: false };
    case 'number':
    case 'flag':
      if (typeof cell === 'number') return { value: cell, ok: Number.isFinite(cell) };
      if (typeof cell === 'string' && /^-?\d{1,15}$/.test(cell)) return { value: Number(cell), ok: true };
      return { value: cell, ok: false };
    case 'text':
    case 'code':
      if (typeof cell === 'string') return { value: cell, ok: true };
      if (typeof cell === 'number') return { value: String(cell), ok: Number.isFinite(cell) };
      return { value: cell, ok: false };
    default:
      return { value: cell, ok: true };
  }
}

// XML cannot hold these characters at all.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as a package stores it, so that it comes back from the .xlsx exactly: line breaks as line
 * feeds (XML turns CR LF into LF), no control characters (XML cannot hold them), no broken
 * surrogate pairs, at most Excel's 32,767 characters; empty text is no value.
 */
export function packageText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let text = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT).replace(/[\uD800-\uDBFF]$/, '');
  return text === '' ? null : text;
}

/**
 * Text that looks like an OOXML escape (`_x000D_`) is read back as the character it names; its
 * underscore is escaped (`_x005F_`) when written so that the text comes back as it was.
 */
export function escapeForXlsx(text: string): string {
  return text.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
}
