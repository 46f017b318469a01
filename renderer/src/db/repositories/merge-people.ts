import type { PersonId } from '@shared/model/ids';
import { mergedPerson } from '@shared/people/duplicates';
import { fullName, personSearchTokens } from '@shared/people/search';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { touched } from '../stamp';
import { appendAudit } from './audit';

const ROLE_RANK = ['chairman', 'deputy', 'council_member', 'member'];

/**
 * Merges a duplicate into the person kept: every membership and every reference (receptions,
 * events, associations' leaders, working groups, councils, those responsible for tension risks,
 * mediators) moves to the kept person in one transaction; the duplicate stays, deleted and marked
 * with whom it was merged into.
 */
export async function mergePeople(db: KelisimDb, keepId: PersonId, dropId: PersonId): Promise<void> {
  if (keepId === dropId) throw new Error('cannot merge a person with itself');
  const tables = [
    db.people,
    db.memberships,
    db.receptions,
    db.events,
    db.associations,
    db.workingGroups,
    db.councils,
    db.tensionRisks,
    db.mediationCases,
    db.auditLog,
  ];
  await db.transaction('rw', tables, async () => {
    const [keep, drop] = await db.people.bulkGet([keepId, dropId]);
    if (!keep || !drop) throw new Error('person not found');
    const merged = touched(mergedPerson(keep, drop));
    merged.searchTokens = personSearchTokens(merged);
    await db.people.put(merged);
    await db.people.put({ ...touched(drop), deletedAt: nowTimestamp(), mergedInto: keepId });

    const kept = new Map(
      (await db.memberships.where('personId').equals(keepId).toArray())
        .filter((m) => !m.deletedAt)
        .map((m) => [m.associationId, m]),
    );
    for (const membership of await db.memberships.where('personId').equals(dropId).toArray()) {
      const next = touched({ ...membership, personId: keepId, personName: fullName(merged) });
      const same = kept.get(membership.associationId);
      if (same && !membership.deletedAt) {
        // One person, one membership per association: the kept one stays, with the higher of the two roles.
        next.deletedAt = nowTimestamp();
        if (ROLE_RANK.indexOf(membership.role) < ROLE_RANK.indexOf(same.role))
          await db.memberships.put({ ...touched(same), role: membership.role });
      }
      await db.memberships.put(next);
    }
    await db.receptions.where('citizenId').equals(dropId).modify({ citizenId: keepId });
    await db.receptions.where('officialId').equals(dropId).modify({ officialId: keepId });
    const swap = (ids: PersonId[]) => [...new Set(ids.map((id) => (id === dropId ? keepId : id)))];
    await db.events
      .filter((event) => event.organiserPersonIds.includes(dropId))
      .modify((event) => {
        event.organiserPersonIds = swap(event.organiserPersonIds);
      });
    await db.associations
      .filter(
        (a) => a.chairmanId === dropId || a.deputyIds.includes(dropId) || a.units.some((u) => u.leaderId === dropId),
      )
      .modify((a) => {
        if (a.chairmanId === dropId) a.chairmanId = keepId;
        a.deputyIds = swap(a.deputyIds);
        for (const unit of a.units) if (unit.leaderId === dropId) unit.leaderId = keepId;
      });
    await db.workingGroups
      .filter((group) => group.leaderId === dropId || group.members.some((m) => m.personId === dropId))
      .modify((group) => {
        if (group.leaderId === dropId) group.leaderId = keepId;
        for (const member of group.members) if (member.personId === dropId) member.personId = keepId;
      });
    await db.councils
      .filter((council) => council.memberIds.includes(dropId))
      .modify((council) => {
        council.memberIds = swap(council.memberIds);
      });
    await db.tensionRisks.filter((risk) => risk.responsiblePersonId === dropId).modify({ responsiblePersonId: keepId });
    await db.mediationCases.filter((item) => item.mediatorId === dropId).modify({ mediatorId: keepId });
    await appendAudit(db, 'merge', { table: 'people', recordId: keepId, details: { merged: dropId } });
  });
}
