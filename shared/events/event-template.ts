import type { KelisimEvent, LocalDateTime } from '../model/records';
import type { EventInput } from './event-input';
import { shiftEnd } from './recurrence';

/** A copy of an event to be held again elsewhere: what was planned, none of what happened. */
export function eventAsTemplate(event: KelisimEvent, start: LocalDateTime = event.start): EventInput {
  const end = shiftEnd(event.start, event.end, start);
  return {
    title: event.title,
    titleKk: event.titleKk,
    typeCode: event.typeCode,
    projectId: event.projectId,
    directionId: event.directionId,
    workingGroupId: event.workingGroupId,
    start,
    ...(end ? { end } : {}),
    allDay: event.allDay,
    placeId: event.placeId,
    venue: event.venue,
    organiserAgencyIds: [...event.organiserAgencyIds],
    organiserPersonIds: [...event.organiserPersonIds],
    associationIds: [...event.associationIds],
    audienceCodes: [...event.audienceCodes],
    plannedParticipants: event.plannedParticipants,
    actualParticipants: undefined,
    status: 'planned',
    statusReason: undefined,
    result: undefined,
    links: [],
    visitId: undefined,
    planItemId: event.planItemId,
  };
}

/** The input an existing event would be saved with unchanged: the form starts from it. */
export function eventToInput(event: KelisimEvent): EventInput {
  return {
    ...eventAsTemplate(event),
    visitId: event.visitId,
    actualParticipants: event.actualParticipants,
    status: event.status,
    statusReason: event.statusReason,
    result: event.result,
    links: [...event.links],
    ...(event.attendeeIds ? { attendeeIds: [...event.attendeeIds] } : {}),
  };
}
