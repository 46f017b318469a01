import { formatDate } from '../dates/format';
import { inPeriod, type Period } from '../events/period';
import type { Named } from '../export/registry-exports';
import { maskIin, safeSheetName, type ExportColumn, type ExportTable } from '../export/table';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type {
  Association,
  Council,
  IsoDate,
  IsoTimestamp,
  KelisimEvent,
  MediationCase,
  Membership,
  Person,
  Reception,
  TensionRisk,
  Visit,
} from '../model/records';
import { fullName } from '../people/search';
import type { OfficeProfile } from '../profile/office-profile';
import { compareText } from '../text/collator';
import { formatPhone } from '../text/phone';
import { escapeForXlsx, packageText, sheetChecksum, type CanonicalValue } from './checksum';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  METADATA_SHEET,
  metadataFields,
  monitoringFields,
  monitoringKeys,
  registerFields,
  registerKeys,
  sheetKeys,
  summaryFields,
  summaryFigures,
  type AssociationRow,
  type EventRow,
  type ExchangePackage,
  type FieldKind,
  type FieldSpec,
  type MediationRow,
  type MemberRow,
  type MonitoringKey,
  type PackageMeta,
  type PackageRows,
  type PackageSheets,
  type PackageSummary,
  type ReceptionRow,
  type RiskRow,
  type SheetInfo,
  type SheetKey,
  type VisitRow,
} from './format';
import { packageSummary } from './summary';

/** Names of what the records refer to by id or code; anything missing is written without its name. */
export interface PackageLookups {
  /** Places by id (the KATO code for classifier places). */
  places: ReadonlyMap<string, Named>;
  ethnicGroups: ReadonlyMap<string, Named>;
  /** Legal forms by directory code. */
  legalForms: ReadonlyMap<string, Named>;
  /** Event types (forms) by directory code. */
  eventTypes: ReadonlyMap<string, Named>;
  /** Directions by directory item id. */
  directions: ReadonlyMap<string, Named>;
  /** Reception topics by directory code. */
  topics: ReadonlyMap<string, Named>;
  /** Agencies by directory item id. */
  agencies: ReadonlyMap<string, Named>;
  /** Working group names by id. */
  workingGroups: ReadonlyMap<string, string>;
  /** Chairmen, receiving officials, citizens, risk responsibles and mediators by id. */
  people: ReadonlyMap<string, Pick<Person, 'surname' | 'givenName' | 'patronymic' | 'iin'>>;
}

/** What a package is made of: read from the database by collectPackageData (renderer/src/db/repositories/exchange.ts). */
export interface PackageSource {
  profile: Pick<OfficeProfile, 'level' | 'officeName' | 'oblastId' | 'districtId'>;
  period: Period;
  /** The association registry; deleted ones are left out. */
  associations: readonly Association[];
  /** Memberships with their people; ended and deleted ones, and those of other associations, are left out. */
  members: readonly { membership: Membership; person: Person }[];
  /** Events, visits and receptions; those outside the period or deleted are left out. */
  events: readonly KelisimEvent[];
  visits: readonly Visit[];
  receptions: readonly Reception[];
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

const EMPTY = new Map<string, never>();

const local = (named: Named | undefined, language: Language): string | null =>
  packageText(named ? (language === 'kk' ? named.nameKk || named.nameRu : named.nameRu || named.nameKk) : null);

const katoCode = (placeId: string | undefined) => (placeId && /^\d{9}$/.test(placeId) ? placeId : null);
const flag = (value: boolean) => (value ? 1 : 0);
const count = (value: number | undefined) =>
  value !== undefined && Number.isInteger(value) && value >= 0 ? value : null;
const date = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
const time = (value: string | undefined) => {
  const match = value ? /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(value) : null;
  return match?.[1] ?? null;
};
const firstLetter = (text: string | undefined) => (text ? `${[...text.trim()][0] ?? ''}.` : '');

/** Сейітов Нұрлан Асқарұлы → С. Н. А.: a citizen's name in a masked package. */
export function initials(person: Pick<Person, 'surname' | 'givenName' | 'patronymic'>): string {
  return [firstLetter(person.surname), firstLetter(person.givenName), firstLetter(person.patronymic)]
    .filter((part) => part.length > 1)
    .join(' ');
}

/** +7 701 123 45 67 → +7 701 ••• •• 67; a number in any other form is hidden whole. */
function maskedPhone(phone: string | undefined): string | null {
  const formatted = formatPhone(phone);
  if (!formatted) return null;
  const match = /^(\+7 \d{3}) \d{3} \d{2} (\d{2})$/.exec(formatted);
  return match ? `${match[1]} ••• •• ${match[2]}` : '••••••';
}

/** «семья Ахметовых» → «с. А.»: a mediation party in a masked package, each word to its first letter. */
export function partyInitials(party: string): string {
  return party
    .split(/\s+/)
    .map(firstLetter)
    .filter((part) => part.length > 1)
    .join(' ');
}

/**
 * A risk watched during the period: identified on or before its last day and not resolved before
 * its first (a risk resolved during the period was still watched in it). Deleted risks are not.
 */
export function riskWatchedDuring(
  risk: Pick<TensionRisk, 'identifiedOn' | 'resolvedOn' | 'deletedAt'>,
  period: Period,
): boolean {
  return (
    !risk.deletedAt &&
    risk.identifiedOn.slice(0, 10) <= period.to &&
    !(risk.resolvedOn && risk.resolvedOn.slice(0, 10) < period.from)
  );
}

/** A mediation case of the period, by its date (both ends included); deleted cases are not. */
export function mediationOfPeriod(item: Pick<MediationCase, 'date' | 'deletedAt'>, period: Period): boolean {
  return !item.deletedAt && inPeriod(item.date, period);
}

const ROLE_ORDER = ['chairman', 'deputy', 'council_member', 'member'];

/**
 * The rows of each register sheet, and of the monitoring sheets when chosen, with masking and the
 * confidential choice applied.
 */
export function packageRows(
  source: PackageSource,
  options: Pick<PackageOptions, 'language' | 'includeConfidential' | 'maskPersonalData' | 'includeMonitoring'>,
): { rows: PackageRows; confidentialLeftOut: number } {
  const { language, maskPersonalData: mask } = options;
  const text = resources[language];
  const lookups = source.lookups;
  const places = lookups.places ?? EMPTY;
  const ethnicGroups = lookups.ethnicGroups ?? EMPTY;
  const people = lookups.people ?? EMPTY;
  const workingGroups = lookups.workingGroups ?? EMPTY;
  const personName = (id: string | undefined) => {
    const person = id ? people.get(id) : undefined;
    return person ? packageText(fullName(person)) : null;
  };
  /** A risk's responsible or a mediator: the name, or the initials in a masked package. */
  const monitoringPerson = (id: string | undefined) => {
    const person = id ? people.get(id) : undefined;
    return person ? packageText(mask ? initials(person) : fullName(person)) : null;
  };

  const associations = source.associations
    .filter((association) => !association.deletedAt)
    .sort((a, b) => compareText(a.nameRu, b.nameRu) || a.id.localeCompare(b.id));
  const associationIds = new Set<string>(associations.map((association) => association.id));
  const associationNames = new Map(associations.map((association) => [association.id as string, association]));

  const members = source.members
    .filter(
      ({ membership, person }) =>
        !membership.deletedAt &&
        !membership.leftOn &&
        !person.deletedAt &&
        associationIds.has(membership.associationId),
    )
    .sort(
      (a, b) =>
        compareText(
          associationNames.get(a.membership.associationId)?.nameRu ?? '',
          associationNames.get(b.membership.associationId)?.nameRu ?? '',
        ) ||
        a.membership.associationId.localeCompare(b.membership.associationId) ||
        ROLE_ORDER.indexOf(a.membership.role) - ROLE_ORDER.indexOf(b.membership.role) ||
        compareText(fullName(a.person), fullName(b.person)) ||
        a.membership.id.localeCompare(b.membership.id),
    );
  const memberCounts = new Map<string, number>();
  for (const { membership } of members)
    memberCounts.set(membership.associationId, (memberCounts.get(membership.associationId) ?? 0) + 1);

  const associationRows = associations.map((association): AssociationRow => ({
    id: association.id,
    name_ru: packageText(association.nameRu) ?? packageText(association.nameKk) ?? association.id,
    name_kk: packageText(association.nameKk),
    ethnos_codes: association.ethnicGroupIds.join(';') || null,
    ethnos: packageText(
      association.ethnicGroupIds
        .map((id) => local(ethnicGroups.get(id), language))
        .filter(Boolean)
        .join(', '),
    ),
    legal_form_code: association.legalFormCode ?? null,
    legal_form: local(lookups.legalForms?.get(association.legalFormCode ?? ''), language),
    bin: association.bin && /^\d{12}$/.test(association.bin) ? association.bin : null,
    registered_on: date(association.registeredOn),
    founded_on: date(association.foundedOn),
    chairman: personName(association.chairmanId),
    phone: packageText(formatPhone(association.phone)),
    email: packageText(association.email),
    address: packageText(association.address),
    place_code: katoCode(association.placeId),
    place: local(places.get(association.placeId ?? ''), language),
    assembly_member: flag(association.assemblyMember),
    status: association.status,
    status_name: text.enums.associationStatus[association.status],
    members: memberCounts.get(association.id) ?? 0,
  }));

  const memberRows = members.map(({ membership, person }): MemberRow => ({
    id: membership.id,
    person_id: person.id,
    association_id: membership.associationId,
    association: local(associationNames.get(membership.associationId), language),
    role: membership.role,
    role_name: text.enums.membershipRole[membership.role],
    surname: packageText(person.surname) ?? '—',
    given_name: packageText(person.givenName),
    patronymic: packageText(person.patronymic),
    iin: person.iin ? (mask ? maskIin(person.iin) : /^\d{12}$/.test(person.iin) ? person.iin : null) : null,
    birth_date: mask ? null : date(person.birthDate),
    birth_year: person.birthDate ? Number(person.birthDate.slice(0, 4)) || null : null,
    sex: person.sex ?? null,
    ethnos_code: person.ethnicGroupId ?? null,
    ethnos: local(ethnicGroups.get(person.ethnicGroupId ?? ''), language),
    phone: mask ? maskedPhone(person.phone) : packageText(formatPhone(person.phone)),
    address: mask ? null : packageText(person.address),
    place_code: katoCode(person.placeId),
    place: local(places.get(person.placeId ?? ''), language),
    occupation: packageText(person.occupation),
    education: packageText(person.education),
    joined_on: date(membership.joinedOn),
  }));

  const eventRows = source.events
    .filter((event) => !event.deletedAt && inPeriod(event.start, source.period))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((event): EventRow => ({
      id: event.id,
      date: event.start.slice(0, 10),
      time: event.allDay ? null : time(event.start),
      end_date: date(event.end),
      end_time: event.allDay ? null : time(event.end),
      all_day: flag(event.allDay),
      title: packageText(event.title) ?? '—',
      type_code: event.typeCode,
      type: local(lookups.eventTypes?.get(event.typeCode), language),
      direction_id: event.directionId ?? null,
      direction: local(lookups.directions?.get(event.directionId ?? ''), language),
      place_code: katoCode(event.placeId),
      place: local(places.get(event.placeId ?? ''), language),
      venue: packageText(event.venue),
      status: event.status,
      status_name: text.enums.eventStatus[event.status],
      planned_participants: count(event.plannedParticipants),
      actual_participants: count(event.actualParticipants),
      association_ids: event.associationIds.join(';') || null,
      associations: packageText(
        event.associationIds
          .map((id) => local(associationNames.get(id), language))
          .filter(Boolean)
          .join('; '),
      ),
      working_group: packageText(workingGroups.get(event.workingGroupId ?? '')),
      visit_id: event.visitId ?? null,
      result: packageText(event.result),
    }));

  const visitRows = source.visits
    .filter((visit) => !visit.deletedAt && inPeriod(visit.start, source.period))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((visit): VisitRow => ({
      id: visit.id,
      start: visit.start.slice(0, 10),
      end: (visit.end || visit.start).slice(0, 10),
      working_group_id: visit.workingGroupId,
      working_group: packageText(workingGroups.get(visit.workingGroupId)),
      place_code: katoCode(visit.placeId),
      place: local(places.get(visit.placeId), language),
      notes: packageText(visit.notes),
    }));

  const ofPeriod = source.receptions.filter(
    (reception) => !reception.deletedAt && inPeriod(reception.date, source.period),
  );
  const shown = ofPeriod
    .filter((reception) => options.includeConfidential || !reception.confidential)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const receptionRows = shown.map((reception): ReceptionRow => {
    const citizen = reception.citizenId ? people.get(reception.citizenId) : undefined;
    const control = reception.control;
    return {
      id: reception.id,
      date: reception.date.slice(0, 10),
      citizen: citizen ? packageText(mask ? initials(citizen) : fullName(citizen)) : null,
      citizen_iin: citizen?.iin
        ? mask
          ? maskIin(citizen.iin)
          : /^\d{12}$/.test(citizen.iin)
            ? citizen.iin
            : null
        : null,
      place_code: katoCode(reception.placeId),
      place: local(places.get(reception.placeId ?? ''), language),
      topic_code: reception.topicCode,
      topic: local(lookups.topics?.get(reception.topicCode), language),
      summary: packageText(reception.summary),
      official: personName(reception.officialId),
      visit_id: reception.visitId ?? null,
      outcome: reception.outcome,
      outcome_name: text.enums.receptionOutcome[reception.outcome],
      help_text: packageText(reception.helpText),
      referred_to_id: reception.referredToAgencyId ?? null,
      referred_to: local(lookups.agencies?.get(reception.referredToAgencyId ?? ''), language),
      decline_reason: packageText(reception.declineReason),
      control_body: packageText(control?.responsibleBody),
      control_deadline: date(control?.deadline),
      control_closed_on: date(control?.closedOn),
      control_resolution: packageText(control?.resolution),
      confidential: flag(reception.confidential),
    };
  });

  const rows: PackageRows = {
    associations: associationRows,
    members: memberRows,
    events: eventRows,
    visits: visitRows,
    receptions: receptionRows,
  };
  // Monitoring is confidential by default: without the choice nothing of it is even turned into rows.
  if (options.includeMonitoring) {
    const councils = new Map((source.councils ?? []).map((council) => [council.id as string, council.name]));
    rows.risks = (source.risks ?? [])
      .filter((risk) => riskWatchedDuring(risk, source.period))
      .sort((a, b) => a.identifiedOn.localeCompare(b.identifiedOn) || a.id.localeCompare(b.id))
      .map((risk): RiskRow => ({
        id: risk.id,
        place_code: katoCode(risk.placeId),
        place: local(places.get(risk.placeId ?? ''), language),
        description: packageText(risk.description) ?? '—',
        group_codes: risk.groupIds.join(';') || null,
        groups: packageText(
          risk.groupIds
            .map((id) => local(ethnicGroups.get(id), language))
            .filter(Boolean)
            .join(', '),
        ),
        source: risk.source,
        level: risk.level,
        status: risk.status,
        identified_on: risk.identifiedOn.slice(0, 10),
        resolved_on: date(risk.resolvedOn),
        next_review_on: date(risk.nextReviewOn),
        responsible: monitoringPerson(risk.responsiblePersonId),
        measure_event_ids: risk.measureEventIds.join(';') || null,
        origin_reception_id: risk.originReceptionId ?? null,
      }));
    rows.mediation = (source.mediationCases ?? [])
      .filter((item) => mediationOfPeriod(item, source.period))
      .sort(
        (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      )
      .map((item): MediationRow => ({
        id: item.id,
        date: item.date.slice(0, 10),
        place_code: katoCode(item.placeId),
        place: local(places.get(item.placeId ?? ''), language),
        parties: packageText(
          item.parties
            .map((party) => (mask ? partyInitials(party) : party.trim()))
            .filter(Boolean)
            .join('; '),
        ),
        dispute_type: item.disputeType,
        council: packageText(councils.get(item.councilId ?? '')),
        mediator: monitoringPerson(item.mediatorId),
        result: item.result ?? null,
        follow_up: packageText(item.followUp),
      }));
  }

  return { rows, confidentialLeftOut: ofPeriod.length - shown.length };
}

/** A sheet's data as the checksum and the writer see it: the key row, then one array of values per row. */
interface SheetMatrix {
  keys: string[];
  rows: CanonicalValue[][];
}

function registerMatrix(fields: readonly FieldSpec[], rows: readonly object[]): SheetMatrix {
  const keys = fields.map((field) => field.key);
  return {
    keys,
    rows: rows.map((row) => keys.map((key) => (row as Record<string, CanonicalValue>)[key] ?? null)),
  };
}

function summaryMatrix(summary: PackageSummary, language: Language): SheetMatrix {
  const labels = resources[language].exchange.figures;
  return {
    keys: summaryFields.map((field) => field.key),
    rows: summaryFigures.map((figure) => [figure, labels[figure], summary[figure]]),
  };
}

type SheetMatrices = Record<SheetKey, SheetMatrix> & Partial<Record<MonitoringKey, SheetMatrix>>;

/** The matrices of every sheet; the monitoring sheets' only when `monitoring` (their rows may be absent: none). */
function sheetMatrices(
  rows: PackageRows,
  summary: PackageSummary,
  language: Language,
  monitoring: boolean,
): SheetMatrices {
  const matrices: SheetMatrices = {
    associations: registerMatrix(registerFields.associations, rows.associations),
    members: registerMatrix(registerFields.members, rows.members),
    events: registerMatrix(registerFields.events, rows.events),
    visits: registerMatrix(registerFields.visits, rows.visits),
    receptions: registerMatrix(registerFields.receptions, rows.receptions),
    summary: summaryMatrix(summary, language),
  };
  if (monitoring) {
    matrices.risks = registerMatrix(monitoringFields.risks, rows.risks ?? []);
    matrices.mediation = registerMatrix(monitoringFields.mediation, rows.mediation ?? []);
  }
  return matrices;
}

/**
 * The sheet names of a package in a language: the registers', the summary's and the monitoring
 * sheets' (present only when included); the metadata sheet's name is fixed.
 */
export function sheetNames(language: Language): Record<SheetKey | MonitoringKey, string> {
  const names = resources[language].exchange;
  return Object.fromEntries([
    ...sheetKeys.map((key) => [key, safeSheetName(names.sheets[key])]),
    ...monitoringKeys.map((key) => [key, safeSheetName(names.monitoringSheets[key])]),
  ]) as Record<SheetKey | MonitoringKey, string>;
}

/** The keys of the sheets a package has, in the order the metadata lists them. */
export function presentSheets(meta: Pick<PackageMeta, 'monitoringIncluded'>): (SheetKey | MonitoringKey)[] {
  return meta.monitoringIncluded ? [...sheetKeys, ...monitoringKeys] : [...sheetKeys];
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
  const { risks, mediation, ...registers } = pkg.rows;
  const rows: PackageRows = monitoring ? { ...registers, risks: risks ?? [], mediation: mediation ?? [] } : registers;
  const matrices = sheetMatrices(rows, pkg.summary, pkg.meta.language, monitoring);
  const names = sheetNames(pkg.meta.language);
  const sheets: Partial<Record<SheetKey | MonitoringKey, SheetInfo>> = {};
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

/** The metadata sheet's rows, key → value (text, null when empty) → description, without its own checksum. */
export function metadataEntries(meta: PackageMeta): [string, string | null][] {
  const yesNo = (value: boolean) => (value ? '1' : '0');
  const entries: [string, string | null][] = [
    ['format', FORMAT_NAME],
    ['format_version', String(meta.formatVersion)],
    ['app_version', meta.appVersion],
    ['schema_version', String(meta.schemaVersion)],
    ['office', meta.office],
    ['oblast_code', meta.oblastCode],
    ['district_code', meta.districtCode],
    ['district_name_ru', meta.districtNameRu],
    ['district_name_kk', meta.districtNameKk],
    ['period_from', meta.period.from],
    ['period_to', meta.period.to],
    ['created_at', meta.createdAt],
    ['as_of', meta.asOf],
    ['language', meta.language],
    ['personal_data_masked', yesNo(meta.personalDataMasked)],
    ['confidential_included', yesNo(meta.confidentialIncluded)],
    ['confidential_left_out', String(meta.confidentialLeftOut)],
    ['monitoring_included', yesNo(meta.monitoringIncluded)],
  ];
  for (const key of presentSheets(meta)) {
    const sheet = meta.sheets[key];
    if (!sheet) continue;
    entries.push(
      [`sheet.${key}.name`, sheet.name],
      [`sheet.${key}.rows`, String(sheet.rows)],
      [`sheet.${key}.sha256`, sheet.sha256],
    );
  }
  return entries;
}

function metadataMatrix(meta: PackageMeta): SheetMatrix {
  const texts = resources[meta.language].exchange.meta;
  const sheetLabel = (key: SheetKey | MonitoringKey) => meta.sheets[key]?.name ?? key;
  const describe = (key: string): string => {
    const sheet = /^sheet\.(\w+)\.(name|rows|sha256)$/.exec(key);
    if (sheet) {
      const template = texts[`sheet_${sheet[2] as 'name' | 'rows' | 'sha256'}`];
      return template.replace('{{sheet}}', sheetLabel(sheet[1] as SheetKey | MonitoringKey));
    }
    return texts[key as keyof typeof texts] ?? key;
  };
  const rows: CanonicalValue[][] = metadataEntries(meta).map(([key, value]) => [key, value, describe(key)]);
  const keys = metadataFields.map((field) => field.key);
  rows.push(['metadata_sha256', sheetChecksum(keys, rows), texts.metadata_sha256]);
  return { keys, rows };
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
  const columnsOf = (fields: readonly FieldSpec[]): ExportColumn[] =>
    fields.map((field) => ({
      header: text.columns[(field.label ?? field.key) as keyof typeof text.columns] ?? field.key,
      width: field.width,
      kind: WRITER_KIND[field.kind],
    }));
  const table = (
    name: string,
    title: string,
    fields: readonly FieldSpec[],
    matrix: SheetMatrix,
    notes: string[],
  ): ExportTable => ({
    sheetName: name,
    title,
    subtitle,
    columns: columnsOf(fields),
    rows: [matrix.keys, ...matrix.rows].map((row) => row.map(toCell)),
    notes,
  });
  const common = [text.notes.keys, ...(meta.personalDataMasked ? [text.notes.masked] : [])];
  const tables = registerKeys.map((key) =>
    table(meta.sheets[key].name, text.titles[key], registerFields[key], matrices[key], [
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
    tables.push(table(sheet.name, text.titles[key], monitoringFields[key], matrix, [...common, text.notes.monitoring]));
  }
  tables.push(table(meta.sheets.summary.name, text.titles.summary, summaryFields, matrices.summary, [text.notes.keys]));
  tables.push(table(METADATA_SHEET, text.titles.metadata, metadataFields, metadataMatrix(meta), [text.notes.keys]));
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
