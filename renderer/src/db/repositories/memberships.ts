import { membershipInputSchema } from '@shared/associations/association-input';
import { type AssociationId, type MembershipId, toAssociationId, toPersonId } from '@shared/model/ids';
import type { IsoDate, Membership, Person } from '@shared/model/records';
import { fullName, membershipListKey } from '@shared/people/search';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

export interface MemberEntry {
  membership: Membership;
  person: Person;
}

/** Members of an association with their person records, people found by one bulk read. */
export async function membersOfAssociation(
  scope: Scope,
  id: AssociationId,
  includeFormer = false,
): Promise<MemberEntry[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const memberships = (await db.memberships.where('associationId').equals(id).toArray()).filter(
    (m) => !m.deletedAt && (includeFormer || !m.leftOn),
  );
  const people = await db.people.bulkGet(memberships.map((m) => m.personId));
  const entries: MemberEntry[] = [];
  memberships.forEach((membership, index) => {
    const person = people[index];
    if (person && !person.deletedAt) entries.push({ membership, person });
  });
  return entries;
}

export async function saveMembership(
  scope: Scope,
  input: unknown,
  today: IsoDate,
  id?: MembershipId,
): Promise<Membership> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = membershipInputSchema(today).parse(input);
  return db.transaction('rw', db.memberships, db.people, db.auditLog, async () => {
    const existing = id ? await db.memberships.get(id) : undefined;
    const duplicate = (await db.memberships.where('personId').equals(parsed.personId).toArray()).find(
      (m) => m.associationId === parsed.associationId && !m.deletedAt && !m.leftOn && m.id !== id,
    );
    if (duplicate && !parsed.leftOn) throw new Error('already a member');
    const base = existing ? touched(existing, scope.actor) : newRecordFields<MembershipId>(scope.actor);
    const person = await db.people.get(toPersonId(parsed.personId));
    if (!person) throw new Error('person not found');
    const membership: Membership = {
      ...base,
      personId: person.id,
      associationId: toAssociationId(parsed.associationId),
      personName: fullName(person),
      role: parsed.role,
    };
    if (parsed.joinedOn) membership.joinedOn = parsed.joinedOn;
    if (parsed.leftOn) membership.leftOn = parsed.leftOn;
    await db.memberships.put(membership);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'memberships', recordId: membership.id });
    return membership;
  });
}

export async function setMembershipDeleted(scope: Scope, id: MembershipId, deleted: boolean): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.memberships, db.auditLog, async () => {
    const membership = await db.memberships.get(id);
    if (!membership) return;
    const next = touched(membership, scope.actor);
    if (deleted) next.deletedAt = nowTimestamp();
    else delete next.deletedAt;
    await db.memberships.put(next);
    await appendAudit(scope, deleted ? 'delete' : 'restore-record', { table: 'memberships', recordId: id });
  });
}

/** A renamed person's memberships take the new name, so member lists sort and show it. */
export async function renameInMemberships(scope: Scope, person: Person): Promise<Membership[]> {
  const { db } = scope;
  const name = fullName(person);
  const stale = (await db.memberships.where('personId').equals(person.id).toArray()).filter(
    (m) => m.personName !== name,
  );
  await db.memberships.bulkPut(stale.map((membership) => ({ ...membership, personName: name })));
  return stale;
}

/** People deleted (and not yet restored): few, read from their own index. */
export async function deletedPeopleIds(scope: Scope): Promise<Set<string>> {
  const { db } = scope;
  return new Set(await db.people.where('deletedAt').above('').primaryKeys());
}

const isCurrent = (membership: Membership, deletedPeople: ReadonlySet<string>) =>
  !membership.deletedAt && !membership.leftOn && !deletedPeople.has(membership.personId);

const listKeyOf = (membership: Membership) => membership.listKey ?? membershipListKey(membership);

/**
 * Current members of an association in list order (chairman, deputies, council, then by name),
 * from the memberships alone: the card shows names at once and reads people only for the rows on screen.
 */
export async function currentMemberships(scope: Scope, id: AssociationId): Promise<Membership[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [memberships, deletedPeople] = await Promise.all([
    db.memberships.where('associationId').equals(id).toArray(),
    deletedPeopleIds(scope),
  ]);
  return (
    memberships
      .filter((membership) => isCurrent(membership, deletedPeople))
      .map((membership) => ({ membership, key: listKeyOf(membership) }))
      // Ties in the order the index keeps them, by id, so the first page and the whole list agree.
      .sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.membership.id < b.membership.id ? -1 : 1))
      .map(({ membership }) => membership)
  );
}

/** Read beyond a first page, for the former and deleted members among the first in the index. */
const FIRST_PAGE_MARGIN = 50;

/**
 * The first current members in list order, from one short read of the list-order index: what a
 * card shows while the whole list (7,000 members take a quarter of a second) is read. Shorter
 * than `size` only when more than the margin of the first are former or deleted members.
 */
export async function firstMemberships(scope: Scope, id: AssociationId, size: number): Promise<Membership[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [memberships, deletedPeople] = await Promise.all([
    db.memberships
      .where('[associationId+listKey]')
      .between([id, ''], [id, '\uffff'])
      .limit(size + FIRST_PAGE_MARGIN)
      .toArray(),
    deletedPeopleIds(scope),
  ]);
  return memberships.filter((membership) => isCurrent(membership, deletedPeople)).slice(0, size);
}

/**
 * Current members per association by index counts: all memberships of each association less the
 * few that are deleted, ended or belong to a deleted person.
 */
export async function currentMemberCounts(scope: Scope, ids: readonly AssociationId[]): Promise<Map<string, number>> {
  authorize(scope, 'view');
  const { db } = scope;
  const [totals, deleted, left, deletedPeople] = await Promise.all([
    Promise.all(ids.map((id) => db.memberships.where('associationId').equals(id).count())),
    db.memberships.where('deletedAt').above('').toArray(),
    db.memberships.where('leftOn').above('').toArray(),
    deletedPeopleIds(scope),
  ]);
  const ofDeletedPeople =
    deletedPeople.size > 0
      ? await db.memberships
          .where('personId')
          .anyOf([...deletedPeople])
          .toArray()
      : [];
  const excluded = new Map<string, Set<string>>();
  for (const membership of [...deleted, ...left, ...ofDeletedPeople]) {
    const set = excluded.get(membership.associationId) ?? new Set<string>();
    set.add(membership.id);
    excluded.set(membership.associationId, set);
  }
  return new Map(ids.map((id, index) => [id, (totals[index] ?? 0) - (excluded.get(id)?.size ?? 0)]));
}
