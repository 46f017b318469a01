import type { PersonId } from '@shared/model/ids';
import { mergedPerson } from '@shared/people/duplicates';
import { fullName, personSearchTokens } from '@shared/people/search';
import { nowTimestamp } from '@/lib/clock';
import { Dexie } from 'dexie';
import { AccessDeniedError, authorize, type Scope } from '../access';
import { citizenTagsFor, isClosed, openPerson, openReception, sealPerson, sealReception } from '../sealing';
import { touched } from '../stamp';
import { appendAudit } from './audit';
import { moveReferences, personReferenceTables } from './person-references';

const ROLE_RANK = ['chairman', 'deputy', 'council_member', 'member'];

/**
 * Merges a duplicate into the person kept: every membership and every other reference (see
 * person-references.ts) moves to the kept person in one transaction; the duplicate stays,
 * deleted and marked with whom it was merged into.
 */
export async function mergePeople(scope: Scope, keepId: PersonId, dropId: PersonId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  if (keepId === dropId) throw new Error('cannot merge a person with itself');
  const tables = [db.people, ...personReferenceTables(db), db.auditLog];
  await db.transaction('rw', tables, async () => {
    const [storedKeep, storedDrop] = await db.people.bulkGet([keepId, dropId]);
    if (!storedKeep || !storedDrop) throw new Error('person not found');
    // Notes sealed under a key this session lacks cannot be merged without being lost: refused.
    if (isClosed(scope.keys, storedKeep) || isClosed(scope.keys, storedDrop))
      throw new AccessDeniedError('view-confidential');
    const [keep, drop] = await Dexie.waitFor(
      Promise.all([openPerson(scope.keys, storedKeep), openPerson(scope.keys, storedDrop)]),
    );
    const merged = touched(mergedPerson(keep, drop), scope.actor);
    merged.searchTokens = personSearchTokens(merged);
    await db.people.put(await Dexie.waitFor(sealPerson(scope.keys, merged)));
    await db.people.put({ ...touched(storedDrop, scope.actor), deletedAt: nowTimestamp(), mergedInto: keepId });

    const kept = new Map(
      (await db.memberships.where('personId').equals(keepId).toArray())
        .filter((m) => !m.deletedAt)
        .map((m) => [m.associationId, m]),
    );
    for (const membership of await db.memberships.where('personId').equals(dropId).toArray()) {
      const next = touched({ ...membership, personId: keepId, personName: fullName(merged) }, scope.actor);
      const same = kept.get(membership.associationId);
      if (same && !membership.deletedAt) {
        // One person, one membership per association: the kept one stays, with the higher of the two roles.
        next.deletedAt = nowTimestamp();
        if (ROLE_RANK.indexOf(membership.role) < ROLE_RANK.indexOf(same.role))
          await db.memberships.put({ ...touched(same, scope.actor), role: membership.role });
      }
      await db.memberships.put(next);
    }
    await moveReferences(db, dropId, keepId, { updatedAt: merged.updatedAt, author: merged.author });
    await moveSealedReceptions(scope, dropId, keepId);
    await appendAudit(scope, 'merge', { table: 'people', recordId: keepId, details: { merged: dropId } });
  });
}

/** Sealed receptions name the citizen inside the seal: each is opened, given the kept person and sealed again. */
async function moveSealedReceptions(scope: Scope, from: PersonId, to: PersonId): Promise<void> {
  const { db, keys } = scope;
  if (!keys) return;
  const tags = await Dexie.waitFor(citizenTagsFor(keys, from));
  for (const stored of await db.receptions.where('citizenTag').anyOf(tags).toArray()) {
    const moved = await Dexie.waitFor(
      openReception(keys, stored).then((open) => sealReception(keys, { ...touched(open, scope.actor), citizenId: to })),
    );
    await db.receptions.put(moved);
  }
}
