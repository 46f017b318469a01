import { parseUserDate } from '../dates/format';
import type { IsoDate } from '../model/records';
import type { CellValue } from './types';

/** Text of a cell as a person would read it; numbers without exponent or grouping. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell);
}

export function isBlankCell(cell: CellValue): boolean {
  return cellText(cell).trim() === '';
}

/** Excel counts days from 30 December 1899 (with its 1900 leap-year bug folded in). */
export function excelSerialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

export type DateReading = { date: IsoDate; via: 'date' | 'serial' | 'text' } | null;

/** A date from whatever the cell holds: a real date, an Excel serial number, or text such as 12.05.1985. */
export function readDateCell(cell: CellValue): DateReading {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return { date: cell.toISOString().slice(0, 10), via: 'date' };
  }
  if (typeof cell === 'number') {
    const date = excelSerialToIsoDate(cell);
    return date ? { date, via: 'serial' } : null;
  }
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    if (/^\d{5}(\.\d+)?$/.test(trimmed)) {
      const date = excelSerialToIsoDate(Number(trimmed));
      return date ? { date, via: 'serial' } : null;
    }
    const date = parseUserDate(trimmed.replace(/\s*(г|ж)\.?$/u, ''));
    return date ? { date, via: 'text' } : null;
  }
  return null;
}
