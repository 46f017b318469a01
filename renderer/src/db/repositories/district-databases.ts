import type { Period } from '@shared/events/period';
import { packageContents } from '@shared/exchange/build';
import type { ExchangePackage } from '@shared/exchange/format';
import type { ReceivedPackage } from '@shared/exchange/received';
import { districtPackageSource, type DistrictTables, type Reference } from '@shared/exchange/source';
import { packageKey, supersedes } from '@shared/exchange/summary';
import type { Language } from '@shared/i18n/languages';
import type { Place } from '@shared/model/records';
import { type DistrictServer, districtServersSchema } from '@shared/sync/district-servers';
import { officeDatabaseName } from '@shared/sync/server-settings';
import { nowTimestamp, today } from '@/lib/clock';
import { loadKato } from '@/reference/reference-files';
import { authorize, authorOf, type Scope } from '../access';
import { SCHEMA_VERSION } from '../db';
import { appendAudit } from './audit';
import { getOfficeProfile } from './settings';

const SERVERS_KEY = 'districtServers';

/** The districts whose databases this oblast office reads from the server, and where. */
export async function districtServers(scope: Scope): Promise<DistrictServer[]> {
  authorize(scope, 'view');
  const row = await scope.db.settings.get(SERVERS_KEY);
  const parsed = districtServersSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Stores the list as the administrator set it (never a password: that stays in memory for the session). */
export async function saveDistrictServers(scope: Scope, input: unknown): Promise<DistrictServer[]> {
  authorize(scope, 'settings');
  const { db } = scope;
  const servers = districtServersSchema.parse(input);
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    await db.settings.put({ id: SERVERS_KEY, value: servers, updatedAt: nowTimestamp() });
    await appendAudit(scope, 'update', {
      table: 'settings',
      recordId: SERVERS_KEY,
      details: { districts: servers.map((server) => server.district).join(', ') },
    });
  });
  return servers;
}

/** A district's database as pulled from the server (renderer/src/sync/district-pull.ts). */
export interface PulledTables {
  district: string;
  tables: DistrictTables;
  dataChangedAt: string | null;
  pulledAt: string;
}

export type PulledOutcome =
  | { outcome: 'added' | 'replaced'; record: ReceivedPackage }
  /** A package file of the period made after the district's last change is kept; nothing was stored. */
  | { outcome: 'older'; kept: ReceivedPackage }
  /** The district's database holds no records yet; nothing was stored. */
  | { outcome: 'empty' };

export interface PullChoices {
  period: Period;
  /** The language of the names written into the rows, as in a package the user would make. */
  language: Language;
  appVersion: string;
  /** Today in the office; registers are as of this day and overdue is judged against it. */
  asOf?: string;
}

/** The oblast's own КАТО, directory entries and ethnic groups, with the district itself named even when not loaded. */
async function reference(scope: Scope, district: string): Promise<Reference> {
  const { db } = scope;
  const [places, ethnicGroups, directories] = await Promise.all([
    db.places.toArray(),
    db.ethnicGroups.toArray(),
    db.directories.toArray(),
  ]);
  if (places.some((place) => place.id === district)) return { places, ethnicGroups, directories };
  const entry = (await loadKato()).find((item) => item.kato === district);
  const named = entry ? [{ id: district, nameRu: entry.nameRu, nameKk: entry.nameKk } as unknown as Place] : [];
  return { places: [...places, ...named], ethnicGroups, directories };
}

/**
 * Makes a district's pulled database its package of the period, by the builder a district's own
 * "Send to the oblast" uses (personal data masked, confidential receptions withheld and counted,
 * no monitoring: their content is sealed under the district's key), and keeps it as a received
 * package from the server, so the свод, the list of who reported and a district's detail take it
 * as they take a file. The package counts as made when the district last changed its data: of a
 * file and a pull of the same period, the fresher data is kept.
 */
export async function storePulledDistrict(
  scope: Scope,
  pulled: PulledTables,
  choices: PullChoices,
): Promise<PulledOutcome> {
  authorize(scope, 'edit');
  const { db } = scope;
  const { district, dataChangedAt, pulledAt } = pulled;
  if (!dataChangedAt) return { outcome: 'empty' };
  const [profile, names] = await Promise.all([getOfficeProfile(scope), reference(scope, district)]);
  const now = nowTimestamp();
  const pkg: ExchangePackage = packageContents(
    districtPackageSource(
      pulled.tables,
      names,
      {
        level: 'district',
        officeName: officeDatabaseName(district),
        oblastId: profile?.oblastId ?? `${district.slice(0, 2)}0000000`,
        districtId: district,
      },
      choices.period,
    ),
    {
      language: choices.language,
      includeConfidential: false,
      maskPersonalData: true,
      includeMonitoring: false,
      createdAt: dataChangedAt < pulledAt ? dataChangedAt : pulledAt,
      asOf: choices.asOf ?? today(),
      appVersion: choices.appVersion,
      schemaVersion: SCHEMA_VERSION,
    },
  );
  const id = packageKey(district, choices.period);
  return db.transaction('rw', db.exchangePackages, db.exchangePackageRows, db.auditLog, async () => {
    const existing = await db.exchangePackages.get(id);
    const previous = existing && !existing.deletedAt ? existing : undefined;
    if (previous && !supersedes(pkg.meta, previous.meta, now)) return { outcome: 'older', kept: previous };
    const author = authorOf(scope.actor);
    const record: ReceivedPackage = {
      id,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      author,
      district,
      from: choices.period.from,
      to: choices.period.to,
      meta: pkg.meta,
      summary: pkg.summary,
      fileName: '',
      receivedAt: pulledAt,
      receivedBy: author,
      source: 'server',
    };
    await db.exchangePackages.put(record);
    await db.exchangePackageRows.put({ id, rows: pkg.rows });
    await appendAudit(scope, 'import', {
      table: 'exchangePackages',
      recordId: id,
      details: {
        kind: 'district-database',
        district,
        from: choices.period.from,
        to: choices.period.to,
        createdAt: pkg.meta.createdAt,
        replaced: previous !== undefined,
        rows: Object.values(pkg.meta.sheets).reduce((sum, sheet) => sum + sheet.rows, 0) - pkg.meta.sheets.summary.rows,
      },
    });
    return { outcome: previous ? 'replaced' : 'added', record };
  });
}
