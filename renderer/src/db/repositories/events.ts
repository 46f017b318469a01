import { eventInputSchema, type EventInput } from '@shared/events/event-input';
import { periodBounds, type Period } from '@shared/events/period';
import {
  expandSeries,
  occurrencesToChange,
  shiftEnd,
  type RecurrenceRule,
  type SeriesScope,
} from '@shared/events/recurrence';
import {
  type EventId,
  toAssociationId,
  toDirectoryItemId,
  toPersonId,
  toPlaceId,
  toPlanItemId,
  toVisitId,
  toWorkingGroupId,
} from '@shared/model/ids';
import type {
  Association,
  BaseRecord,
  DirectoryItem,
  IsoDate,
  KelisimEvent,
  LocalDateTime,
  Place,
  WorkingGroup,
} from '@shared/model/records';
import { makeDistrictOf } from '@shared/places/district-of';
import { matchesName } from '@shared/text/name-in';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';
import { allPlaces, listDirectory } from './directories';
import { listWorkingGroups } from './working-groups';

export interface EventFilter {
  projectId?: string;
  directionId?: string;
  workingGroupId?: string;
  /** A district's KATO code: events in any place under it. */
  districtId?: string;
  typeCode?: string;
  associationId?: string;
  status?: KelisimEvent['status'];
  /** Part of the title in either language (see matchesName). */
  text?: string;
}

/** The fields of a stored event that the form edits, built from validated input. */
type EventFields = Omit<KelisimEvent, keyof BaseRecord<EventId>>;

function fieldsOf(input: EventInput): EventFields {
  const event: EventFields = {
    title: input.title,
    typeCode: input.typeCode,
    start: input.start,
    allDay: input.allDay,
    organiserAgencyIds: input.organiserAgencyIds.map(toDirectoryItemId),
    organiserPersonIds: input.organiserPersonIds.map(toPersonId),
    associationIds: input.associationIds.map(toAssociationId),
    audienceCodes: input.audienceCodes,
    status: input.status,
    links: input.links,
    attachmentIds: [],
  };
  if (input.titleKk) event.titleKk = input.titleKk;
  if (input.end) event.end = input.end;
  if (input.projectId) event.projectId = toDirectoryItemId(input.projectId);
  if (input.directionId) event.directionId = toDirectoryItemId(input.directionId);
  if (input.workingGroupId) event.workingGroupId = toWorkingGroupId(input.workingGroupId);
  if (input.visitId) event.visitId = toVisitId(input.visitId);
  if (input.placeId) event.placeId = toPlaceId(input.placeId);
  if (input.venue) event.venue = input.venue;
  if (input.plannedParticipants !== undefined) event.plannedParticipants = input.plannedParticipants;
  if (input.actualParticipants !== undefined) event.actualParticipants = input.actualParticipants;
  if (input.statusReason) event.statusReason = input.statusReason;
  if (input.result) event.result = input.result;
  if (input.attendeeIds?.length) event.attendeeIds = [...new Set(input.attendeeIds)].map(toPersonId);
  if (input.planItemId) event.planItemId = toPlanItemId(input.planItemId);
  return event;
}

/** What an edit never changes: the record's identity and its place in a series. */
function kept(event: KelisimEvent): BaseRecord<EventId> & Pick<KelisimEvent, 'seriesId'> {
  const { id, createdAt, updatedAt, author, seriesId } = event;
  return { id, createdAt, updatedAt, author, ...(seriesId ? { seriesId } : {}) };
}

/**
 * Events that start in a period, read through the start index (a month of an oblast's calendar is
 * a few thousand records at most), then narrowed by the filters in memory.
 */
export async function eventsInPeriod(
  scope: Scope,
  period: Period,
  filter: EventFilter = {},
  districtOf?: (placeId: string | undefined) => string,
): Promise<KelisimEvent[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [from, to] = periodBounds(period);
  const events = await db.events.where('start').between(from, to, true, false).toArray();
  // The places are read only for a district filter, so that the calendar's month is one read.
  const inDistrict = filter.districtId ? (districtOf ?? makeDistrictOf(await allPlaces(scope))) : undefined;
  return events.filter(
    (event) =>
      !event.deletedAt &&
      (!filter.projectId || event.projectId === filter.projectId) &&
      (!filter.directionId || event.directionId === filter.directionId) &&
      (!filter.workingGroupId || event.workingGroupId === filter.workingGroupId) &&
      (!filter.typeCode || event.typeCode === filter.typeCode) &&
      (!filter.status || event.status === filter.status) &&
      (!filter.associationId || event.associationIds.includes(toAssociationId(filter.associationId))) &&
      (!inDistrict || inDistrict(event.placeId) === filter.districtId) &&
      (!filter.text || matchesName(filter.text, event)),
  );
}

/**
 * Stores a new event, or one occurrence per date when a recurrence is given (they share a series
 * id and are independent records from then on). Returns the events stored.
 */
export async function createEvent(scope: Scope, input: unknown, recurrence?: RecurrenceRule): Promise<KelisimEvent[]> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = eventInputSchema.parse(input);
  const fields = fieldsOf(parsed);
  const occurrences = recurrence ? expandSeries(fields, recurrence) : [fields];
  const seriesId = recurrence && occurrences.length > 1 ? crypto.randomUUID() : undefined;
  const events: KelisimEvent[] = occurrences.map((occurrence) => ({
    ...newRecordFields<EventId>(scope.actor),
    ...occurrence,
    ...(seriesId ? { seriesId } : {}),
  }));
  await db.transaction('rw', db.events, db.auditLog, async () => {
    await db.events.bulkAdd(events);
    for (const event of events) await appendAudit(scope, 'create', { table: 'events', recordId: event.id });
  });
  return events;
}

/**
 * Saves an edited event. With scope 'following' the same changes (all but the date) reach the
 * later occurrences of its series that have not been held.
 */
export async function updateEvent(
  scope: Scope,
  id: EventId,
  input: unknown,
  seriesScope: SeriesScope = 'this',
): Promise<KelisimEvent> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = eventInputSchema.parse(input);
  const fields = fieldsOf(parsed);
  return db.transaction('rw', db.events, db.auditLog, async () => {
    const existing = await db.events.get(id);
    if (!existing || existing.deletedAt) throw new Error('event not found');
    const saved: KelisimEvent = {
      ...kept(touched(existing, scope.actor)),
      ...fields,
      attachmentIds: existing.attachmentIds,
    };
    await db.events.put(saved);
    await appendAudit(scope, 'update', { table: 'events', recordId: id });
    if (seriesScope === 'following' && existing.seriesId) {
      const series = await db.events.where('seriesId').equals(existing.seriesId).toArray();
      const later = occurrencesToChange(
        series.filter((event) => !event.deletedAt),
        existing,
        'following',
      ).filter((event) => event.id !== id);
      for (const occurrence of later) {
        // Each keeps its own date, time of day from the edit, and its own facts.
        const start = occurrence.start.slice(0, 10) + fields.start.slice(10);
        const end = shiftEnd(fields.start, fields.end, start);
        const next: KelisimEvent = {
          ...kept(touched(occurrence, scope.actor)),
          ...fields,
          start,
          ...(end ? { end } : { end: undefined }),
          status: occurrence.status,
          actualParticipants: occurrence.actualParticipants,
          result: occurrence.result,
          statusReason: occurrence.statusReason,
          attendeeIds: occurrence.attendeeIds,
          attachmentIds: occurrence.attachmentIds,
        };
        for (const [key, value] of Object.entries(next)) if (value === undefined) Reflect.deleteProperty(next, key);
        await db.events.put(next);
        await appendAudit(scope, 'update', { table: 'events', recordId: occurrence.id });
      }
    }
    return saved;
  });
}

/** Drag and drop on the calendar: the event moves, keeping its length; nothing else changes. */
export async function moveEvent(
  scope: Scope,
  id: EventId,
  start: LocalDateTime,
  end?: LocalDateTime,
): Promise<KelisimEvent> {
  authorize(scope, 'edit');
  const { db } = scope;
  return db.transaction('rw', db.events, db.auditLog, async () => {
    const existing = await db.events.get(id);
    if (!existing || existing.deletedAt) throw new Error('event not found');
    const moved: KelisimEvent = { ...touched(existing, scope.actor), start };
    const newEnd = end ?? shiftEnd(existing.start, existing.end, start);
    if (newEnd) moved.end = newEnd;
    else delete moved.end;
    await db.events.put(moved);
    await appendAudit(scope, 'update', { table: 'events', recordId: id });
    return moved;
  });
}

/** Deletes one event (or skips one occurrence of a series); it can be brought back from the audit trail. */
export async function deleteEvent(scope: Scope, id: EventId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.events, db.auditLog, async () => {
    const existing = await db.events.get(id);
    if (!existing || existing.deletedAt) return;
    await db.events.put({ ...touched(existing, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'events', recordId: id });
  });
}

/** Planned events whose last day is before today and that still have no result. */
export async function overdueEvents(scope: Scope, today: IsoDate): Promise<KelisimEvent[]> {
  authorize(scope, 'view');
  const { db } = scope;
  // Started before today (an event spanning into today is not overdue yet: the end is checked below).
  const started = await db.events.where('[status+start]').between(['planned', ''], ['planned', today]).toArray();
  return started
    .filter((event) => !event.deletedAt && (event.end ?? event.start).slice(0, 10) < today)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** Events by id, in date order, the deleted ones left out: the measures taken against a risk. */
export async function eventsByIds(scope: Scope, ids: readonly EventId[]): Promise<KelisimEvent[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const found = await db.events.bulkGet([...ids]);
  return found
    .filter((event): event is KelisimEvent => event !== undefined && !event.deletedAt)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** What the calendar's filters offer, read in one go so the screen draws them once. */
export interface EventFilterOptions {
  types: DirectoryItem[];
  projects: DirectoryItem[];
  directions: DirectoryItem[];
  groups: WorkingGroup[];
  associations: Association[];
  places: Place[];
}

export async function eventFilterOptions(scope: Scope): Promise<EventFilterOptions> {
  authorize(scope, 'view');
  const { db } = scope;
  const [types, projects, directions, groups, associations, places] = await Promise.all([
    listDirectory(scope, 'event_type'),
    listDirectory(scope, 'project'),
    listDirectory(scope, 'direction'),
    listWorkingGroups(scope),
    db.associations.toArray(),
    allPlaces(scope),
  ]);
  return {
    types,
    projects,
    directions,
    groups,
    associations: associations.filter((association) => !association.deletedAt),
    places,
  };
}
