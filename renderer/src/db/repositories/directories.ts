import {
  type DirectoryItemId,
  type EthnicGroupId,
  type PlaceId,
  toDirectoryItemId,
  toEthnicGroupId,
  toPlaceId,
} from '@shared/model/ids';
import type { DirectoryItem, DirectoryKind, EthnicGroup, Place } from '@shared/model/records';
import {
  customPlaceInputSchema,
  directoryItemInputSchema,
  ethnicGroupInputSchema,
  type CustomPlaceInput,
  type DirectoryItemInput,
  type EthnicGroupInput,
} from '@shared/directories/directory-item';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

export async function listDirectory(scope: Scope, kind: DirectoryKind): Promise<DirectoryItem[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const items = await db.directories.where('kind').equals(kind).toArray();
  return items.filter((item) => !item.deletedAt).sort((a, b) => a.order - b.order);
}

export async function listAllDirectories(scope: Scope): Promise<DirectoryItem[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return (await db.directories.toArray()).filter((item) => !item.deletedAt);
}

/** Saves an edited item, or creates one with a generated code when `id` is absent. */
export async function saveDirectoryItem(
  scope: Scope,
  input: Omit<DirectoryItemInput, 'code'> & { code?: string },
  id?: DirectoryItemId,
): Promise<DirectoryItem> {
  authorize(scope, 'edit');
  const { db } = scope;
  return db.transaction('rw', db.directories, db.auditLog, async () => {
    const existing = id ? await db.directories.get(id) : undefined;
    const code = existing?.code ?? input.code ?? `u_${crypto.randomUUID().slice(0, 8)}`;
    const valid = directoryItemInputSchema.parse({ ...input, code });
    const { parentId, ...rest } = valid;
    const item: DirectoryItem = existing
      ? touched({ ...existing, ...rest, ...(parentId ? { parentId: toDirectoryItemId(parentId) } : {}) }, scope.actor)
      : {
          ...newRecordFields<DirectoryItemId>(scope.actor),
          ...rest,
          ...(parentId ? { parentId: toDirectoryItemId(parentId) } : {}),
          id: toDirectoryItemId(`${valid.kind}:${code}`),
        };
    if (!existing && (await db.directories.get(item.id))) throw new Error('directory code taken');
    await db.directories.put(item);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'directories', recordId: item.id });
    return item;
  });
}

export async function listEthnicGroups(scope: Scope): Promise<EthnicGroup[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return (await db.ethnicGroups.orderBy('order').toArray()).filter((group) => !group.deletedAt);
}

export async function saveEthnicGroup(scope: Scope, input: EthnicGroupInput, id?: EthnicGroupId): Promise<EthnicGroup> {
  authorize(scope, 'edit');
  const { db } = scope;
  const valid = ethnicGroupInputSchema.parse(input);
  return db.transaction('rw', db.ethnicGroups, db.auditLog, async () => {
    const existing = id ? await db.ethnicGroups.get(id) : undefined;
    const group: EthnicGroup = existing
      ? touched({ ...existing, ...valid }, scope.actor)
      : {
          ...newRecordFields<EthnicGroupId>(scope.actor),
          ...valid,
          id: toEthnicGroupId(`u_${crypto.randomUUID().slice(0, 8)}`),
        };
    await db.ethnicGroups.put(group);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'ethnicGroups', recordId: group.id });
    return group;
  });
}

export function allPlaces(scope: Scope): Promise<Place[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return db.places.toArray();
}

/**
 * Marks a settlement remote, or takes the mark off: coverage reports show remote villages apart. The
 * mark is on the place record itself, which replicates to the office's other PCs and which a reload
 * of the classifier keeps (loadOblastPlaces).
 */
export async function setPlaceRemote(scope: Scope, placeId: PlaceId, remote: boolean): Promise<Place> {
  authorize(scope, 'edit');
  const { db } = scope;
  return db.transaction('rw', db.places, db.auditLog, async () => {
    const place = await db.places.get(placeId);
    if (!place || place.deletedAt) throw new Error('place not found');
    const saved = touched(place, scope.actor);
    if (remote) saved.remote = true;
    else delete saved.remote;
    await db.places.put(saved);
    await appendAudit(scope, 'update', { table: 'places', recordId: place.id });
    return saved;
  });
}

/** A settlement the classifier lacks, under a unit that exists. */
export async function addCustomPlace(scope: Scope, input: CustomPlaceInput): Promise<Place> {
  authorize(scope, 'edit');
  const { db } = scope;
  const valid = customPlaceInputSchema.parse(input);
  return db.transaction('rw', db.places, db.auditLog, async () => {
    const parent = await db.places.get(toPlaceId(valid.parentId));
    if (!parent) throw new Error('parent place not found');
    const place: Place = {
      ...newRecordFields<PlaceId>(scope.actor),
      id: toPlaceId(`custom-${crypto.randomUUID()}`),
      level: 'settlement',
      typeCode: 2,
      nameRu: valid.nameRu,
      nameKk: valid.nameKk,
      parentId: parent.id,
      katoVersion: parent.katoVersion,
      custom: true,
    };
    await db.places.add(place);
    await appendAudit(scope, 'create', { table: 'places', recordId: place.id });
    return place;
  });
}
