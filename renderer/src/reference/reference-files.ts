import { parseKatoCsv, type KatoEntry } from '@shared/places/kato';
import { parseEthnicGroupsCsv, type EthnicGroupSeed } from '@shared/directories/ethnic-groups';
import { parseShippedDays, shippedCalendar, type ShippedDay, type WorkingCalendar } from '@shared/dates/working-days';

let katoCache: Promise<KatoEntry[]> | undefined;

/** The whole classifier (15,594 rows) is fetched from the bundle only when a screen needs it. */
export function loadKato(): Promise<KatoEntry[]> {
  katoCache ??= import('../../../resources/data/kato.csv?raw').then((module) => parseKatoCsv(module.default));
  return katoCache;
}

export async function loadEthnicGroupSeeds(): Promise<EthnicGroupSeed[]> {
  const module = await import('../../../resources/data/ethnic_groups_kz.csv?raw');
  return parseEthnicGroupsCsv(module.default);
}

let shippedDaysCache: Promise<ShippedDay[]> | undefined;

/** Holidays and transfers for 2025–2027 as shipped (resources/data/SOURCES.md), with their names. */
export function loadShippedDays(): Promise<ShippedDay[]> {
  shippedDaysCache ??= import('../../../resources/data/kz_nonworking_days_2025_2027.csv?raw').then((module) =>
    parseShippedDays(module.default),
  );
  return shippedDaysCache;
}

/**
 * The shipped calendar alone, without what the office added: for tests and for what is computed
 * before anyone signs in. Deadlines count with the office's calendar (currentWorkingCalendar).
 */
export async function loadWorkingCalendar(): Promise<WorkingCalendar> {
  return shippedCalendar(await loadShippedDays());
}
