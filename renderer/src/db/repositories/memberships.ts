import { membershipInputSchema } from '@shared/associations/association-input';
import type { AssociationId, MembershipId, PersonId } from '@shared/model/ids';
import type { IsoDate, Membership, Person } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { newRecordFields, touched } from '../stamp';

export interface MemberEntry {
  membership: Membership;
  person: Person;
}

/** Members of an association with their person records, people found by one bulk read. */
export async function membersOfAssociation(
  db: KelisimDb,
  id: AssociationId,
  includeFormer = false,
): Promise<MemberEntry[]> {
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
  db: KelisimDb,
  input: unknown,
  today: IsoDate,
  id?: MembershipId,
): Promise<Membership> {
  const parsed = membershipInputSchema(today).parse(input);
  return db.transaction('rw', db.memberships, async () => {
    const existing = id ? await db.memberships.get(id) : undefined;
    const duplicate = (await db.memberships.where('personId').equals(parsed.personId).toArray()).find(
      (m) => m.associationId === parsed.associationId && !m.deletedAt && !m.leftOn && m.id !== id,
    );
    if (duplicate && !parsed.leftOn) throw new Error('already a member');
    const base = existing ? touched(existing) : newRecordFields<MembershipId>();
    const membership: Membership = {
      ...base,
      personId: parsed.personId as PersonId,
      associationId: parsed.associationId as AssociationId,
      role: parsed.role,
    };
    if (parsed.joinedOn) membership.joinedOn = parsed.joinedOn;
    if (parsed.leftOn) membership.leftOn = parsed.leftOn;
    await db.memberships.put(membership);
    return membership;
  });
}

export async function setMembershipDeleted(db: KelisimDb, id: MembershipId, deleted: boolean): Promise<void> {
  await db.transaction('rw', db.memberships, async () => {
    const membership = await db.memberships.get(id);
    if (!membership) return;
    const next = touched(membership);
    if (deleted) next.deletedAt = nowTimestamp();
    else delete next.deletedAt;
    await db.memberships.put(next);
  });
}
