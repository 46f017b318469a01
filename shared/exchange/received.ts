import type { BaseRecord, IsoDate, IsoTimestamp } from '../model/records';
import type { PackageMeta, PackageRows, PackageSummary } from './format';

/** A package an oblast office received and keeps: one per district and period (the id is packageKey). */
export interface ReceivedPackage extends BaseRecord<string> {
  /** District KATO code. */
  district: string;
  from: IsoDate;
  to: IsoDate;
  meta: PackageMeta;
  summary: PackageSummary;
  fileName: string;
  receivedAt: IsoTimestamp;
  /** Login of the operator who loaded it. */
  receivedBy: string;
  /**
   * Where it came from: a file the district sent (absent in packages kept before the server pull
   * existed), or the district's database that the oblast pulled from the server, made into the
   * same package here; its `meta.createdAt` is then when the district last changed its data.
   */
  source?: PackageOrigin;
}

export type PackageOrigin = 'file' | 'server';

/** The rows of a received package, stored apart under the same id. */
export interface ReceivedPackageRows {
  id: string;
  rows: PackageRows;
}
