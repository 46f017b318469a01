import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventInputSchema } from '@shared/events/event-input';
import { eventAsTemplate, eventToInput } from '@shared/events/event-template';
import type { EventId, PersonId, PlaceId, VisitId, WorkingGroupId } from '@shared/model/ids';
import type { KelisimEvent } from '@shared/model/records';
import { problemsOf } from '@shared/validation/issues';
import {
  blankEvent,
  eventFormErrors,
  eventInputOf,
  eventValuesOf,
  linksIn,
  occurrenceCount,
  recurrenceOf,
  storedEndDate,
  type EventFormValues,
} from './event-form-values';

const held: KelisimEvent = {
  id: 'e1' as EventId,
  createdAt: '2026-11-01T05:00:00.000Z',
  updatedAt: '2026-11-01T05:00:00.000Z',
  author: 'operator',
  title: 'Круглый стол «Единство»',
  typeCode: 'round_table',
  workingGroupId: 'g1' as WorkingGroupId,
  start: '2026-11-20T15:00',
  end: '2026-11-20T17:30',
  allDay: false,
  placeId: '311200000' as PlaceId,
  venue: 'Дом дружбы',
  organiserAgencyIds: [],
  organiserPersonIds: ['p1' as PersonId],
  associationIds: [],
  audienceCodes: ['youth'],
  plannedParticipants: 40,
  actualParticipants: 45,
  status: 'held',
  result: 'Принята резолюция',
  links: ['https://example.kz/news/1'],
  attachmentIds: [],
};

const codes = (error: z.ZodError) =>
  Object.fromEntries(problemsOf(error).map((problem) => [problem.field.split('.')[0], problem.code]));

const form = (fields: Partial<EventFormValues>): EventFormValues => ({
  ...eventValuesOf(blankEvent('2026-11-20')),
  title: 'Семинар',
  typeCode: 'seminar',
  ...fields,
});

describe('the event form and its values', () => {
  it('splits the start and end into a date and times, and saves them back unchanged', () => {
    const values = eventValuesOf(eventToInput(held));
    expect(values).toMatchObject({
      date: '2026-11-20',
      time: '15:00',
      endTime: '17:30',
      allDay: false,
      plannedParticipants: 40,
      actualParticipants: 45,
      links: 'https://example.kz/news/1',
      repeat: 'none',
      repeatUntil: '',
    });
    expect(eventInputSchema.parse(eventInputOf(values, storedEndDate(held)))).toEqual(
      eventInputSchema.parse(eventToInput(held)),
    );
  });

  it('makes an event without a time, or marked all day, a whole day with no end', () => {
    expect(eventInputOf(form({ time: '', endTime: '12:00' }))).toMatchObject({
      start: '2026-11-20',
      end: undefined,
      allDay: true,
    });
    expect(eventInputOf(form({ time: '10:00', endTime: '12:00', allDay: true }))).toMatchObject({
      start: '2026-11-20',
      end: undefined,
      allDay: true,
    });
    expect(eventInputOf(form({ time: '10:00' }))).toMatchObject({ start: '2026-11-20T10:00', allDay: false });
  });

  it('keeps the later day a stored event ends on, as only the end time is edited', () => {
    const values = form({ time: '10:00', endTime: '12:00' });
    expect(eventInputOf(values, '2026-11-22').end).toBe('2026-11-22T12:00');
    expect(eventInputOf(values, '2026-11-19').end).toBe('2026-11-20T12:00');
    expect(storedEndDate({ end: '2026-11-22T12:00' })).toBe('2026-11-22');
    expect(storedEndDate(null)).toBeUndefined();
  });

  it('drops empty organiser lines and blank link lines', () => {
    const input = eventInputOf(
      form({ organiserPersonIds: ['p1', '', 'p2'], links: ' https://a.kz \n\n https://b.kz' }),
    );
    expect(input.organiserPersonIds).toEqual(['p1', 'p2']);
    expect(input.links).toEqual(['https://a.kz', 'https://b.kz']);
    expect(linksIn('')).toEqual([]);
  });

  it('starts a new event from a visit in its working group and place', () => {
    const draft = blankEvent('2026-11-02', {
      id: 'v1' as VisitId,
      workingGroupId: 'g1' as WorkingGroupId,
      placeId: '311200000' as PlaceId,
    });
    expect(eventValuesOf(draft)).toMatchObject({
      date: '2026-11-02',
      time: '',
      visitId: 'v1',
      workingGroupId: 'g1',
      placeId: '311200000',
      status: 'planned',
    });
  });

  it('copies as a template the plan and none of the facts', () => {
    const values = eventValuesOf(eventAsTemplate(held));
    expect(values).toMatchObject({
      title: held.title,
      status: 'planned',
      actualParticipants: '',
      result: '',
      links: '',
    });
  });

  it('repeats weekly or monthly until a day, and counts the events that makes', () => {
    expect(recurrenceOf({ repeat: 'none', repeatUntil: '2026-12-31' })).toBeUndefined();
    expect(recurrenceOf({ repeat: 'weekly', repeatUntil: '2026-12-31' })).toEqual({
      frequency: 'weekly',
      interval: 1,
      until: '2026-12-31',
    });
    expect(occurrenceCount({ date: '2026-11-20', repeat: 'weekly', repeatUntil: '2026-12-11' })).toBe(4);
    expect(occurrenceCount({ date: '2026-11-20', repeat: 'monthly', repeatUntil: '2027-02-20' })).toBe(4);
    expect(occurrenceCount({ date: '2026-11-20', repeat: 'weekly', repeatUntil: '' })).toBe(0);
    expect(occurrenceCount({ date: '2026-11-20', repeat: 'none', repeatUntil: '2026-12-11' })).toBe(0);
  });

  it('puts the schema errors on the fields the form shows', () => {
    const errors = (fields: Partial<EventFormValues>) => eventFormErrors(form(fields), undefined, codes, 'REQUIRED');
    expect(errors({})).toEqual({});
    expect(errors({ typeCode: '' })).toEqual({ typeCode: 'REQUIRED' });
    expect(errors({ date: '' })).toMatchObject({ start: 'date_invalid', date: 'date_invalid' });
    expect(errors({ time: '15:00', endTime: '14:00' })).toMatchObject({ end: 'date_order', endTime: 'date_order' });
    expect(errors({ status: 'cancelled' })).toEqual({ statusReason: 'reason_required' });
    expect(errors({ repeat: 'weekly' })).toEqual({ repeatUntil: 'REQUIRED' });
  });
});
