/**
 * What can be wrong with a value, as codes the interface turns into a sentence in the user's
 * language (which field, what is wrong, what to do). Forms, the importer and the exchange all
 * report through these, so the same mistake reads the same everywhere.
 */
export const problemCodes = [
  'required',
  'too_long',
  'iin_format',
  'iin_century',
  'iin_date',
  'iin_future',
  'iin_checksum',
  'bin_format',
  'bin_month',
  'bin_type',
  'bin_checksum',
  'phone_invalid',
  'date_invalid',
  'date_future',
  'date_order',
  'email_invalid',
  'number_invalid',
  'unknown_value',
  'birth_date_mismatch',
  'sex_mismatch',
  'one_name_required',
  'ethnos_required',
  'ambiguous_value',
  'duplicate_row',
  'password_short',
  'link_invalid',
  'reason_required',
  'time_invalid',
  'citizen_required',
  'citizen_not_found',
  'citizen_ambiguous',
  'outcome_unknown',
  'agency_required',
  'responsible_required',
  'deadline_order',
  'year_invalid',
  'count_repeated',
  'total_below_sum',
  'settlement_required',
  'review_order',
  'mediator_required',
  'latin_letters_only',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export interface FieldProblem {
  field: string;
  code: ProblemCode;
}

export function isProblemCode(value: string): value is ProblemCode {
  return (problemCodes as readonly string[]).includes(value);
}
