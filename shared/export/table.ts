export type ExportCell = string | number | null;

export type ColumnKind = 'text' | 'number' | 'date' | 'code';

export interface ExportColumn {
  header: string;
  /** Width in characters. */
  width: number;
  kind: ColumnKind;
}

/** One sheet of a styled report: a title, the period or filter it covers, a header row, the rows. */
export interface ExportTable {
  sheetName: string;
  title: string;
  subtitle?: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Indexes into `rows` written bold: group headings and subtotals inside the table. */
  boldRows?: readonly number[];
  totals?: ExportCell[];
  /** Lines written under the table (after the totals), across its width: what the numbers leave out. */
  notes?: readonly string[];
}

export type HeaderLanguage = 'ru' | 'kk' | 'both';

/**
 * Text that a spreadsheet could take for a formula is written as a text cell with the Text number
 * format, so Excel neither runs it on opening nor turns it into a formula when the cell is edited.
 * The first characters are those OWASP's CSV Injection page names (= + - @, tab, carriage return,
 * line feed) and the NUL that ASVS 5.0 (1.2.10) adds. The value itself stays as it was, so the file
 * imports back unchanged.
 */
export function needsTextFormat(value: string): boolean {
  return /^[=+\-@\t\r\n\0]/.test(value);
}

/** 900101300126 → 9001••••••26: enough to tell two people apart in a report, not enough to use. */
export function maskIin(iin: string | undefined): string {
  if (!iin) return '';
  return iin.length === 12 ? `${iin.slice(0, 4)}••••••${iin.slice(10)}` : '••••••';
}

/** +7 701 123 45 67 → +7 701 ••• •• 67 */
export function maskPhone(formatted: string): string {
  if (!formatted) return '';
  return formatted.replace(/^(\+7 \d{3}) \d{3} \d{2} (\d{2})$/, '$1 ••• •• $2');
}

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}
