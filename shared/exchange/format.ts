import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import type { Period } from '../events/period';
import type { Language } from '../i18n/languages';
import {
  answerForms,
  answerResults,
  appealChannels,
  appealTypes,
  associationStatuses,
  disputeTypes,
  eventStatuses,
  mediationResults,
  membershipRoles,
  outletTypes,
  publicationLanguages,
  receptionOutcomes,
  riskLevels,
  riskSources,
  riskStatuses,
} from '../model/records';
import type { PackageSignature } from './signature';

/**
 * The exchange package format (docs/exchange-format.md): what is in each sheet, column by column,
 * with the stable field key a program finds the column by. The one place the layout is defined;
 * the builder writes from it and the reader checks against it.
 */

export const FORMAT_NAME = 'kelisim-exchange';
export const FORMAT_VERSION = 2;
/**
 * The oldest version this copy still reads: oblasts and districts update at different times, so a
 * package of version 1 (written before the publications sheet) is read as one with no publications.
 */
export const OLDEST_FORMAT_VERSION = 1;
/** The metadata sheet has this fixed name; every other sheet is named in it. */
export const METADATA_SHEET = 'kelisim-exchange';
/** The key in column A of the key row: `id` on register sheets, `key` on the summary and metadata sheets. */
export const REGISTER_KEY_MARK = 'id';
export const TABLE_KEY_MARK = 'key';
/** Excel's limit for one cell's text. */
export const MAX_TEXT = 32_767;

export const registerKeys = ['associations', 'members', 'events', 'visits', 'receptions'] as const;
export type RegisterKey = (typeof registerKeys)[number];
export const sheetKeys = [...registerKeys, 'summary'] as const;
export type SheetKey = (typeof sheetKeys)[number];
/**
 * The monitoring sheets (tension risks, mediation cases): confidential by default, so a package
 * has them only when the sender chose to include them (`monitoring_included` = 1 in the metadata).
 */
export const monitoringKeys = ['risks', 'mediation'] as const;
export type MonitoringKey = (typeof monitoringKeys)[number];
/**
 * Sheets added in a later version of the format, present in every package of that version on:
 * the publications and the mass receptions (version 2). They carry no personal data.
 */
export const addedSheetKeys = ['publications', 'sessions'] as const;
export type AddedSheetKey = (typeof addedSheetKeys)[number];
/** The version each added sheet first appears in. */
export const addedInVersion: Readonly<Record<AddedSheetKey, number>> = { publications: 2, sessions: 2 };
export type PackageSheetKey = SheetKey | AddedSheetKey | MonitoringKey;

/**
 * How a column's cells are written and read back:
 * text and code are text cells (code: identifiers, written with the Text format so leading zeros stay),
 * date an Excel date (read back as YYYY-MM-DD), number an integer, flag the integer 0 or 1.
 */
export type FieldKind = 'text' | 'code' | 'date' | 'number' | 'flag';

export type Rule = 'id' | 'idList' | 'kato' | 'iin' | 'bin' | 'time' | 'hex64';

export interface FieldSpec<K extends string = string, Kind extends FieldKind = FieldKind, R extends boolean = boolean> {
  key: K;
  kind: Kind;
  /** Column width in characters. */
  width: number;
  required: R;
  rule?: Rule;
  /** The only values a code column may hold. */
  values?: readonly string[];
  /** The key of the column's header in `exchange.columns` when it is not the field key itself. */
  label?: string;
  /**
   * A column added after the format's first packages: a package written before it lacks the
   * column, and its cells read as empty rather than the package being refused.
   */
  addedLater?: true;
}

type Options = { rule?: Rule; values?: readonly string[]; label?: string; addedLater?: true };

const optional = <const K extends string, const Kind extends FieldKind>(
  key: K,
  kind: Kind,
  width: number,
  options: Options = {},
): FieldSpec<K, Kind, false> => ({ key, kind, width, required: false, ...options });

const required = <const K extends string, const Kind extends FieldKind>(
  key: K,
  kind: Kind,
  width: number,
  options: Options = {},
): FieldSpec<K, Kind, true> => ({ key, kind, width, required: true, ...options });

export const associationFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('name_ru', 'text', 36),
  optional('name_kk', 'text', 36),
  optional('ethnos_codes', 'code', 18, { rule: 'idList' }),
  optional('ethnos', 'text', 18),
  optional('legal_form_code', 'code', 12, { rule: 'id' }),
  optional('legal_form', 'text', 22),
  optional('bin', 'code', 15, { rule: 'bin' }),
  optional('registered_on', 'date', 12),
  optional('founded_on', 'date', 12),
  optional('chairman', 'text', 28),
  optional('phone', 'text', 18),
  optional('email', 'text', 22),
  optional('address', 'text', 28),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  required('assembly_member', 'flag', 10),
  required('status', 'code', 12, { values: associationStatuses }),
  optional('status_name', 'text', 14),
  required('members', 'number', 10),
] as const;

export const memberFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('person_id', 'code', 38, { rule: 'id' }),
  required('association_id', 'code', 38, { rule: 'id' }),
  optional('association', 'text', 30),
  required('role', 'code', 14, { values: membershipRoles }),
  optional('role_name', 'text', 16),
  required('surname', 'text', 18),
  optional('given_name', 'text', 14),
  optional('patronymic', 'text', 18),
  optional('iin', 'code', 15, { rule: 'iin' }),
  optional('birth_date', 'date', 12),
  optional('birth_year', 'number', 8),
  optional('sex', 'code', 8, { values: ['male', 'female'] }),
  optional('ethnos_code', 'code', 14, { rule: 'id' }),
  optional('ethnos', 'text', 16),
  optional('phone', 'text', 18),
  optional('address', 'text', 28),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  optional('occupation', 'text', 26),
  optional('education', 'text', 16),
  optional('joined_on', 'date', 12),
] as const;

export const eventFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('date', 'date', 12),
  optional('time', 'code', 8, { rule: 'time' }),
  optional('end_date', 'date', 12),
  optional('end_time', 'code', 8, { rule: 'time' }),
  required('all_day', 'flag', 8),
  required('title', 'text', 44),
  required('type_code', 'code', 16, { rule: 'id' }),
  optional('type', 'text', 22),
  optional('direction_id', 'code', 16, { rule: 'id' }),
  optional('direction', 'text', 30),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  optional('venue', 'text', 24),
  required('status', 'code', 12, { values: eventStatuses }),
  optional('status_name', 'text', 14),
  optional('planned_participants', 'number', 12),
  optional('actual_participants', 'number', 12),
  optional('association_ids', 'code', 38, { rule: 'idList' }),
  optional('associations', 'text', 30),
  optional('working_group', 'text', 24),
  optional('visit_id', 'code', 38, { rule: 'id' }),
  optional('result', 'text', 44),
  // Kazakh names given beside the names typed (issue 18).
  optional('title_kk', 'text', 44, { addedLater: true }),
  optional('working_group_kk', 'text', 24, { addedLater: true }),
] as const;

export const visitFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('start', 'date', 12),
  required('end', 'date', 12),
  required('working_group_id', 'code', 38, { rule: 'id' }),
  optional('working_group', 'text', 30),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  optional('notes', 'text', 40),
  optional('working_group_kk', 'text', 30, { addedLater: true }),
] as const;

export const receptionFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('date', 'date', 12),
  optional('citizen', 'text', 28),
  optional('citizen_iin', 'code', 15, { rule: 'iin' }),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  required('topic_code', 'code', 16, { rule: 'id' }),
  optional('topic', 'text', 28),
  optional('summary', 'text', 44),
  optional('official', 'text', 26),
  optional('visit_id', 'code', 38, { rule: 'id' }),
  required('outcome', 'code', 12, { values: receptionOutcomes }),
  optional('outcome_name', 'text', 18),
  optional('help_text', 'text', 30),
  optional('referred_to_id', 'code', 24, { rule: 'id' }),
  optional('referred_to', 'text', 26),
  optional('decline_reason', 'text', 26),
  optional('control_body', 'text', 26),
  optional('control_deadline', 'date', 12),
  optional('control_closed_on', 'date', 12),
  optional('control_resolution', 'text', 30),
  required('confidential', 'flag', 10),
  // The appeal as the Administrative Procedural Code counts it (issue 18).
  optional('appeal_type', 'code', 14, { values: appealTypes, addedLater: true }),
  optional('channel', 'code', 12, { values: appealChannels, addedLater: true }),
  optional('registration_no', 'text', 16, { addedLater: true }),
  optional('registered_on', 'date', 12, { addedLater: true }),
  optional('co_applicants', 'number', 10, { addedLater: true }),
  optional('repeat_of_id', 'code', 38, { rule: 'id', addedLater: true }),
  optional('answered_on', 'date', 12, { addedLater: true }),
  optional('answer_form', 'code', 12, { values: answerForms, addedLater: true }),
  optional('answer_result', 'code', 16, { values: answerResults, addedLater: true }),
  // The mass reception the citizen was taken under control at (version 2): counted in its totals, not again.
  optional('session_id', 'code', 38, { rule: 'id', addedLater: true }),
] as const;

export const riskFields = [
  required('id', 'code', 38, { rule: 'id' }),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  required('description', 'text', 48),
  optional('group_codes', 'code', 18, { rule: 'idList' }),
  optional('groups', 'text', 22),
  required('source', 'code', 14, { values: riskSources }),
  required('level', 'code', 10, { values: riskLevels }),
  required('status', 'code', 12, { values: riskStatuses }),
  required('identified_on', 'date', 12),
  optional('resolved_on', 'date', 12),
  optional('next_review_on', 'date', 12),
  optional('responsible', 'text', 26),
  optional('measure_event_ids', 'code', 38, { rule: 'idList' }),
  optional('origin_reception_id', 'code', 38, { rule: 'id' }),
] as const;

export const mediationFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('date', 'date', 12),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  optional('parties', 'text', 36),
  required('dispute_type', 'code', 14, { values: disputeTypes }),
  optional('council', 'text', 28),
  optional('mediator', 'text', 26),
  optional('result', 'code', 16, { values: mediationResults, label: 'mediation_result' }),
  optional('follow_up', 'text', 36),
  optional('council_kk', 'text', 28, { addedLater: true }),
] as const;

/** Publications about the office's work (version 2): one row each, as the publications log holds them. */
export const publicationFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('date', 'date', 12),
  required('outlet_type', 'code', 12, { values: outletTypes }),
  optional('outlet_type_name', 'text', 16),
  required('outlet_name', 'text', 28),
  required('language', 'code', 8, { values: publicationLanguages }),
  optional('title', 'text', 44),
  optional('url', 'text', 40),
  optional('reach', 'number', 12),
  optional('event_id', 'code', 38, { rule: 'id' }),
] as const;

/**
 * Mass receptions recorded as totals (version 2): everyone received and the counts by outcome; the
 * citizens entered one by one under a session name it in `session_id` on the receptions sheet.
 */
export const sessionFields = [
  required('id', 'code', 38, { rule: 'id' }),
  required('date', 'date', 12),
  optional('place_code', 'code', 12, { rule: 'kato' }),
  optional('place', 'text', 22),
  optional('visit_id', 'code', 38, { rule: 'id' }),
  required('received', 'number', 10),
  ...receptionOutcomes.map((outcome) => optional(outcome, 'number', 10)),
] as const;

/** The optional monitoring sheets' columns, by sheet. */
export const monitoringFields = {
  risks: riskFields,
  mediation: mediationFields,
} as const;

export const registerFields = {
  associations: associationFields,
  members: memberFields,
  events: eventFields,
  visits: visitFields,
  receptions: receptionFields,
} as const;

export const summaryFields = [
  required('key', 'code', 24, { rule: 'id' }),
  required('label', 'text', 48),
  required('value', 'number', 14),
] as const;

export const metadataFields = [
  required('key', 'code', 28),
  optional('value', 'code', 66),
  optional('description', 'text', 60),
] as const;

/** The period's figures on the summary sheet, in this order; defined by `packageSummary`. */
export const summaryFigures = [
  'associations',
  'associations_active',
  'members',
  'people',
  'events',
  'events_held',
  'participants',
  'visits',
  'receptions',
  'receptions_explained',
  'receptions_helped',
  'receptions_control',
  'receptions_referred',
  'receptions_declined',
  'under_control',
  'overdue',
] as const;
export type SummaryFigure = (typeof summaryFigures)[number];
export type PackageSummary = Record<SummaryFigure, number>;

type Value<F> =
  F extends FieldSpec<string, infer Kind, infer R>
    ? (Kind extends 'number' | 'flag' ? number : string) | (R extends true ? never : null)
    : never;

/** A row of a sheet as a plain object: field key → value (null for an empty cell). */
export type RowOf<Fields extends readonly FieldSpec[]> = { [F in Fields[number] as F['key']]: Value<F> };

export type AssociationRow = RowOf<typeof associationFields>;
export type MemberRow = RowOf<typeof memberFields>;
export type EventRow = RowOf<typeof eventFields>;
export type VisitRow = RowOf<typeof visitFields>;
export type ReceptionRow = RowOf<typeof receptionFields>;
export type RiskRow = RowOf<typeof riskFields>;
export type MediationRow = RowOf<typeof mediationFields>;
export type PublicationRow = RowOf<typeof publicationFields>;
export type SessionRow = RowOf<typeof sessionFields>;

export interface PackageRows {
  associations: AssociationRow[];
  members: MemberRow[];
  events: EventRow[];
  visits: VisitRow[];
  receptions: ReceptionRow[];
  /** Tension risks watched during the period: only in a package that includes monitoring. */
  risks?: RiskRow[];
  /** Mediation cases of the period: only in a package that includes monitoring. */
  mediation?: MediationRow[];
  /** Publications of the period: in every package of version 2 on, absent from one of version 1. */
  publications?: PublicationRow[];
  /** Mass receptions of the period: in every package of version 2 on, absent from one of version 1. */
  sessions?: SessionRow[];
}

export interface SheetInfo {
  /** The sheet's name in the workbook (in the package's language). */
  name: string;
  rows: number;
  /** SHA-256 of the sheet's canonical serialisation, lowercase hex. */
  sha256: string;
}

/** What the metadata sheet says about a package. */
export interface PackageMeta {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  office: string;
  oblastCode: string;
  districtCode: string;
  districtNameRu: string | null;
  districtNameKk: string | null;
  period: Period;
  /** The instant the package was made, `Date.toISOString()`. */
  createdAt: string;
  /** The office's calendar day when it was made: registers are "as of" it, overdue is judged against it. */
  asOf: string;
  language: Language;
  personalDataMasked: boolean;
  confidentialIncluded: boolean;
  /** Confidential receptions of the period that were left out. */
  confidentialLeftOut: number;
  /**
   * Whether the monitoring sheets (risks, mediation) are in the package. False for a package
   * without `monitoring_included` in its metadata (one written before the key existed).
   */
  monitoringIncluded: boolean;
  /** Every sheet of the package; `risks` and `mediation` only when monitoring is included. */
  sheets: PackageSheets;
  /** The sending office's signature; absent in a package written without one (an older program). */
  signature?: PackageSignature;
}

export type PackageSheets = Record<SheetKey, SheetInfo> & Partial<Record<MonitoringKey | AddedSheetKey, SheetInfo>>;

/** A package as built, or as read back from a file: the same shape either way. */
export interface ExchangePackage {
  meta: PackageMeta;
  rows: PackageRows;
  summary: PackageSummary;
}

const PATTERNS: Record<Rule, RegExp> = {
  id: /^[^\s;]{1,100}$/,
  idList: /^[^\s;]{1,100}(;[^\s;]{1,100})*$/,
  kato: /^\d{9}$/,
  // Unmasked, or masked as maskIin writes it (9001••••••26, or •••••• for an IIN of another length).
  iin: /^(\d{12}|\d{4}•{6}\d{2}|•{6})$/,
  bin: /^\d{12}$/,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  hex64: /^[0-9a-f]{64}$/,
};

export function matchesRule(rule: Rule, value: string): boolean {
  return PATTERNS[rule].test(value);
}

/** The zod schema of one cell, after it was normalised to its column's kind. */
export function cellSchema(field: FieldSpec): z.ZodType {
  let schema: z.ZodType;
  switch (field.kind) {
    case 'number':
      schema = z.number().int().min(0).max(1_000_000_000);
      break;
    case 'flag':
      schema = z.union([z.literal(0), z.literal(1)]);
      break;
    case 'date':
      schema = z.string().refine(isRealDate);
      break;
    default: {
      let text = z.string().min(1).max(MAX_TEXT);
      const { rule, values } = field;
      if (rule) text = text.refine((value) => matchesRule(rule, value));
      if (values) text = text.refine((value) => values.includes(value));
      schema = text;
    }
  }
  return field.required ? schema : schema.nullable();
}

/** The zod schema of a whole row of a register, built from its field list. */
export function rowSchema<Fields extends readonly FieldSpec[]>(fields: Fields): z.ZodType<RowOf<Fields>> {
  return z.object(Object.fromEntries(fields.map((field) => [field.key, cellSchema(field)]))) as unknown as z.ZodType<
    RowOf<Fields>
  >;
}
