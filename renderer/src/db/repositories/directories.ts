import type { DirectoryItemId, EthnicGroupId, PlaceId } from '@shared/model/ids';
import type { DirectoryItem, DirectoryKind, EthnicGroup, Place } from '@shared/model/records';
import {
  customPlaceInputSchema,
  directoryItemInputSchema,
  ethnicGroupInputSchema,
  type CustomPlaceInput,
  type DirectoryItemInput,
  type EthnicGroupInput,
} from '@shared/directories/directory-item';
import { foldForSearch } from '@shared/text/search-normalize';
import type { KelisimDb } from '../db';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

export async function listDirectory(db: KelisimDb, kind: DirectoryKind): Promise<DirectoryItem[]> {
  const items = await db.directories.where('kind').equals(kind).toArray();
  return items.filter((item) => !item.deletedAt).sort((a, b) => a.order - b.order);
}

export async function listAllDirectories(db: KelisimDb): Promise<DirectoryItem[]> {
  return (await db.directories.toArray()).filter((item) => !item.deletedAt);
}

/** Saves an edited item, or creates one with a generated code when `id` is absent. */
export async function saveDirectoryItem(
  db: KelisimDb,
  input: Omit<DirectoryItemInput, 'code'> & { code?: string },
  id?: DirectoryItemId,
): Promise<DirectoryItem> {
  return db.transaction('rw', db.directories, db.auditLog, async () => {
    const existing = id ? await db.directories.get(id) : undefined;
    const code = existing?.code ?? input.code ?? `u_${crypto.randomUUID().slice(0, 8)}`;
    const valid = directoryItemInputSchema.parse({ ...input, code });
    const { parentId, ...rest } = valid;
    const item: DirectoryItem = existing
      ? touched({ ...existing, ...rest, ...(parentId ? { parentId: parentId as DirectoryItemId } : {}) })
      : {
          ...newRecordFields<DirectoryItemId>(),
          ...rest,
          ...(parentId ? { parentId: parentId as DirectoryItemId } : {}),
          id: `${valid.kind}:${code}` as DirectoryItemId,
        };
    if (!existing && (await db.directories.get(item.id))) throw new Error('directory code taken');
    await db.directories.put(item);
    await appendAudit(db, existing ? 'update' : 'create', { table: 'directories', recordId: item.id });
    return item;
  });
}

export async function listEthnicGroups(db: KelisimDb): Promise<EthnicGroup[]> {
  return (await db.ethnicGroups.orderBy('order').toArray()).filter((group) => !group.deletedAt);
}

export async function saveEthnicGroup(
  db: KelisimDb,
  input: EthnicGroupInput,
  id?: EthnicGroupId,
): Promise<EthnicGroup> {
  const valid = ethnicGroupInputSchema.parse(input);
  return db.transaction('rw', db.ethnicGroups, db.auditLog, async () => {
    const existing = id ? await db.ethnicGroups.get(id) : undefined;
    const group: EthnicGroup = existing
      ? touched({ ...existing, ...valid })
      : { ...newRecordFields<EthnicGroupId>(), ...valid, id: `u_${crypto.randomUUID().slice(0, 8)}` as EthnicGroupId };
    await db.ethnicGroups.put(group);
    await appendAudit(db, existing ? 'update' : 'create', { table: 'ethnicGroups', recordId: group.id });
    return group;
  });
}

export function allPlaces(db: KelisimDb): Promise<Place[]> {
  return db.places.toArray();
}

/** Places whose name (either language, Kazakh letters folded) or KATO code contains the query. */
export function filterPlaces(places: readonly Place[], query: string): Place[] {
  const folded = foldForSearch(query);
  if (!folded) return [...places];
  return places.filter(
    (place) =>
      place.id.startsWith(folded) ||
      foldForSearch(place.nameRu).includes(folded) ||
      foldForSearch(place.nameKk).includes(folded),
  );
}

/** A settlement the classifier lacks, under a unit that exists. */
export async function addCustomPlace(db: KelisimDb, input: CustomPlaceInput): Promise<Place> {
  const valid = customPlaceInputSchema.parse(input);
  return db.transaction('rw', db.places, db.auditLog, async () => {
    const parent = await db.places.get(valid.parentId as PlaceId);
    if (!parent) throw new Error('parent place not found');
    const place: Place = {
      ...newRecordFields<PlaceId>(),
      id: `custom-${crypto.randomUUID()}` as PlaceId,
      level: 'settlement',
      typeCode: 2,
      nameRu: valid.nameRu,
      nameKk: valid.nameKk,
      parentId: parent.id,
      katoVersion: parent.katoVersion,
      custom: true,
    };
    await db.places.add(place);
    await appendAudit(db, 'create', { table: 'places', recordId: place.id });
    return place;
  });
}
