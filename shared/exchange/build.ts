import { formatDate } from '../dates/format';
import type { Period } from '../events/period';
import { safeSheetName, type ExportColumn, type ExportTable } from '../export/table';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type {
  Association,
  Council,
  IsoDate,
  IsoTimestamp,
  KelisimEvent,
  MediationCase,
  Publication,
  Reception,
  ReceptionSession,
  TensionRisk,
  Visit,
} from '../model/records';
import type { OfficeProfile } from '../profile/office-profile';
import { escapeForXlsx, packageText, sheetChecksum, type CanonicalValue } from './checksum';
import {
  FORMAT_VERSION,
  METADATA_SHEET,
  monitoringKeys,
  registerKeys,
  sheetKeys,
  type ExchangePackage,
  type FieldKind,
  type FieldSpec,
  type AddedSheetKey,
  type MonitoringKey,
  type PackageMeta,
  type PackageSheetKey,
  type PackageRows,
  type PackageSheets,
  type PackageSummary,
  type RegisterKey,
  type SheetInfo,
  type SheetKey,
} from './format';
import { associationColumns, associationRows, registryAssociations } from './sheets/associations';
import { sheetContext, type PackageLookups } from './sheets/context';
import { eventColumns, eventRows } from './sheets/events';
import { mediationColumns, mediationRows } from './sheets/mediation';
import { memberColumns, memberRows, type MemberEntry } from './sheets/members';
import { publicationColumns, publicationRows } from './sheets/publications';
import { sessionColumns, sessionRows } from './sheets/sessions';
import { metadataColumns, metadataMatrix, presentSheets, signingDigest } from './sheets/metadata';
import { recordMatrix, type SheetMatrix } from './sheets/matrix';
import { receptionColumns, receptionRows } from './sheets/receptions';
import { riskColumns, riskRows } from './sheets/risks';
import { summaryColumns, summaryMatrix } from './sheets/summary';
import { visitColumns, visitRows } from './sheets/visits';
import { SIGNATURE_ALGORITHM, signedMessage, toHex } from './signature';
import { packageSummary } from './summary';

// collectPackageData (renderer) picks the period's monitoring records with the same rules the sheets apply.
export { mediationOfPeriod } from './sheets/mediation';
export { riskWatchedDuring } from './sheets/risks';

/** What a package is made of: read from the database by collectPackageData (renderer/src/db/repositories/exchange.ts). */
export interface PackageSource {
  profile: Pick<OfficeProfile, 'level' | 'officeName' | 'oblastId' | 'districtId'>;
  period: Period;
  /** The association registry; deleted ones are left out. */
  associations: readonly Association[];
  /** Memberships with their people; ended and deleted ones, and those of other associations, are left out. */
  members: readonly MemberEntry[];
  /** Events, visits and receptions; those outside the period or deleted are left out. */
  events: readonly KelisimEvent[];
  visits: readonly Visit[];
  receptions: readonly Reception[];
  /** Publications; those outside the period or deleted are left out. */
  publications?: readonly Publication[];
  /** Mass receptions; those outside the period or deleted are left out. */
  sessions?: readonly ReceptionSession[];
  /**
   * Confidential receptions of the period that were never handed over, because whoever builds the
   * package may not see them: they are out of the package whatever is chosen, and counted as left out.
   */
  withheldReceptions?: number;
  /**
   * Monitoring, written only when the package includes it: tension risks (those not watched
   * during the period, and deleted ones, are left out), mediation cases (those outside the period
   * or deleted are left out) and the councils the cases name.
   */
  risks?: readonly TensionRisk[];
  mediationCases?: readonly MediationCase[];
  councils?: readonly Council[];
  lookups: Partial<PackageLookups>;
}

export interface PackageOptions {
  /** Language of the headers, titles and names in the sheets. */
  language: Language;
  /** Confidential receptions (religion, probation, rehabilitation) go in only when chosen. */
  includeConfidential: boolean;
  /** IINs and phones masked; addresses, birth dates and citizens' names left out or reduced to initials. */
  maskPersonalData: boolean;
  /**
   * The monitoring sheets (tension risks, mediation cases) go in only when chosen: everything in
   * them is confidential by default. Absent means false.
   */
  includeMonitoring?: boolean;
  /** Now, as `Date.toISOString()`. */
  createdAt: IsoTimestamp;
  /** Today in the office (Kazakhstan time): registers are as of this day, overdue is judged against it. */
  asOf: IsoDate;
  /** package.json version of the application writing the package. */
  appVersion: string;
  /** The Dexie schema version of the application writing the package (SCHEMA_VERSION). */
  schemaVersion: number;
}

export class PackageBuildError extends Error {
  constructor(readonly code: 'not_a_district') {
    super(`exchange package: ${code}`);
    this.name = 'PackageBuildError';
  }
}

/**
 * The rows of each register sheet, and of the monitoring sheets when chosen, with masking and the
 * confidential choice applied.
 */
export function packageRows(
  source: PackageSource,
  options: Pick<PackageOptions, 'language' | 'includeConfidential' | 'maskPersonalData' | 'includeMonitoring'>,
): { rows: PackageRows; confidentialLeftOut: number } {
  const registry = registryAssociations(source.associations);
  const context = sheetContext({ ...options, period: source.period, lookups: source.lookups }, registry);
  const members = memberRows(source.members, context);
  const receptions = receptionRows(source.receptions, options.includeConfidential, context);
  const rows: PackageRows = {
    associations: associationRows(registry, members, context),
    members,
    events: eventRows(source.events, context),
    visits: visitRows(source.visits, context),
    receptions: receptions.rows,
    publications: publicationRows(source.publications ?? [], context),
    sessions: sessionRows(source.sessions ?? [], context),
  };
  // Monitoring is confidential by default: without the choice nothing of it is even turned into rows.
  if (options.includeMonitoring) {
    rows.risks = riskRows(source.risks ?? [], context);
    rows.mediation = mediationRows(source.mediationCases ?? [], source.councils ?? [], context);
  }
  return { rows, confidentialLeftOut: receptions.leftOut + (source.withheldReceptions ?? 0) };
}

/** Each register's and monitoring sheet's columns, as its mapper fills them. */
const recordColumns: Record<RegisterKey | MonitoringKey, readonly FieldSpec[]> = {
  associations: associationColumns,
  members: memberColumns,
  events: eventColumns,
  visits: visitColumns,
  receptions: receptionColumns,
  risks: riskColumns,
  mediation: mediationColumns,
};

type SheetMatrices = Record<SheetKey, SheetMatrix> & Partial<Record<MonitoringKey | AddedSheetKey, SheetMatrix>>;

/** The matrices of every sheet; the monitoring sheets' only when `monitoring` (their rows may be absent: none). */
function sheetMatrices(
  rows: PackageRows,
  summary: PackageSummary,
  language: Language,
  monitoring: boolean,
): SheetMatrices {
  const matrices: SheetMatrices = {
    associations: recordMatrix(associationColumns, rows.associations),
    members: recordMatrix(memberColumns, rows.members),
    events: recordMatrix(eventColumns, rows.events),
    visits: recordMatrix(visitColumns, rows.visits),
    receptions: recordMatrix(receptionColumns, rows.receptions),
    summary: summaryMatrix(summary, language),
  };
  if (rows.publications) matrices.publications = recordMatrix(publicationColumns, rows.publications);
  if (rows.sessions) matrices.sessions = recordMatrix(sessionColumns, rows.sessions);
  if (monitoring) {
    matrices.risks = recordMatrix(riskColumns, rows.risks ?? []);
    matrices.mediation = recordMatrix(mediationColumns, rows.mediation ?? []);
  }
  return matrices;
}

/**
 * The sheet names of a package in a language: the registers', the summary's and the monitoring
 * sheets' (present only when included); the metadata sheet's name is fixed.
 */
export function sheetNames(language: Language): Record<PackageSheetKey, string> {
  const names = resources[language].exchange;
  return Object.fromEntries([
    ...sheetKeys.map((key) => [key, safeSheetName(names.sheets[key])]),
    ['publications', safeSheetName(resources[language].publications.exports.sheetList)],
    ['sessions', safeSheetName(resources[language].receptionSessions.title)],
    ...monitoringKeys.map((key) => [key, safeSheetName(names.monitoringSheets[key])]),
  ]) as Record<PackageSheetKey, string>;
}

/**
 * A package with its sheets listed in the metadata: each sheet's name in the package's language,
 * its number of data rows and its checksum, computed from the rows and the summary given. The
 * monitoring sheets are there when `meta.monitoringIncluded`, and their rows only then.
 */
export function sealPackage(pkg: {
  meta: Omit<PackageMeta, 'sheets'>;
  rows: PackageRows;
  summary: PackageSummary;
}): ExchangePackage {
  const monitoring = pkg.meta.monitoringIncluded;
  const { risks, mediation, publications, sessions, ...registers } = pkg.rows;
  // A package of version 1 (re-sealed in tests) has neither added sheet; from version 2 on it always has both.
  const withPublications =
    pkg.meta.formatVersion >= 2
      ? { ...registers, publications: publications ?? [], sessions: sessions ?? [] }
      : registers;
  const rows: PackageRows = monitoring
    ? { ...withPublications, risks: risks ?? [], mediation: mediation ?? [] }
    : withPublications;
  const matrices = sheetMatrices(rows, pkg.summary, pkg.meta.language, monitoring);
  const names = sheetNames(pkg.meta.language);
  const sheets: Partial<Record<PackageSheetKey, SheetInfo>> = {};
  for (const key of presentSheets(pkg.meta)) {
    const matrix = matrices[key];
    if (!matrix) continue;
    sheets[key] = { name: names[key], rows: matrix.rows.length, sha256: sheetChecksum(matrix.keys, matrix.rows) };
  }
  return { meta: { ...pkg.meta, sheets: sheets as PackageSheets }, rows, summary: pkg.summary };
}

/** The package, built: its metadata (with a row count and checksum per sheet), rows and summary. */
export function packageContents(source: PackageSource, options: PackageOptions): ExchangePackage {
  const { profile } = source;
  if (profile.level !== 'district' || !profile.districtId) throw new PackageBuildError('not_a_district');
  const { rows, confidentialLeftOut } = packageRows(source, options);
  const district = source.lookups.places?.get(profile.districtId);
  return sealPackage({
    meta: {
      formatVersion: FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: options.schemaVersion,
      office: packageText(profile.officeName) ?? profile.districtId,
      oblastCode: profile.oblastId,
      districtCode: profile.districtId,
      districtNameRu: packageText(district?.nameRu),
      districtNameKk: packageText(district?.nameKk),
      period: { from: source.period.from, to: source.period.to },
      createdAt: options.createdAt,
      asOf: options.asOf,
      language: options.language,
      personalDataMasked: options.maskPersonalData,
      confidentialIncluded: options.includeConfidential,
      confidentialLeftOut,
      monitoringIncluded: options.includeMonitoring === true,
    },
    rows,
    summary: packageSummary(rows, options.asOf),
  });
}

/**
 * The package signed by the office whose public key is given: `sign` returns the Ed25519
 * signature of the bytes it is handed, made with that office's private key (the renderer's data
 * layer holds it; see package-signing.ts). Sign last: any change to the package afterwards
 * breaks the signature.
 */
export async function signPackage(
  pkg: ExchangePackage,
  publicKey: string,
  sign: (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>,
): Promise<ExchangePackage> {
  const digest = signingDigest(pkg.meta, publicKey);
  const signature = toHex(await sign(signedMessage(digest)));
  return { ...pkg, meta: { ...pkg.meta, signature: { algorithm: SIGNATURE_ALGORITHM, publicKey, signature, digest } } };
}

const WRITER_KIND: Record<FieldKind, ExportColumn['kind']> = {
  text: 'text',
  code: 'code',
  date: 'date',
  number: 'number',
  flag: 'number',
};

const toCell = (value: CanonicalValue) =>
  typeof value === 'string' ? escapeForXlsx(value) : typeof value === 'boolean' ? Number(value) : value;

/**
 * The package as styled sheets for writeStyledWorkbook: each sheet has a title, a subtitle, the
 * human header (row 4), the field keys (row 5) and the data from row 6; notes go under the data
 * after an empty row. The metadata sheet comes last.
 */
export function packageTables(pkg: ExchangePackage): ExportTable[] {
  const { meta } = pkg;
  const text = resources[meta.language].exchange;
  const matrices = sheetMatrices(pkg.rows, pkg.summary, meta.language, meta.monitoringIncluded);
  const subtitle = text.subtitle
    .replace('{{office}}', meta.office)
    .replace('{{district}}', meta.districtCode)
    .replace('{{from}}', formatDate(meta.period.from))
    .replace('{{to}}', formatDate(meta.period.to))
    .replace('{{asOf}}', formatDate(meta.asOf));
  const headersOf = (columns: readonly FieldSpec[]): ExportColumn[] =>
    columns.map((column) => ({
      header: text.columns[(column.label ?? column.key) as keyof typeof text.columns] ?? column.key,
      width: column.width,
      kind: WRITER_KIND[column.kind],
    }));
  const table = (
    name: string,
    title: string,
    columns: readonly FieldSpec[],
    matrix: SheetMatrix,
    notes: string[],
  ): ExportTable => ({
    sheetName: name,
    title,
    subtitle,
    columns: headersOf(columns),
    rows: [matrix.keys, ...matrix.rows].map((row) => row.map(toCell)),
    notes,
  });
  const common = [text.notes.keys, ...(meta.personalDataMasked ? [text.notes.masked] : [])];
  const tables = registerKeys.map((key) =>
    table(meta.sheets[key].name, text.titles[key], recordColumns[key], matrices[key], [
      ...common,
      ...(key === 'receptions' && meta.confidentialLeftOut > 0
        ? [text.notes.confidentialLeftOut.replace('{{count}}', String(meta.confidentialLeftOut))]
        : []),
    ]),
  );
  for (const key of monitoringKeys) {
    const sheet = meta.sheets[key];
    const matrix = matrices[key];
    if (!meta.monitoringIncluded || !sheet || !matrix) continue;
    tables.push(table(sheet.name, text.titles[key], recordColumns[key], matrix, [...common, text.notes.monitoring]));
  }
  // After the monitoring sheets, so that the sheets of version 1 keep their places in the workbook.
  const publications = meta.sheets.publications;
  if (publications && matrices.publications) {
    const own = resources[meta.language].publications.exchange;
    tables.push({
      ...table(publications.name, own.title, publicationColumns, matrices.publications, common),
      columns: publicationColumns.map((column) => ({
        header: own.columns[column.key],
        width: column.width,
        kind: WRITER_KIND[column.kind],
      })),
    });
  }
  const sessionSheet = meta.sheets.sessions;
  if (sessionSheet && matrices.sessions) {
    const own = resources[meta.language].receptionSessions.exchange;
    tables.push({
      ...table(sessionSheet.name, own.title, sessionColumns, matrices.sessions, common),
      columns: sessionColumns.map((column) => ({
        header: own.columns[column.key],
        width: column.width,
        kind: WRITER_KIND[column.kind],
      })),
    });
  }
  tables.push(
    table(meta.sheets.summary.name, text.titles.summary, summaryColumns, matrices.summary, [text.notes.keys]),
  );
  tables.push(table(METADATA_SHEET, text.titles.metadata, metadataColumns, metadataMatrix(meta), [text.notes.keys]));
  return tables;
}

/** "Send to the oblast": the workbook's sheets for a period, ready for writeStyledWorkbook / buildWorkbookInWorker. */
export function buildExchangePackage(source: PackageSource, options: PackageOptions): ExportTable[] {
  return packageTables(packageContents(source, options));
}

/** A file name the oblast can sort by: kelisim-<district KATO>-<from>-<to>.xlsx */
export function packageFileName(meta: Pick<PackageMeta, 'districtCode' | 'period'>): string {
  return `kelisim-${meta.districtCode}-${meta.period.from}-${meta.period.to}.xlsx`;
}
