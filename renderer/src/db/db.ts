import { Dexie, type EntityTable } from 'dexie';
import type {
  Association,
  Attachment,
  AuthorityForm,
  AuditEntry,
  Council,
  DirectoryItem,
  EthnicGroup,
  ImportBatch,
  ImportChange,
  KelisimEvent,
  MediationCase,
  Membership,
  Operator,
  Person,
  Place,
  Plan,
  PlanItem,
  PopulationRecord,
  Publication,
  Reception,
  ReceptionSession,
  Setting,
  TensionRisk,
  Visit,
  WorkingGroup,
} from '@shared/model/records';
import type { ReceivedPackage, ReceivedPackageRows } from '@shared/exchange/received';
import { v1Stores } from './schema/v1';
import { upgradeToV2, v2Stores } from './schema/v2';
import { v3Stores } from './schema/v3';
import { upgradeToV4, v4Stores } from './schema/v4';
import { v5Stores } from './schema/v5';
import { v6Stores } from './schema/v6';
import { v7Stores } from './schema/v7';
import { v8Stores } from './schema/v8';
import { upgradeToV9, v9Stores } from './schema/v9';
import { upgradeToV10, v10Stores } from './schema/v10';
import { v11Stores } from './schema/v11';
import { upgradeToV12, v12Stores } from './schema/v12';
import { upgradeToV13, v13Stores } from './schema/v13';
import { v14Stores } from './schema/v14';
import { v15Stores } from './schema/v15';
import { upgradeToV16, v16Stores } from './schema/v16';
import { maintainSortKeys } from './sort-keys';
import { readOrMakeDeviceId } from './sync/device-id';
import { trackForSync } from './sync/outbox';

export const DATABASE_NAME = 'kelisim';

/** The one database of the application. Only repositories use it; components never do. */
export class KelisimDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  associations!: EntityTable<Association, 'id'>;
  memberships!: EntityTable<Membership, 'id'>;
  events!: EntityTable<KelisimEvent, 'id'>;
  workingGroups!: EntityTable<WorkingGroup, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  receptions!: EntityTable<Reception, 'id'>;
  places!: EntityTable<Place, 'id'>;
  ethnicGroups!: EntityTable<EthnicGroup, 'id'>;
  directories!: EntityTable<DirectoryItem, 'id'>;
  settings!: EntityTable<Setting, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'id'>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  importChanges!: EntityTable<ImportChange, 'id'>;
  operators!: EntityTable<Operator, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  population!: EntityTable<PopulationRecord, 'id'>;
  tensionRisks!: EntityTable<TensionRisk, 'id'>;
  mediationCases!: EntityTable<MediationCase, 'id'>;
  councils!: EntityTable<Council, 'id'>;
  exchangePackages!: EntityTable<ReceivedPackage, 'id'>;
  exchangePackageRows!: EntityTable<ReceivedPackageRows, 'id'>;
  authorityForms!: EntityTable<AuthorityForm, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  planItems!: EntityTable<PlanItem, 'id'>;
  publications!: EntityTable<Publication, 'id'>;
  receptionSessions!: EntityTable<ReceptionSession, 'id'>;
  /** This PC's id (sync/device.ts), read as the database opens so that any transaction can name it. */
  deviceId = '';

  constructor(name = DATABASE_NAME) {
    // Strict durability: a commit is on disk before Dexie reports it, because office PCs are
    // switched off at the wall.
    super(name, { chromeTransactionDurability: 'strict' });
    declareVersions(this, SCHEMA_VERSION);
    maintainSortKeys(this);
    trackForSync(this);
    this.on('ready', async () => {
      this.deviceId = await readOrMakeDeviceId(this);
    });
  }
}

export const SCHEMA_VERSION = 16;

/**
 * Declares the schema chain up to a version. The application uses all of it; restoring a backup
 * made by an older version first writes it into a database declared at that version, then opens
 * that with the full chain so the same migrations run on it.
 */
export function declareVersions(database: Dexie, upTo: number): void {
  const chain = [
    (d: Dexie) => d.version(1).stores(v1Stores),
    (d: Dexie) => d.version(2).stores(v2Stores).upgrade(upgradeToV2),
    (d: Dexie) => d.version(3).stores(v3Stores),
    (d: Dexie) => d.version(4).stores(v4Stores).upgrade(upgradeToV4),
    (d: Dexie) => d.version(5).stores(v5Stores),
    (d: Dexie) => d.version(6).stores(v6Stores),
    (d: Dexie) => d.version(7).stores(v7Stores),
    (d: Dexie) => d.version(8).stores(v8Stores),
    (d: Dexie) => d.version(9).stores(v9Stores).upgrade(upgradeToV9),
    (d: Dexie) => d.version(10).stores(v10Stores).upgrade(upgradeToV10),
    (d: Dexie) => d.version(11).stores(v11Stores),
    (d: Dexie) => d.version(12).stores(v12Stores).upgrade(upgradeToV12),
    (d: Dexie) => d.version(13).stores(v13Stores).upgrade(upgradeToV13),
    (d: Dexie) => d.version(14).stores(v14Stores),
    (d: Dexie) => d.version(15).stores(v15Stores),
    (d: Dexie) => d.version(16).stores(v16Stores).upgrade(upgradeToV16),
  ];
  chain.slice(0, upTo).forEach((declare) => declare(database));
}
