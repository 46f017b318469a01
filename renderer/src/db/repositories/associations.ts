import { associationInputSchema } from '@shared/associations/association-input';
import { type AssociationId, type PersonId, toPersonId } from '@shared/model/ids';
import type { Association, IsoDate, KelisimEvent } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { currentMemberCounts } from './memberships';
import { appendAudit } from './audit';

export interface AssociationSummary {
  association: Association;
  members: number;
}

/** Every association with its number of current members (those who have not left). */
export async function listAssociations(scope: Scope, includeDeleted = false): Promise<AssociationSummary[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const associations = (await db.associations.toArray()).filter((a) => includeDeleted || !a.deletedAt);
  const counts = await currentMemberCounts(
    scope,
    associations.map((association) => association.id),
  );
  return associations.map((association) => ({ association, members: counts.get(association.id) ?? 0 }));
}

export function getAssociation(scope: Scope, id: AssociationId): Promise<Association | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  return db.associations.get(id);
}

/** Validates with the import's schema and stores; the chairman also gets a chairman membership. */
export async function saveAssociation(
  scope: Scope,
  input: unknown,
  today: IsoDate,
  id?: AssociationId,
): Promise<Association> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = associationInputSchema(today).parse(input);
  return db.transaction('rw', db.associations, db.memberships, db.people, db.auditLog, async () => {
    const existing = id ? await db.associations.get(id) : undefined;
    if (id && !existing) throw new Error('association not found');
    const base = existing ? touched(existing, scope.actor) : newRecordFields<AssociationId>(scope.actor);
    const association: Association = {
      ...base,
      nameRu: parsed.nameRu ?? parsed.nameKk ?? '',
      nameKk: parsed.nameKk ?? parsed.nameRu ?? '',
      ethnicGroupIds: parsed.ethnicGroupIds as Association['ethnicGroupIds'],
      deputyIds: parsed.deputyIds.map(toPersonId),
      assemblyMember: parsed.assemblyMember,
      status: parsed.status,
      units: parsed.units.map((unit) => ({
        id: unit.id,
        kindCode: unit.kindCode,
        name: unit.name,
        ...(unit.leaderId ? { leaderId: toPersonId(unit.leaderId) } : {}),
        ...(unit.participants !== undefined ? { participants: unit.participants } : {}),
      })),
    };
    const optional = [
      'legalFormCode',
      'bin',
      'registeredOn',
      'foundedOn',
      'phone',
      'email',
      'address',
      'cabinet',
      'notes',
    ] as const;
    for (const key of optional) if (parsed[key] !== undefined) association[key] = parsed[key];
    if (parsed.placeId) association.placeId = parsed.placeId as Association['placeId'];
    if (parsed.chairmanId) association.chairmanId = toPersonId(parsed.chairmanId);
    await db.associations.put(association);
    await syncLeadership(scope, association);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'associations', recordId: association.id });
    return association;
  });
}

/** The chairman and deputies chosen on the association are also members with those roles. */
async function syncLeadership(scope: Scope, association: Association): Promise<void> {
  const { db } = scope;
  const leaders: [PersonId, 'chairman' | 'deputy'][] = [
    ...(association.chairmanId ? [[association.chairmanId, 'chairman'] as [PersonId, 'chairman']] : []),
    ...association.deputyIds.map((id) => [id, 'deputy'] as [PersonId, 'deputy']),
  ];
  if (leaders.length === 0) return;
  const memberships = await db.memberships.where('associationId').equals(association.id).toArray();
  for (const [personId, role] of leaders) {
    const current = memberships.find((m) => m.personId === personId && !m.deletedAt && !m.leftOn);
    if (current?.role === role) continue;
    if (current) await db.memberships.put({ ...touched(current, scope.actor), role });
    else {
      const person = await db.people.get(personId);
      const personName = person ? fullName(person) : '';
      await db.memberships.add({
        ...newRecordFields(scope.actor),
        personId,
        associationId: association.id,
        personName,
        role,
      });
    }
  }
}

export async function setAssociationDeleted(scope: Scope, id: AssociationId, deleted: boolean): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.associations, db.auditLog, async () => {
    const association = await db.associations.get(id);
    if (!association) return;
    const next = touched(association, scope.actor);
    if (deleted) next.deletedAt = nowTimestamp();
    else delete next.deletedAt;
    await db.associations.put(next);
    await appendAudit(scope, deleted ? 'delete' : 'restore-record', { table: 'associations', recordId: id });
  });
}

/** Events the association took part in, newest first. */
export async function eventsOfAssociation(scope: Scope, id: AssociationId): Promise<KelisimEvent[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const events = await db.events.where('associationIds').equals(id).toArray();
  return events.filter((event) => !event.deletedAt).sort((a, b) => b.start.localeCompare(a.start));
}

/** Associations by name only, for pickers and filters: no member counts to compute. */
export async function associationNames(scope: Scope): Promise<Association[]> {
  authorize(scope, 'view');
  return (await scope.db.associations.toArray()).filter((association) => !association.deletedAt);
}
