import type { Period } from '@shared/events/period';
import { mediationOfPeriod, riskWatchedDuring, type PackageSource } from '@shared/exchange/build';
import { packageSource, personIdsNamed } from '@shared/exchange/source';
import type { ExchangePackage, PackageMeta, PackageRows } from '@shared/exchange/format';
import {
  checkOrigin,
  type OriginConfirmation,
  type OriginConfirmed,
  type OriginProblem,
} from '@shared/exchange/origin';
import {
  reportingCompleteness,
  reportingUnits,
  type Completeness,
  type ReportingUnit,
} from '@shared/exchange/completeness';
import type { ReceivedPackage } from '@shared/exchange/received';
import {
  consolidate,
  packageKey,
  submissionTable,
  type Consolidation,
  type SubmissionTable,
} from '@shared/exchange/summary';
import type { IsoDate } from '@shared/model/records';
import { KAZAKHSTAN_UTC_OFFSET_MINUTES, nowTimestamp } from '@/lib/clock';
import { loadKato } from '@/reference/reference-files';
import { authorize, authorOf, visibleRecords, type Scope } from '../access';
import { openMediationCase, openRisk } from '../sealing';
import { appendAudit } from './audit';
import { publicationsInPeriod } from './publications';
import { eventsInPeriod } from './events';
import { oblastDistricts, registerDistrictKey, registeredDistrictKey, signatureHolds } from './package-signing';
import { peopleByIds } from './people';
import { receptionsInPeriod } from './receptions';
import { allMemberEntries } from './registry-lookups';
import { getOfficeProfile } from './settings';
import { listVisits } from './working-groups';

/**
 * Everything buildExchangePackage needs for a period, read from this office's database: the
 * association registry and its current members, the period's events, visits and receptions (the
 * builder applies the user's confidential choice and counts what it leaves out), the monitoring
 * (risks watched during the period, its mediation cases, the councils; the builder writes them
 * only when the package includes monitoring), and the names they refer to. Confidential records
 * an operator may not see are never handed over, only counted: no choice on a screen puts them in.
 */
export async function collectPackageData(
  scope: Scope,
  period: Period,
  profile: PackageSource['profile'],
): Promise<PackageSource> {
  authorize(scope, 'export');
  const { db } = scope;
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
    publications,
    sessions,
  ] = await Promise.all([
    db.associations.toArray(),
    allMemberEntries(scope),
    eventsInPeriod(scope, period),
    listVisits(scope),
    receptionsInPeriod(scope, period, true),
    db.tensionRisks.toArray(),
    db.mediationCases.where('date').between(period.from, period.to, true, true).toArray(),
    db.councils.toArray(),
    db.places.toArray(),
    db.ethnicGroups.toArray(),
    db.directories.toArray(),
    db.workingGroups.toArray(),
    publicationsInPeriod(scope, period),
    db.receptionSessions.where('date').between(period.from, period.to, true, true).toArray(),
  ]);
  const watchedRisks = await Promise.all(
    visibleRecords(scope, risks)
      .rows.filter((risk) => riskWatchedDuring(risk, period))
      .map((risk) => openRisk(scope.keys, risk)),
  );
  const periodCases = await Promise.all(
    visibleRecords(scope, mediationCases)
      .rows.filter((item) => mediationOfPeriod(item, period))
      .map((item) => openMediationCase(scope.keys, item)),
  );
  const people = await peopleByIds(
    scope,
    personIdsNamed({ associations, receptions: receptions.rows, risks: watchedRisks, mediationCases: periodCases }),
  );
  return packageSource(profile, period, {
    associations,
    members: members.flatMap(({ membership, person }) => (membership ? [{ membership, person }] : [])),
    events,
    visits,
    receptions: receptions.rows,
    withheldReceptions: receptions.hidden,
    publications,
    sessions,
    risks: watchedRisks,
    mediationCases: periodCases,
    councils,
    people,
    places,
    ethnicGroups,
    directories,
    workingGroups,
  });
}

/** After the file was saved: the audit log notes what was sent (counts and the file's hash, never its content). */
export async function recordPackageSent(scope: Scope, meta: PackageMeta, fileSha256: string): Promise<void> {
  authorize(scope, 'export');
  const { db } = scope;
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(scope, 'export', {
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
  | { outcome: 'older'; replaced: false; kept: ReceivedPackage }
  /** Refused by the oblast's rules (district, date, signature, key: shared/exchange/origin.ts); nothing was stored. */
  | { outcome: 'refused'; replaced: false; problem: OriginProblem }
  /** Stored only once the user confirms what is asked (receive again with `confirmed`); nothing was stored. */
  | { outcome: 'confirm'; replaced: false; confirm: OriginConfirmation };

export interface ReceiveOptions {
  fileName?: string;
  /** Store the package even when the one kept for the district and period was made later. */
  allowOlder?: boolean;
  /** What the user confirmed after a 'confirm' outcome: the district's first key, another office name. */
  confirmed?: OriginConfirmed;
}

/**
 * Stores a package read from a district's file (readExchangePackage), if the oblast's rules allow
 * it (checkOrigin: the oblast's district in КАТО, not made in the future, its signature and the
 * district's registered key), and only once the user confirmed a district's first key or another
 * office name. A package for the same district and period replaces the earlier one, record and
 * rows, in one transaction with its audit entry (and the key registered with it), so the oblast
 * never holds two versions; one made earlier than the package already kept is not stored unless
 * `allowOlder`.
 */
export async function receivePackage(
  scope: Scope,
  pkg: ExchangePackage,
  options: ReceiveOptions = {},
): Promise<ReceiveOutcome> {
  authorize(scope, 'edit');
  const { db } = scope;
  const { meta } = pkg;
  const id = packageKey(meta.districtCode, meta.period);
  // Before the transaction: IndexedDB commits one that waits on anything else (WebCrypto, the shipped КАТО).
  const oblastCode = (await getOfficeProfile(scope))?.oblastId;
  const [districts, signatureValid] = await Promise.all([
    oblastDistricts(scope, oblastCode ?? meta.oblastCode),
    meta.signature ? signatureHolds(meta.signature) : null,
  ]);
  const now = nowTimestamp();
  return db.transaction('rw', db.exchangePackages, db.exchangePackageRows, db.settings, db.auditLog, async () => {
    const existing = await db.exchangePackages.get(id);
    const previous = existing && !existing.deletedAt ? existing : undefined;
    const check = checkOrigin({
      meta,
      now,
      ...(oblastCode ? { oblastCode } : {}),
      districts,
      signatureValid,
      registeredKey: (await registeredDistrictKey(scope, meta.districtCode))?.publicKey,
      kept: previous,
      allowOlder: options.allowOlder,
      confirmed: options.confirmed,
    });
    if (check.verdict === 'refuse') return { outcome: 'refused', replaced: false, problem: check.problem };
    if (check.verdict === 'older') return { outcome: 'older', replaced: false, kept: check.kept };
    if (check.verdict === 'confirm') return { outcome: 'confirm', replaced: false, confirm: check.confirm };
    if (check.registerKey) await registerDistrictKey(scope, meta);
    const author = authorOf(scope.actor);
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
    await appendAudit(scope, 'import', {
      table: 'exchangePackages',
      recordId: id,
      details: {
        kind: 'exchange-package',
        district: meta.districtCode,
        from: meta.period.from,
        to: meta.period.to,
        createdAt: meta.createdAt,
        replaced: previous !== undefined,
        signed: meta.signature !== undefined,
        rows: totalRows(meta),
      },
    });
    return previous
      ? { outcome: 'replaced', replaced: true, record, previous }
      : { outcome: 'added', replaced: false, record };
  });
}

/** The packages received, by district and period: what the districts × periods table shows. */
export async function listReceivedPackages(scope: Scope): Promise<ReceivedPackage[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const records = await db.exchangePackages.toArray();
  return records
    .filter((record) => !record.deletedAt)
    .sort((a, b) => a.district.localeCompare(b.district) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

export async function getReceivedPackage(scope: Scope, id: string): Promise<ReceivedPackage | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  const record = await db.exchangePackages.get(id);
  return record && !record.deletedAt ? record : undefined;
}

/** The register rows of a received package, for a district's detail. */
export async function receivedPackageRows(scope: Scope, id: string): Promise<PackageRows | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  if (!(await getReceivedPackage(scope, id))) return undefined;
  return (await db.exchangePackageRows.get(id))?.rows;
}

/**
 * The consolidated summary (свод): a row per district and the oblast's totals, for a period (the
 * packages of exactly that period), or without one each district's latest period.
 */
export async function consolidatedSummary(scope: Scope, period?: Period): Promise<Consolidation> {
  authorize(scope, 'view');
  const { db } = scope;
  const records = period
    ? (await db.exchangePackages.where('[from+to]').equals([period.from, period.to]).toArray()).filter(
        (record) => !record.deletedAt,
      )
    : await listReceivedPackages(scope);
  return consolidate(records, period);
}

/** Districts × periods: who has sent what; the districts given are listed even when they sent nothing. */
export async function receivedSubmissions(
  scope: Scope,
  districts: readonly { code: string; nameRu?: string; nameKk?: string }[] = [],
): Promise<SubmissionTable<ReceivedPackage>> {
  authorize(scope, 'view');
  return submissionTable(await listReceivedPackages(scope), districts);
}

/**
 * The oblast's districts and cities of oblast significance: every one of them from КАТО (the
 * districts the office loaded with its oblast, then the shipped classifier, so a unit added by
 * either shows). Empty before the office's profile is set.
 */
export async function oblastReportingUnits(scope: Scope): Promise<ReportingUnit[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [profile, places] = await Promise.all([
    getOfficeProfile(scope),
    db.places.where('level').equals('district').toArray(),
  ]);
  if (!profile) return [];
  // Last, and wrapped: a live query may await only Dexie's own promises before its last read.
  const shipped = await Promise.resolve(loadKato());
  return reportingUnits(
    [
      ...places.map((place) => ({ ...place, code: place.id as string })),
      ...shipped.map((entry) => ({ ...entry, code: entry.kato })),
    ],
    profile.oblastId,
  );
}

/**
 * Who of the oblast's districts and cities of oblast significance sent a package of the period:
 * every one of them from КАТО (the districts the office loaded with its oblast, then the shipped
 * classifier, so a unit added by either shows), the packages of exactly that period, and each
 * version received, as the audit log remembers it, since a re-sent package replaces the record.
 */
export async function submissionCompleteness(
  scope: Scope,
  period: Period,
  dueDate?: IsoDate | null,
): Promise<Completeness<ReceivedPackage>> {
  authorize(scope, 'view');
  const { db } = scope;
  const records = await db.exchangePackages.where('[from+to]').equals([period.from, period.to]).toArray();
  const kept = records.filter((record) => !record.deletedAt);
  // Only how many versions came and when the first was made is read from the log, never shown as such.
  const receipts = await db.auditLog
    .where('recordId')
    .anyOf(kept.map((record) => record.id))
    .filter((entry) => entry.action === 'import' && entry.table === 'exchangePackages')
    .toArray();
  // Last: it ends with the shipped КАТО, and a live query may await only Dexie's own promises before its last read.
  const districts = await oblastReportingUnits(scope);
  const versions = receipts.flatMap(({ details }) =>
    typeof details?.district === 'string' && typeof details.createdAt === 'string'
      ? [
          {
            districtCode: details.district,
            period: { from: String(details.from), to: String(details.to) },
            createdAt: details.createdAt,
          },
        ]
      : [],
  );
  return reportingCompleteness(districts, kept, {
    period,
    dueDate: dueDate ?? null,
    versions,
    utcOffsetMinutes: KAZAKHSTAN_UTC_OFFSET_MINUTES,
  });
}

/** Removes a received package (kept with a delete mark, so it can be restored). */
export async function deleteReceivedPackage(scope: Scope, id: string): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.exchangePackages, db.auditLog, async () => {
    const record = await db.exchangePackages.get(id);
    if (!record || record.deletedAt) return;
    const now = nowTimestamp();
    await db.exchangePackages.put({ ...record, deletedAt: now, updatedAt: now, author: authorOf(scope.actor) });
    await appendAudit(scope, 'delete', { table: 'exchangePackages', recordId: id });
  });
}

export async function restoreReceivedPackage(scope: Scope, id: string): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.exchangePackages, db.auditLog, async () => {
    const record = await db.exchangePackages.get(id);
    if (!record?.deletedAt) return;
    const { deletedAt: _deleted, ...restored } = record;
    await db.exchangePackages.put({ ...restored, updatedAt: nowTimestamp(), author: authorOf(scope.actor) });
    await appendAudit(scope, 'restore-record', { table: 'exchangePackages', recordId: id });
  });
}
