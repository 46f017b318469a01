import type { z } from 'zod';
import { eventInputSchema, type EventInput } from '@shared/events/event-input';
import { occurrenceDates, type RecurrenceFrequency, type RecurrenceRule } from '@shared/events/recurrence';
import type { KelisimEvent } from '@shared/model/records';

/** The event form's fields as typed: the start split into a date and times, the links one a line. */
export interface EventFormValues {
  title: string;
  titleKk: string;
  typeCode: string;
  projectId: string;
  directionId: string;
  workingGroupId: string;
  visitId: string;
  date: string;
  time: string;
  endTime: string;
  allDay: boolean;
  placeId: string;
  venue: string;
  associationIds: string[];
  audienceCodes: string[];
  organiserAgencyIds: string[];
  organiserPersonIds: string[];
  plannedParticipants: number | string;
  actualParticipants: number | string;
  status: KelisimEvent['status'];
  statusReason: string;
  result: string;
  links: string;
  repeat: 'none' | RecurrenceFrequency;
  repeatUntil: string;
  /** Named attendance; a line added and left empty is ''. */
  attendeeIds: string[];
  /** The plan item the event carries out, '' for none. */
  planItemId: string;
}

/** A new event on a day, in a visit's working group and place when it is added from the visit. */
export const blankEvent = (
  date: string,
  visit?: { id: string; workingGroupId: string; placeId: string },
): EventInput => ({
  title: '',
  titleKk: undefined,
  typeCode: '',
  start: date,
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: [],
  audienceCodes: [],
  status: 'planned',
  links: [],
  projectId: undefined,
  directionId: undefined,
  workingGroupId: visit?.workingGroupId,
  visitId: visit?.id,
  end: undefined,
  placeId: visit?.placeId,
  venue: undefined,
  plannedParticipants: undefined,
  actualParticipants: undefined,
  statusReason: undefined,
  result: undefined,
  planItemId: undefined,
});

/** The time of a local date-time, '' for a date alone. */
const timeOf = (dateTime: string | undefined) => (dateTime && dateTime.length > 10 ? dateTime.slice(11, 16) : '');

export function eventValuesOf(input: EventInput): EventFormValues {
  return {
    title: input.title,
    titleKk: input.titleKk ?? '',
    typeCode: input.typeCode,
    projectId: input.projectId ?? '',
    directionId: input.directionId ?? '',
    workingGroupId: input.workingGroupId ?? '',
    visitId: input.visitId ?? '',
    date: input.start.slice(0, 10),
    time: timeOf(input.start),
    endTime: timeOf(input.end),
    allDay: input.allDay,
    placeId: input.placeId ?? '',
    venue: input.venue ?? '',
    associationIds: input.associationIds,
    audienceCodes: input.audienceCodes,
    organiserAgencyIds: input.organiserAgencyIds,
    organiserPersonIds: input.organiserPersonIds,
    plannedParticipants: input.plannedParticipants ?? '',
    actualParticipants: input.actualParticipants ?? '',
    status: input.status,
    statusReason: input.statusReason ?? '',
    result: input.result ?? '',
    links: input.links.join('\n'),
    repeat: 'none',
    repeatUntil: '',
    attendeeIds: input.attendeeIds ?? [],
    planItemId: input.planItemId ?? '',
  };
}

/** The links typed in the field, one a line, blank lines dropped. */
export function linksIn(text: string): string[] {
  return text
    .split('\n')
    .map((link) => link.trim())
    .filter(Boolean);
}

/**
 * What the schema checks: the form's separate date and times become local date-times. An event
 * without a time is all day. An event stored as ending on a later day keeps that day
 * (`keepEndDate`), as the form edits only the end's time.
 */
export function eventInputOf(values: EventFormValues, keepEndDate?: string): Record<string, unknown> {
  const start = values.allDay || !values.time ? values.date : `${values.date}T${values.time}`;
  const endDate = keepEndDate && keepEndDate > values.date ? keepEndDate : values.date;
  const end = !values.allDay && values.time && values.endTime ? `${endDate}T${values.endTime}` : undefined;
  return {
    title: values.title,
    titleKk: values.titleKk,
    typeCode: values.typeCode,
    projectId: values.projectId,
    directionId: values.directionId,
    workingGroupId: values.workingGroupId,
    visitId: values.visitId,
    start,
    end,
    allDay: values.allDay || !values.time,
    placeId: values.placeId,
    venue: values.venue,
    organiserAgencyIds: values.organiserAgencyIds,
    // An organiser row left empty is not an organiser.
    organiserPersonIds: values.organiserPersonIds.filter(Boolean),
    associationIds: values.associationIds,
    audienceCodes: values.audienceCodes,
    plannedParticipants: values.plannedParticipants,
    actualParticipants: values.actualParticipants,
    status: values.status,
    statusReason: values.statusReason,
    result: values.result,
    links: linksIn(values.links),
    planItemId: values.planItemId,
    // An event without a list stays without one, so it saves back exactly as it was read.
    ...(values.attendeeIds.some(Boolean) ? { attendeeIds: values.attendeeIds.filter(Boolean) } : {}),
  };
}

/** The day a stored event ends on, which the form keeps when only times are edited. */
export const storedEndDate = (event: Pick<KelisimEvent, 'end'> | null): string | undefined => event?.end?.slice(0, 10);

/** The repetition a new event is created with: every week or month until a day, or none. */
export function recurrenceOf(values: Pick<EventFormValues, 'repeat' | 'repeatUntil'>): RecurrenceRule | undefined {
  return values.repeat === 'none' ? undefined : { frequency: values.repeat, interval: 1, until: values.repeatUntil };
}

/** How many events a repetition would create, 0 until it is complete. */
export function occurrenceCount(values: Pick<EventFormValues, 'date' | 'repeat' | 'repeatUntil'>): number {
  const rule = recurrenceOf(values);
  return rule && rule.until ? occurrenceDates(values.date, rule).length : 0;
}

/**
 * The form's errors by field. The schema's start and end are the form's date and end time; a type
 * and, for a repetition, its last day are required.
 */
export function eventFormErrors(
  values: EventFormValues,
  keepEndDate: string | undefined,
  messages: (error: z.ZodError) => Record<string, string>,
  required: string,
): Record<string, string> {
  const parsed = eventInputSchema.safeParse(eventInputOf(values, keepEndDate));
  const errors: Record<string, string> = parsed.success ? {} : messages(parsed.error);
  if (errors.start) errors.date = errors.start;
  if (errors.end) errors.endTime = errors.end;
  if (!values.typeCode) errors.typeCode = required;
  if (values.repeat !== 'none' && !values.repeatUntil) errors.repeatUntil = required;
  return errors;
}
