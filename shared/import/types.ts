/** A cell as SheetJS gives it with `cellDates` and `UTC`: dates arrive as Date at UTC midnight. */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface RawSheet {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
}

export interface RawWorkbook {
  fileName: string;
  sheets: RawSheet[];
}

/** How a field's cells are read and repaired. */
export type FieldKind =
  | 'text'
  | 'iin'
  | 'bin'
  | 'date'
  | 'phone'
  | 'email'
  | 'full_name'
  | 'sex'
  | 'ethnos'
  | 'ethnos_list'
  | 'place'
  | 'role'
  | 'status'
  | 'legal_form'
  | 'association'
  | 'event_type'
  | 'reception_topic'
  | 'agency'
  | 'time'
  | 'boolean'
  | 'count'
  | 'year'
  | 'skip';

export interface ImportField {
  key: string;
  kind: FieldKind;
  /** Header texts this field goes by, in Russian and Kazakh, already lower-case. */
  headers: readonly string[];
  /** A filled cell of this field makes a row a record, never a sum someone added under the list. */
  identifies?: boolean;
  /** A field made from a directory entry (a column per ethnos) is labelled with the entry's names. */
  named?: { nameRu: string; nameKk: string };
}

export type RepairCode =
  | 'spaces_trimmed'
  | 'iin_zeros_restored'
  | 'iin_cleaned'
  | 'date_from_serial'
  | 'date_from_text'
  | 'phone_normalized'
  | 'name_split'
  | 'value_matched'
  | 'outcome_from_text'
  | 'deadline_default';

export interface Repair {
  field: string;
  column: number;
  code: RepairCode;
  from: string;
  to: string;
}

export interface CellProblem {
  field: string;
  /** Zero-based column in the sheet, or -1 for a problem of the whole row. */
  column: number;
  code: string;
  value: string;
}
