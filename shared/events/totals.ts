import type { KelisimEvent, Reception } from '../model/records';
import { countedInSession, sessionFigures, type CountedSession } from '../receptions/sessions';

export interface EventTotalsRow {
  key: string;
  events: number;
  participants: number;
}

export interface EventTotals {
  events: number;
  participants: number;
  byDistrict: EventTotalsRow[];
  byType: EventTotalsRow[];
}

type Countable = Pick<KelisimEvent, 'typeCode' | 'actualParticipants' | 'plannedParticipants' | 'status'> & {
  placeId?: string;
};

/** Participants an event counts with: the actual number once held, nothing before. */
export function countedParticipants(event: Countable): number {
  return event.status === 'held' ? (event.actualParticipants ?? 0) : 0;
}

function group(rows: Map<string, EventTotalsRow>, key: string, participants: number) {
  const row = rows.get(key) ?? { key, events: 0, participants: 0 };
  row.events += 1;
  row.participants += participants;
  rows.set(key, row);
}

/**
 * Totals of the events held: how many and how many took part, per district and per type, as the
 * oblast's "information on events held" asks. Events not held count in neither.
 */
export function eventTotals(
  events: readonly Countable[],
  /** The district an event's place lies in, '' when the event has no place. */
  districtOf: (placeId: string | undefined) => string,
): EventTotals {
  const byDistrict = new Map<string, EventTotalsRow>();
  const byType = new Map<string, EventTotalsRow>();
  let count = 0;
  let participants = 0;
  for (const event of events) {
    if (event.status !== 'held') continue;
    const people = countedParticipants(event);
    count += 1;
    participants += people;
    group(byDistrict, districtOf(event.placeId), people);
    group(byType, event.typeCode, people);
  }
  // Most events first; events with no place (key '') last, whatever their number.
  const sorted = (rows: Map<string, EventTotalsRow>) =>
    [...rows.values()].sort(
      (a, b) => Number(a.key === '') - Number(b.key === '') || b.events - a.events || a.key.localeCompare(b.key),
    );
  return { events: count, participants, byDistrict: sorted(byDistrict), byType: sorted(byType) };
}

export interface VisitTotals {
  events: number;
  participants: number;
  received: number;
  helped: number;
  underControl: number;
}

/**
 * What a field visit amounts to: "17 events, about 600 people received, 113 helped, 12 taken under
 * control". Its mass receptions count by sessionFigures, the citizens entered under one not again.
 */
export function visitTotals(
  events: readonly Countable[],
  receptions: readonly (Pick<Reception, 'outcome'> & Partial<Pick<Reception, 'topicCode' | 'sessionId'>>)[],
  sessions: readonly CountedSession[] = [],
): VisitTotals {
  const held = events.filter((event) => event.status === 'held');
  const live = sessions.filter((session) => !session.deletedAt);
  const ids = new Set<string>(live.map((session) => session.id));
  const own = receptions.filter((reception) => !countedInSession(reception, ids));
  const totals: VisitTotals = {
    events: held.length,
    participants: held.reduce((sum, event) => sum + countedParticipants(event), 0),
    received: own.length,
    helped: own.filter((reception) => reception.outcome === 'helped').length,
    underControl: own.filter((reception) => reception.outcome === 'control').length,
  };
  for (const session of live) {
    const linked = receptions
      .filter((reception) => reception.sessionId === session.id)
      .map((reception) => ({ ...reception, topicCode: reception.topicCode ?? '' }));
    const figures = sessionFigures(session, linked);
    totals.received += figures.received;
    totals.helped += figures.byOutcome.helped;
    totals.underControl += figures.byOutcome.control;
  }
  return totals;
}

/** Planned events whose day has passed with no result recorded: nothing may stay unrecorded. */
export function isOverdue(event: Pick<KelisimEvent, 'status' | 'start' | 'end'>, today: string): boolean {
  return event.status === 'planned' && (event.end ?? event.start).slice(0, 10) < today;
}
