import type { RejectedRow } from './member-rows';
import type { ReadResult, ReadRow } from './read-rows';

/** A row equal field for field to an earlier one (lists glued together): imported once, and told. */
export interface RepeatedRow {
  rowNumber: number;
  /** The earlier row it repeats, the one that is imported. */
  sameAs: number;
}

/** A row's values as read (spaces, IIN zeros, dates, phones and directory names already cleaned) in one text. */
function signature(row: ReadRow): string {
  return JSON.stringify(
    Object.keys(row.values)
      .sort()
      .map((key) => [key, row.values[key]]),
  );
}

/**
 * The rows with every exact repeat set aside: of rows whose mapped fields are all equal once read,
 * the first stays and the others are repeats of it. A row with a cell that could not be read is
 * never a repeat, since its problem is in what the values leave out.
 */
export function setRepeatsAside(read: ReadResult): { read: ReadResult; repeats: RepeatedRow[] } {
  const firstOf = new Map<string, number>();
  const repeats: RepeatedRow[] = [];
  const rows = read.rows.filter((row) => {
    if (row.problems.length > 0) return true;
    const key = signature(row);
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, row.rowNumber);
      return true;
    }
    repeats.push({ rowNumber: row.rowNumber, sameAs: first });
    return false;
  });
  return { read: { ...read, rows }, repeats };
}

/**
 * Repeats stay merged into a row that is imported; a repeat of a refused row is refused with it,
 * for the same reasons, so that every row of the file is either imported, merged or refused.
 */
export function refuseRepeatsOf(
  repeats: readonly RepeatedRow[],
  refused: readonly RejectedRow[],
): { repeats: RepeatedRow[]; rejected: RejectedRow[] } {
  const byRow = new Map(refused.map((row) => [row.rowNumber, row]));
  const kept: RepeatedRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const repeat of repeats) {
    const first = byRow.get(repeat.sameAs);
    // Its values are the refused row's: that is what makes it a repeat.
    if (first) rejected.push({ rowNumber: repeat.rowNumber, problems: first.problems, values: first.values });
    else kept.push(repeat);
  }
  return { repeats: kept, rejected };
}

/** Validates the rows with their exact repeats set aside, then settles the repeats of refused rows. */
export function withRepeatsMerged<Row>(
  read: ReadResult,
  validate: (read: ReadResult) => { valid: Row[]; rejected: RejectedRow[] },
): { valid: Row[]; rejected: RejectedRow[]; repeats: RepeatedRow[] } {
  const aside = setRepeatsAside(read);
  const result = validate(aside.read);
  const settled = refuseRepeatsOf(aside.repeats, result.rejected);
  return {
    valid: result.valid,
    rejected: [...result.rejected, ...settled.rejected].sort((a, b) => a.rowNumber - b.rowNumber),
    repeats: settled.repeats,
  };
}
