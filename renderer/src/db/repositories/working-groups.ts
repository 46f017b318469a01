import { workingGroupInputSchema } from '@shared/events/event-input';
import type { RotationVisit } from '@shared/events/rotation';
import { visitTotals, type VisitTotals } from '@shared/events/totals';
import {
  toDirectoryItemId,
  toPersonId,
  toPlaceId,
  toWorkingGroupId,
  type VisitId,
  type WorkingGroupId,
} from '@shared/model/ids';
import type { KelisimEvent, Reception, Visit, WorkingGroup } from '@shared/model/records';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

export async function listWorkingGroups(scope: Scope): Promise<WorkingGroup[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const groups = await db.workingGroups.toArray();
  return groups.filter((group) => !group.deletedAt).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

export async function saveWorkingGroup(scope: Scope, input: unknown, id?: WorkingGroupId): Promise<WorkingGroup> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = workingGroupInputSchema.parse(input);
  return db.transaction('rw', db.workingGroups, db.auditLog, async () => {
    const existing = id ? await db.workingGroups.get(id) : undefined;
    if (id && !existing) throw new Error('working group not found');
    const group: WorkingGroup = {
      ...(existing ? touched(existing, scope.actor) : newRecordFields<WorkingGroupId>(scope.actor)),
      name: parsed.name,
      members: parsed.members.map((member) => ({
        personId: toPersonId(member.personId),
        ...(member.agencyId ? { agencyId: toDirectoryItemId(member.agencyId) } : {}),
        ...(member.position ? { position: member.position } : {}),
      })),
    };
    delete group.nameKk;
    delete group.projectId;
    delete group.directionId;
    delete group.leaderId;
    delete group.periodStart;
    delete group.periodEnd;
    if (parsed.nameKk) group.nameKk = parsed.nameKk;
    if (parsed.projectId) group.projectId = toDirectoryItemId(parsed.projectId);
    if (parsed.directionId) group.directionId = toDirectoryItemId(parsed.directionId);
    if (parsed.leaderId) group.leaderId = toPersonId(parsed.leaderId);
    if (parsed.periodStart) group.periodStart = parsed.periodStart;
    if (parsed.periodEnd) group.periodEnd = parsed.periodEnd;
    await db.workingGroups.put(group);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'workingGroups', recordId: group.id });
    return group;
  });
}

/** Stores a rotation the user confirmed: one field visit per group and place. */
export async function confirmRotation(scope: Scope, schedule: readonly RotationVisit[]): Promise<Visit[]> {
  authorize(scope, 'edit');
  const { db } = scope;
  const visits: Visit[] = schedule.map((entry) => ({
    ...newRecordFields<VisitId>(scope.actor),
    workingGroupId: toWorkingGroupId(entry.groupId),
    placeId: toPlaceId(entry.placeId),
    start: entry.start,
    end: entry.end,
  }));
  await db.transaction('rw', db.visits, db.auditLog, async () => {
    await db.visits.bulkAdd(visits);
    for (const visit of visits) await appendAudit(scope, 'create', { table: 'visits', recordId: visit.id });
  });
  return visits;
}

export async function listVisits(scope: Scope, workingGroupId?: WorkingGroupId): Promise<Visit[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const visits = workingGroupId
    ? await db.visits.where('workingGroupId').equals(workingGroupId).toArray()
    : await db.visits.orderBy('start').toArray();
  return visits.filter((visit) => !visit.deletedAt).sort((a, b) => a.start.localeCompare(b.start));
}

export interface VisitDetail {
  visit: Visit;
  group: WorkingGroup | undefined;
  events: KelisimEvent[];
  receptions: Reception[];
  totals: VisitTotals;
}

/** A field visit with the events and receptions recorded during it, and what they add up to. */
export async function visitDetail(scope: Scope, id: VisitId): Promise<VisitDetail | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  const visit = await db.visits.get(id);
  if (!visit || visit.deletedAt) return undefined;
  const [group, events, receptions, sessions] = await Promise.all([
    db.workingGroups.get(visit.workingGroupId),
    db.events.where('visitId').equals(id).toArray(),
    db.receptions.where('visitId').equals(id).toArray(),
    db.receptionSessions.where('visitId').equals(id).toArray(),
  ]);
  const liveEvents = events.filter((event) => !event.deletedAt).sort((a, b) => a.start.localeCompare(b.start));
  const liveReceptions = receptions.filter((reception) => !reception.deletedAt);
  return {
    visit,
    group,
    events: liveEvents,
    receptions: liveReceptions,
    totals: visitTotals(liveEvents, liveReceptions, sessions),
  };
}
