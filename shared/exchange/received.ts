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
}

/** The rows of a received package, stored apart under the same id. */
export interface ReceivedPackageRows {
  id: string;
  rows: PackageRows;
}
