import { parseKatoCsv, type KatoEntry } from '@shared/places/kato';
import { parseEthnicGroupsCsv, type EthnicGroupSeed } from '@shared/directories/ethnic-groups';
import { parseNonWorkingDays, type WorkingCalendar } from '@shared/dates/working-days';

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

let calendarCache: Promise<WorkingCalendar> | undefined;

/** Holidays and transfers for 2025–2027 (resources/data/SOURCES.md): what control deadlines count with. */
export function loadWorkingCalendar(): Promise<WorkingCalendar> {
  calendarCache ??= import('../../../resources/data/kz_nonworking_days_2025_2027.csv?raw').then((module) =>
    parseNonWorkingDays(module.default),
  );
  return calendarCache;
}
