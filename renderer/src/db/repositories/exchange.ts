import type { Period } from '@shared/events/period';
import { inPeriod } from '@shared/events/period';
import type { Named } from '@shared/export/registry-exports';
import { mediationOfPeriod, riskWatchedDuring, type PackageSource } from '@shared/exchange/build';
import type { ExchangePackage, PackageMeta, PackageRows } from '@shared/exchange/format';
import type { ReceivedPackage } from '@shared/exchange/received';
import {
  consolidate,
  packageKey,
  submissionTable,
  supersedes,
  type Consolidation,
  type SubmissionTable,
} from '@shared/exchange/summary';
import type { PersonId } from '@shared/model/ids';
import type { DirectoryItem } from '@shared/model/records';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { currentAuthor } from '../session';
import { appendAudit } from './audit';
import { eventsInPeriod } from './events';
import { peopleByIds } from './people';
import { receptionsInPeriod } from './receptions';
import { allMemberEntries } from './registry-lookups';
import { listVisits } from './working-groups';

/**
 * Everything buildExchangePackage needs for a period, read from this office's database: the
 * association registry and its current members, the period's events, visits and receptions (all
 * of them: the builder applies the confidential choice and counts what it leaves out), the
 * monitoring (risks watched during the period, its mediation cases, the councils; the builder
 * writes them only when the package includes monitoring), and the names they refer to.
 */
export async function collectPackageData(
  db: KelisimDb,
  period: Period,
  profile: PackageSource['profile'],
): Promise<PackageSource> {
  const [
    associations,
    members,
    events,
    visits,
    receptions,
    risks,
    mediationCases,
    councils,
    places,
    ethnicGroups,
    directories,
    workingGroups,
  ] = await Promise.all([
    db.associations.toArray(),
    allMemberEntries(db),
    eventsInPeriod(db, period),
    listVisits(db),
    receptionsInPeriod(db, period, true),
    db.tensionRisks.toArray(),
    db.mediationCases.where('date').between(period.from, period.to, true, true).toArray(),
    db.councils.toArray(),
    db.places.toArray(),
    db.ethnicGroups.toArray(),
    db.directories.toArray(),
    db.workingGroups.toArray(),
  ]);
  const watchedRisks = risks.filter((risk) => riskWatchedDuring(risk, period));
  const periodCases = mediationCases.filter((item) => mediationOfPeriod(item, period));
  const liveAssociations = associations.filter((association) => !association.deletedAt);
  const personIds = new Set<PersonId>();
  for (const association of liveAssociations) if (association.chairmanId) personIds.add(association.chairmanId);
  for (const reception of receptions) {
    if (reception.citizenId) personIds.add(reception.citizenId);
    if (reception.officialId) personIds.add(reception.officialId);
  }
  for (const risk of watchedRisks) if (risk.responsiblePersonId) personIds.add(risk.responsiblePersonId);
  for (const item of periodCases) if (item.mediatorId) personIds.add(item.mediatorId);
  const people = await peopleByIds(db, [...personIds]);
  const directory = (kind: DirectoryItem['kind'], by: 'code' | 'id') =>
    new Map<string, Named>(directories.filter((item) => item.kind === kind).map((item) => [item[by], item]));
  return {
    profile,
    period,
    associations: liveAssociations,
    members: members.flatMap(({ membership, person }) => (membership ? [{ membership, person }] : [])),
    events,
    visits: visits.filter((visit) => inPeriod(visit.start, period)),
    receptions,
    risks: watchedRisks,
    mediationCases: periodCases,
    councils: councils.filter((council) => !council.deletedAt),
    lookups: {
      places: new Map(places.map((place) => [place.id as string, place])),
      ethnicGroups: new Map(ethnicGroups.map((group) => [group.id as string, group])),
      legalForms: directory('legal_form', 'code'),
      eventTypes: directory('event_type', 'code'),
      directions: directory('direction', 'id'),
      topics: directory('reception_topic', 'code'),
      agencies: directory('agency', 'id'),
      workingGroups: new Map(workingGroups.map((group) => [group.id as string, group.name])),
      people: new Map(people.map((person) => [person.id as string, person])),
    },
  };
}

/** The profile a package is built for: only a district office sends packages. */
export function canSendPackages(profile: OfficeProfile | undefined): boolean {
  return profile?.level === 'district' && Boolean(profile.districtId);
}

/** After the file was saved: the audit log notes what was sent (counts and the file's hash, never its content). */
export async function recordPackageSent(db: KelisimDb, meta: PackageMeta, fileSha256: string): Promise<void> {
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(db, 'export', {
      details: {
        kind: 'exchange-package',
        district: meta.districtCode,
        from: meta.period.from,
        to: meta.period.to,
        masked: meta.personalDataMasked,
        includeConfidential: meta.confidentialIncluded,
        includeMonitoring: meta.monitoringIncluded,
        rows: totalRows(meta),
        sha256: fileSha256,
      },
    }),
  );
}

const totalRows = (meta: PackageMeta) =>
  Object.values(meta.sheets).reduce((sum, sheet) => sum + sheet.rows, 0) - meta.sheets.summary.rows;

export type ReceiveOutcome =
  | { outcome: 'added'; replaced: false; record: ReceivedPackage }
  | { outcome: 'replaced'; replaced: true; record: ReceivedPackage; previous: ReceivedPackage }
  /** A later package for the same district and period was already received; nothing was stored. */
  | { outcome: 'older'; replaced: false; kept: ReceivedPackage };

export interface ReceiveOptions {
  fileName?: string;
  /** Store the package even when the one kept for the district and period was made later. */
  allowOlder?: boolean;
}

/**
 * Stores a package read from a district's file (readExchangePackage). A package for the same
 * district and period replaces the earlier one, record and rows, in one transaction with its audit
 * entry, so the oblast never holds two versions; one made earlier than the package already kept is
 * not stored unless `allowOlder`.
 */
export async function receivePackage(
  db: KelisimDb,
  pkg: ExchangePackage,
  options: ReceiveOptions = {},
): Promise<ReceiveOutcome> {
  const { meta } = pkg;
  const id = packageKey(meta.districtCode, meta.period);
  return db.transaction('rw', db.exchangePackages, db.exchangePackageRows, db.auditLog, async () => {
    const existing = await db.exchangePackages.get(id);
    const previous = existing && !existing.deletedAt ? existing : undefined;
    if (previous && !options.allowOlder && !supersedes(meta, previous.meta))
      return { outcome: 'older', replaced: false, kept: previous };
    const now = nowTimestamp();
    const author = currentAuthor();
    const record: ReceivedPackage = {
      id,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      author,
      district: meta.districtCode,
      from: meta.period.from,
      to: meta.period.to,
      meta,
      summary: pkg.summary,
      fileName: options.fileName ?? '',
      receivedAt: now,
      receivedBy: author,
    };
    await db.exchangePackages.put(record);
    await db.exchangePackageRows.put({ id, rows: pkg.rows });
    await appendAudit(db, 'import', {
      table: 'exchangePackages',
      recordId: id,
      details: {
        kind: 'exchange-package',
        district: meta.districtCode,
        from: meta.period.from,
        to: meta.period.to,
        createdAt: meta.createdAt,
        replaced: previous !== undefined,
        rows: totalRows(meta),
      },
    });
    return previous
      ? { outcome: 'replaced', replaced: true, record, previous }
      : { outcome: 'added', replaced: false, record };
  });
}

/** The packages received, by district and period: what the districts × periods table shows. */
export async function listReceivedPackages(db: KelisimDb): Promise<ReceivedPackage[]> {
  const records = await db.exchangePackages.toArray();
  return records
    .filter((record) => !record.deletedAt)
    .sort((a, b) => a.district.localeCompare(b.district) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

export async function getReceivedPackage(db: KelisimDb, id: string): Promise<ReceivedPackage | undefined> {
  const record = await db.exchangePackages.get(id);
  return record && !record.deletedAt ? record : undefined;
}

/** The register rows of a received package, for a district's detail. */
export async function receivedPackageRows(db: KelisimDb, id: string): Promise<PackageRows | undefined> {
  if (!(await getReceivedPackage(db, id))) return undefined;
  return (await db.exchangePackageRows.get(id))?.rows;
}

/**
 * The consolidated summary (свод): a row per district and the oblast's totals, for a period (the
 * packages of exactly that period), or without one each district's latest period.
 */
export async function consolidatedSummary(db: KelisimDb, period?: Period): Promise<Consolidation> {
  const records = period
    ? (await db.exchangePackages.where('[from+to]').equals([period.from, period.to]).toArray()).filter(
        (record) => !record.deletedAt,
      )
    : await listReceivedPackages(db);
  return consolidate(records, period);
}

/** Districts × periods: who has sent what; the districts given are listed even when they sent nothing. */
export async function receivedSubmissions(
  db: KelisimDb,
  districts: readonly { code: string; nameRu?: string; nameKk?: string }[] = [],
): Promise<SubmissionTable<ReceivedPackage>> {
  return submissionTable(await listReceivedPackages(db), districts);
}

/** Removes a received package (kept with a delete mark, so it can be restored). */
export async function deleteReceivedPackage(db: KelisimDb, id: string): Promise<void> {
  await db.transaction('rw', db.exchangePackages, db.auditLog, async () => {
    const record = await db.exchangePackages.get(id);
    if (!record || record.deletedAt) return;
    const now = nowTimestamp();
    await db.exchangePackages.put({ ...record, deletedAt: now, updatedAt: now, author: currentAuthor() });
    await appendAudit(db, 'delete', { table: 'exchangePackages', recordId: id });
  });
}

export async function restoreReceivedPackage(db: KelisimDb, id: string): Promise<void> {
  await db.transaction('rw', db.exchangePackages, db.auditLog, async () => {
    const record = await db.exchangePackages.get(id);
    if (!record?.deletedAt) return;
    const { deletedAt: _deleted, ...restored } = record;
    await db.exchangePackages.put({ ...restored, updatedAt: nowTimestamp(), author: currentAuthor() });
    await appendAudit(db, 'restore-record', { table: 'exchangePackages', recordId: id });
  });
}
