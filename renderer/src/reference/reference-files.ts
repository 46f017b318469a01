import { parseKatoCsv, type KatoEntry } from '@shared/places/kato';
import { parseEthnicGroupsCsv, type EthnicGroupSeed } from '@shared/directories/ethnic-groups';

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
