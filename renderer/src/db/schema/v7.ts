/**
 * Version 7: exchange with the oblast.
 * - exchangePackages: the packages an oblast office received, one per district and period: the id
 *   is the package key (district KATO code, period from, period to), so a package sent again
 *   replaces the earlier one instead of being added beside it; by district, by period and by
 *   arrival for the table of who sent what;
 * - exchangePackageRows: the register rows of each received package under the same id, kept apart
 *   so that listing and consolidating read only the small records.
 */
export const v7Stores = {
  exchangePackages: 'id, district, [from+to], receivedAt',
  exchangePackageRows: 'id',
} as const;
