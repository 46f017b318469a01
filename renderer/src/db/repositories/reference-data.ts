import { toDirectoryItemId, toEthnicGroupId, toPlaceId } from '@shared/model/ids';
import type { DirectoryItem, EthnicGroup, Place } from '@shared/model/records';
import { directoryItemId, directorySeed } from '@shared/directories/seed';
import type { EthnicGroupSeed } from '@shared/directories/ethnic-groups';
import type { KatoEntry } from '@shared/places/kato';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import type { KelisimDb } from '../db';

const SHIPPED = 'kelisim';

/**
 * Adds shipped directory items and ethnic groups that the database does not have yet. Items the
 * office has edited are left as they are, so a new version can ship new items without undoing edits.
 * Run at start, before anyone signs in: it adds only what this version ships.
 */
export async function ensureReferenceData(db: KelisimDb, ethnicGroups: readonly EthnicGroupSeed[]): Promise<number> {
  const now = nowTimestamp();
  const base = { createdAt: now, updatedAt: now, author: SHIPPED };
  const directoryRows: DirectoryItem[] = directorySeed.map((seed, index) => ({
    ...base,
    id: toDirectoryItemId(directoryItemId(seed.kind, seed.code)),
    kind: seed.kind,
    code: seed.code,
    nameRu: seed.nameRu,
    nameKk: seed.nameKk,
    ...(seed.parentCode ? { parentId: toDirectoryItemId(directoryItemId('project', seed.parentCode)) } : {}),
    order: index,
    active: true,
  }));
  const ethnicRows: EthnicGroup[] = ethnicGroups.map((group) => ({
    ...base,
    id: toEthnicGroupId(group.id),
    nameRu: group.nameRu,
    nameKk: group.nameKk,
    nameEn: group.nameEn,
    order: group.order,
    active: true,
  }));
  return db.transaction('rw', db.directories, db.ethnicGroups, async () => {
    const presentDirectories = await db.directories.bulkGet(directoryRows.map((row) => row.id));
    const presentGroups = await db.ethnicGroups.bulkGet(ethnicRows.map((row) => row.id));
    const missingDirectories = directoryRows.filter((_, index) => !presentDirectories[index]);
    const missingGroups = ethnicRows.filter((_, index) => !presentGroups[index]);
    await db.directories.bulkAdd(missingDirectories);
    await db.ethnicGroups.bulkAdd(missingGroups);
    return missingDirectories.length + missingGroups.length;
  });
}

/** The classifier's own fields of a place: what a reload may change. */
const shippedFields = ['level', 'typeCode', 'nameRu', 'nameKk', 'parentId', 'katoVersion'] as const;

/**
 * Loads the classifier entries of the office's oblast; entries already stored are refreshed, custom
 * places kept. The office's own mark on a shipped place (remote) stays, and a place the new
 * classifier leaves as it was is not written at all: its unchanged version would otherwise replace,
 * on the other PCs, a mark made there since.
 */
export async function loadOblastPlaces(scope: Scope, entries: readonly KatoEntry[]): Promise<number> {
  authorize(scope, 'settings');
  const { db } = scope;
  const now = nowTimestamp();
  const shipped: Place[] = entries.map((entry) => ({
    id: toPlaceId(entry.kato),
    createdAt: now,
    updatedAt: now,
    author: SHIPPED,
    level: entry.level,
    typeCode: entry.typeCode,
    nameRu: entry.nameRu,
    nameKk: entry.nameKk,
    ...(entry.parentKato ? { parentId: toPlaceId(entry.parentKato) } : {}),
    katoVersion: entry.katoVersion,
    custom: false,
  }));
  return db.transaction('rw', db.places, async () => {
    const stored = await db.places.bulkGet(shipped.map((place) => place.id));
    const changed = shipped.flatMap((place, index) => {
      const known = stored[index];
      if (!known) return [place];
      if (shippedFields.every((field) => known[field] === place[field]) && !known.deletedAt) return [];
      return [{ ...place, createdAt: known.createdAt, ...(known.remote ? { remote: true } : {}) }];
    });
    await db.places.bulkPut(changed);
    return shipped.length;
  });
}
