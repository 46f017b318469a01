import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { languages } from '../i18n/languages';
import type { CellValue, RawSheet, RawWorkbook } from '../import/types';
import { normaliseCell, sheetChecksum, type CanonicalValue } from './checksum';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  OLDEST_FORMAT_VERSION,
  publicationFields,
  sessionFields,
  METADATA_SHEET,
  REGISTER_KEY_MARK,
  TABLE_KEY_MARK,
  metadataFields,
  monitoringFields,
  monitoringKeys,
  registerFields,
  registerKeys,
  rowSchema,
  summaryFields,
  summaryFigures,
  type ExchangePackage,
  type FieldSpec,
  type PackageSheetKey,
  type PackageMeta,
  type PackageRows,
  type PackageSheets,
  type SheetInfo,
} from './format';
import { PUBLIC_KEY_PATTERN, SIGNATURE_ALGORITHM, SIGNATURE_PATTERN, type PackageSignature } from './signature';
import { presentSheets } from './sheets/metadata';
import { packageSummary } from './summary';

/** Why a file was refused, with what the message needs (texts: `exchange.problems.<code>`). */
export type PackageProblem =
  | { code: 'not_a_package' }
  | { code: 'unknown_format_version'; found: string; supported: number }
  | { code: 'newer_schema'; found: number; supported: number }
  | { code: 'bad_metadata'; key: string; value: string }
  | { code: 'other_oblast'; district: string; oblast: string }
  | { code: 'missing_sheet'; sheet: string }
  | { code: 'missing_column'; sheet: string; column: string }
  | { code: 'checksum_mismatch'; sheet: string; expectedRows: number; actualRows: number }
  | { code: 'bad_cell'; sheet: string; row: number; cell: string; column: string; value: string }
  | { code: 'duplicate_id'; sheet: string; row: number; id: string }
  | { code: 'summary_mismatch'; figure: string; found: number | null; expected: number };

export type PackageReadResult = { ok: true; package: ExchangePackage } | { ok: false; problem: PackageProblem };

export interface ReadSupport {
  /** The newest Dexie schema version this copy of the application knows (SCHEMA_VERSION). */
  schemaVersion: number;
  /** The oblast of the office reading, when it is an oblast office: packages of other oblasts are refused. */
  oblastCode?: string;
}

class Refusal extends Error {
  constructor(readonly problem: PackageProblem) {
    super(problem.code);
  }
}
const refuse = (problem: PackageProblem): never => {
  throw new Refusal(problem);
};

/** A (zero-based) column index as Excel names it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const shown = (value: CellValue | CanonicalValue) =>
  value instanceof Date ? value.toISOString() : value === null || value === undefined ? '' : String(value);

interface Located {
  /** Index of the key row in the sheet's rows (its Excel row number less one when the sheet starts at A1). */
  keyRow: number;
  keys: string[];
  /** The data rows: from the row under the keys up to the first row whose column A is empty. */
  data: CellValue[][];
}

/** The key row is the first row whose column A holds exactly `mark`; its keys run to the first empty cell. */
function locate(sheet: RawSheet, mark: string): Located | null {
  const keyRow = sheet.rows.findIndex((row) => row[0] === mark);
  if (keyRow < 0) return null;
  const keys: string[] = [];
  for (const cell of sheet.rows[keyRow] ?? []) {
    if (typeof cell !== 'string' || cell === '') break;
    keys.push(cell);
  }
  const data: CellValue[][] = [];
  for (let index = keyRow + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const first = row[0];
    if (first === null || first === undefined || first === '') break;
    data.push(row);
  }
  return { keyRow, keys, data };
}

interface ReadSheet {
  located: Located;
  /** Each data row, normalised by column kind, as the checksum sees it. */
  values: CanonicalValue[][];
  /** Cells that could not be read as their column's kind: [row, column]. */
  unreadable: [number, number][];
}

function readSheet(sheet: RawSheet, mark: string, fields: readonly FieldSpec[]): ReadSheet {
  const located = locate(sheet, mark);
  if (!located) return refuse({ code: 'missing_column', sheet: sheet.name, column: mark });
  for (const field of fields)
    if (!located.keys.includes(field.key) && !field.addedLater)
      refuse({ code: 'missing_column', sheet: sheet.name, column: field.key });
  const kinds = located.keys.map((key) => fields.find((field) => field.key === key)?.kind);
  const unreadable: [number, number][] = [];
  const values = located.data.map((row, rowIndex) =>
    kinds.map((kind, column) => {
      const cell = normaliseCell(row[column], kind);
      if (!cell.ok) unreadable.push([rowIndex, column]);
      return cell.value;
    }),
  );
  return { located, values, unreadable };
}

function excelRow(located: Located, rowIndex: number): number {
  return located.keyRow + 2 + rowIndex;
}

function badCell(sheet: RawSheet, read: ReadSheet, rowIndex: number, column: number): never {
  const row = excelRow(read.located, rowIndex);
  return refuse({
    code: 'bad_cell',
    sheet: sheet.name,
    row,
    cell: `${columnLetter(column)}${row}`,
    column: read.located.keys[column] ?? columnLetter(column),
    value: shown(read.located.data[rowIndex]?.[column]),
  });
}

function verifyChecksum(sheet: RawSheet, read: ReadSheet, expected: { rows: number; sha256: string }) {
  const actual = sheetChecksum(read.located.keys, read.values);
  if (actual !== expected.sha256 || read.values.length !== expected.rows)
    refuse({
      code: 'checksum_mismatch',
      sheet: sheet.name,
      expectedRows: expected.rows,
      actualRows: read.values.length,
    });
}

/** The rows of a sheet as objects by key, each checked against the format with zod. */
function validRows<T>(sheet: RawSheet, read: ReadSheet, fields: readonly FieldSpec[], schema: z.ZodType<T>): T[] {
  const first = read.unreadable[0];
  if (first) badCell(sheet, read, first[0], first[1]);
  const columns = fields.map((field) => read.located.keys.indexOf(field.key));
  return read.values.map((values, rowIndex) => {
    const object = Object.fromEntries(fields.map((field, index) => [field.key, values[columns[index] ?? -1] ?? null]));
    const parsed = schema.safeParse(object);
    if (parsed.success) return parsed.data;
    const key = String(parsed.error.issues[0]?.path[0] ?? fields[0]?.key);
    return badCell(sheet, read, rowIndex, read.located.keys.indexOf(key));
  });
}

const isoDate = z.string().refine(isRealDate);
const count = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
const name = z.string().min(1).max(300);
const optionalName = z
  .string()
  .max(300)
  .nullish()
  .transform((value) => value || null);

/** `sheet.<sheet>.name`, `.rows` and `.sha256` for each of the sheets given. */
const sheetsSchema = (keys: readonly string[]) =>
  z.object(
    Object.fromEntries(
      keys.flatMap((key) => [
        [`sheet.${key}.name`, z.string().min(1).max(31)],
        [`sheet.${key}.rows`, count],
        [`sheet.${key}.sha256`, z.string().regex(/^[0-9a-f]{64}$/)],
      ]),
    ),
  ) as unknown as z.ZodType<Record<string, string | number>>;
/** The sheets the metadata must list: those of the package's version, and monitoring's when included. */
const listedSheetsSchema = (meta: Pick<PackageMeta, 'formatVersion' | 'monitoringIncluded'>) =>
  sheetsSchema(presentSheets(meta));

const metadataSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    format_version: count,
    app_version: z.string().min(1).max(50),
    schema_version: count,
    office: name,
    oblast_code: z.string().regex(/^\d{9}$/),
    district_code: z.string().regex(/^\d{9}$/),
    district_name_ru: optionalName,
    district_name_kk: optionalName,
    period_from: isoDate,
    period_to: isoDate,
    created_at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/)
      .refine((value) => !Number.isNaN(Date.parse(value))),
    as_of: isoDate,
    language: z.enum(languages),
    personal_data_masked: z.enum(['0', '1']),
    confidential_included: z.enum(['0', '1']),
    confidential_left_out: count,
    // Absent in packages written before the monitoring sheets existed: those have none.
    monitoring_included: z.enum(['0', '1']).optional(),
  })
  .refine((meta) => meta.period_from <= meta.period_to, { path: ['period_to'] })
  .refine((meta) => meta.district_code.slice(0, 2) === meta.oblast_code.slice(0, 2), { path: ['district_code'] });

const signatureKeys = ['signature_algorithm', 'signing_key', 'signature'] as const;

/**
 * The signature of a signed package, with the digest it must be over computed from the rows
 * above the `signature` row. That row must be the last the sheet's checksum covers: a row between
 * it and `metadata_sha256` would be read without being signed. Whether the signature holds is
 * checked where the key is known (the oblast's data layer); here only its form.
 */
function readSignature(
  entries: ReadonlyMap<string, string | null>,
  read: ReadSheet,
  covered: readonly CellValue[][],
): PackageSignature | undefined {
  if (!signatureKeys.some((key) => entries.has(key))) return undefined;
  const value = (key: (typeof signatureKeys)[number]) => entries.get(key) ?? '';
  const invalid = signatureKeys.find(
    (key) =>
      !entries.get(key) ||
      (key === 'signature_algorithm' && value(key) !== SIGNATURE_ALGORITHM) ||
      (key === 'signing_key' && !PUBLIC_KEY_PATTERN.test(value(key))) ||
      (key === 'signature' && !SIGNATURE_PATTERN.test(value(key))),
  );
  if (invalid) refuse({ code: 'bad_metadata', key: invalid, value: value(invalid) });
  const signatureRow = covered.findIndex((row) => row[0] === 'signature');
  if (signatureRow !== covered.length - 1)
    refuse({ code: 'bad_metadata', key: 'signature', value: value('signature') });
  return {
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: value('signing_key'),
    signature: value('signature'),
    digest: sheetChecksum(read.located.keys, read.values.slice(0, signatureRow)),
  };
}

function readMetadata(workbook: RawWorkbook, supported: ReadSupport): PackageMeta {
  const sheet = workbook.sheets.find((candidate) => candidate.name === METADATA_SHEET);
  if (!sheet) return refuse({ code: 'not_a_package' });
  const located = locate(sheet, TABLE_KEY_MARK);
  const valueColumn = located?.keys.indexOf('value') ?? -1;
  if (!located || valueColumn < 0) return refuse({ code: 'not_a_package' });
  const cellValue = (row: readonly CellValue[] | undefined) => {
    const value = normaliseCell(row?.[valueColumn], 'code').value;
    return value === null ? null : String(value);
  };
  // Only what the sheet's own checksum covers is read: the rows above `metadata_sha256`.
  const sumRow = located.data.findIndex((row) => row[0] === 'metadata_sha256');
  const covered = sumRow < 0 ? located.data : located.data.slice(0, sumRow);
  const entries = new Map<string, string | null>();
  let repeated: string | undefined;
  for (const row of covered) {
    const key = shown(row[0]);
    if (entries.has(key)) repeated ??= key;
    entries.set(key, cellValue(row));
  }
  const value = (key: string) => entries.get(key) ?? '';

  if (entries.get('format') !== FORMAT_NAME) refuse({ code: 'not_a_package' });
  // A district that has not updated yet still sends version 1: read as a package with no publications.
  const formatVersion = /^\d{1,9}$/.test(value('format_version')) ? Number(value('format_version')) : NaN;
  if (!(formatVersion >= OLDEST_FORMAT_VERSION && formatVersion <= FORMAT_VERSION))
    refuse({ code: 'unknown_format_version', found: value('format_version'), supported: FORMAT_VERSION });
  if (!/^\d{1,9}$/.test(value('schema_version')))
    refuse({ code: 'bad_metadata', key: 'schema_version', value: value('schema_version') });
  const schemaVersion = Number(value('schema_version'));
  if (schemaVersion > supported.schemaVersion)
    refuse({ code: 'newer_schema', found: schemaVersion, supported: supported.schemaVersion });

  // The metadata sheet's own checksum covers its rows above the one that holds it.
  if (sumRow < 0) refuse({ code: 'bad_metadata', key: 'metadata_sha256', value: '' });
  const read = readSheet({ ...sheet, rows: sheet.rows.slice(0, located.keyRow + 1 + sumRow) }, TABLE_KEY_MARK, [
    ...metadataFields,
  ]);
  if (sheetChecksum(read.located.keys, read.values) !== cellValue(located.data[sumRow]))
    refuse({ code: 'checksum_mismatch', sheet: sheet.name, expectedRows: sumRow, actualRows: read.values.length });
  // A key given twice would let a later row say something else than the one a program reads first.
  if (repeated !== undefined) refuse({ code: 'bad_metadata', key: repeated, value: value(repeated) });
  const signature = readSignature(entries, read, covered);

  const input = Object.fromEntries(entries);
  const parsed = metadataSchema.safeParse(input);
  // The monitoring sheets are listed exactly when the metadata says they are included.
  const monitoringIncluded = entries.get('monitoring_included') === '1';
  const parsedSheets = listedSheetsSchema({ formatVersion, monitoringIncluded }).safeParse(input);
  const error = parsed.error ?? parsedSheets.error;
  if (!parsed.success || !parsedSheets.success) {
    const key = String(error?.issues[0]?.path[0] ?? 'format');
    return refuse({ code: 'bad_metadata', key, value: value(key) });
  }
  const meta = parsed.data;
  const listed = parsedSheets.data;
  if (!monitoringIncluded) {
    const stray = [...entries.keys()].find((key) => monitoringKeys.some((sheet) => key.startsWith(`sheet.${sheet}.`)));
    if (stray) refuse({ code: 'bad_metadata', key: 'monitoring_included', value: value('monitoring_included') });
  }
  if (supported.oblastCode && meta.oblast_code !== supported.oblastCode)
    refuse({ code: 'other_oblast', district: meta.district_code, oblast: meta.oblast_code });
  const present = presentSheets({ formatVersion, monitoringIncluded });
  const sheets = Object.fromEntries(
    present.map((key): [PackageSheetKey, SheetInfo] => [
      key,
      {
        name: String(listed[`sheet.${key}.name`]),
        rows: Number(listed[`sheet.${key}.rows`]),
        sha256: String(listed[`sheet.${key}.sha256`]),
      },
    ]),
  ) as PackageSheets;
  return {
    formatVersion: meta.format_version,
    appVersion: meta.app_version,
    schemaVersion: meta.schema_version,
    office: meta.office,
    oblastCode: meta.oblast_code,
    districtCode: meta.district_code,
    districtNameRu: meta.district_name_ru,
    districtNameKk: meta.district_name_kk,
    period: { from: meta.period_from, to: meta.period_to },
    createdAt: meta.created_at,
    asOf: meta.as_of,
    language: meta.language,
    personalDataMasked: meta.personal_data_masked === '1',
    confidentialIncluded: meta.confidential_included === '1',
    confidentialLeftOut: meta.confidential_left_out,
    monitoringIncluded,
    sheets,
    ...(signature ? { signature } : {}),
  };
}

function findSheet(workbook: RawWorkbook, info: SheetInfo): RawSheet {
  return (
    workbook.sheets.find((sheet) => sheet.name === info.name) ?? refuse({ code: 'missing_sheet', sheet: info.name })
  );
}

const schemas = {
  associations: rowSchema(registerFields.associations),
  members: rowSchema(registerFields.members),
  events: rowSchema(registerFields.events),
  visits: rowSchema(registerFields.visits),
  receptions: rowSchema(registerFields.receptions),
  risks: rowSchema(monitoringFields.risks),
  mediation: rowSchema(monitoringFields.mediation),
  publications: rowSchema(publicationFields),
  sessions: rowSchema(sessionFields),
};
const summaryRowSchema = rowSchema(summaryFields);

type Rows = Required<PackageRows>;
const rowFields: Record<keyof Rows, readonly FieldSpec[]> = {
  ...registerFields,
  ...monitoringFields,
  publications: publicationFields,
  sessions: sessionFields,
};

function readRegister<K extends keyof Rows>(workbook: RawWorkbook, meta: PackageMeta, key: K): Rows[K] {
  const info = meta.sheets[key] ?? refuse({ code: 'bad_metadata', key: `sheet.${key}.name`, value: '' });
  const sheet = findSheet(workbook, info);
  const fields: readonly FieldSpec[] = rowFields[key];
  const read = readSheet(sheet, REGISTER_KEY_MARK, fields);
  verifyChecksum(sheet, read, info);
  const rows = validRows(sheet, read, fields, schemas[key] as z.ZodType<Rows[K][number]>);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const id = (row as { id: string }).id;
    if (seen.has(id)) refuse({ code: 'duplicate_id', sheet: sheet.name, row: excelRow(read.located, index), id });
    seen.add(id);
  });
  return rows as Rows[K];
}

/**
 * Reads an exchange package from a workbook as SheetJS gives it (read-workbook.ts: cellDates, UTC),
 * checking in this order: that it is a package at all, its format version, its schema version (a
 * newer one is refused), the metadata's own checksum and fields, the oblast when given, then for
 * each sheet its presence, columns, row count and checksum, every cell against the format, ids
 * unique, and the summary sheet against the figures recomputed from the rows. The monitoring
 * sheets (risks, mediation) are read only when the metadata says they are included (a package
 * without `monitoring_included`, written before they existed, has none).
 */
export function readExchangePackage(workbook: RawWorkbook, supported: ReadSupport): PackageReadResult {
  try {
    const meta = readMetadata(workbook, supported);
    const rows = Object.fromEntries(
      registerKeys.map((key) => [key, readRegister(workbook, meta, key)]),
    ) as unknown as PackageRows;
    // The monitoring sheets only when the metadata says they were included; then they must be there and intact.
    if (meta.monitoringIncluded) {
      rows.risks = readRegister(workbook, meta, 'risks');
      rows.mediation = readRegister(workbook, meta, 'mediation');
    }
    if (meta.sheets.publications) rows.publications = readRegister(workbook, meta, 'publications');
    if (meta.sheets.sessions) rows.sessions = readRegister(workbook, meta, 'sessions');
    const summary = packageSummary(rows, meta.asOf);

    const sheet = findSheet(workbook, meta.sheets.summary);
    const read = readSheet(sheet, TABLE_KEY_MARK, summaryFields);
    verifyChecksum(sheet, read, meta.sheets.summary);
    const found = new Map(validRows(sheet, read, summaryFields, summaryRowSchema).map((row) => [row.key, row.value]));
    for (const figure of summaryFigures) {
      const value = found.get(figure) ?? null;
      if (value !== summary[figure])
        refuse({ code: 'summary_mismatch', figure, found: value, expected: summary[figure] });
    }
    return { ok: true, package: { meta, rows, summary } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
