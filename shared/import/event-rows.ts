import { eventInputSchema, type EventInput } from '../events/event-input';
import type { KelisimEvent } from '../model/records';
import { foldForSearch } from '../text/search-normalize';
import { problemsOf } from '../validation/issues';
import type { ColumnMapping } from './auto-map';
import type { PlanKind, RejectedRow } from './member-rows';
import type { ReadResult } from './read-rows';
import type { CellProblem, Repair } from './types';

export interface EventRow {
  rowNumber: number;
  event: EventInput;
  repairs: Repair[];
}

/**
 * Rows of a plan of events (a quarter's or a year's): title, form, date and time, place, venue,
 * planned participants. Every row becomes a planned event; the facts are recorded later.
 */
export function validateEventRows(
  read: ReadResult,
  mapping: ColumnMapping,
): { valid: EventRow[]; rejected: RejectedRow[] } {
  const valid: EventRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of read.rows) {
    const problems: CellProblem[] = [...row.problems];
    const values = row.values;
    const date = typeof values.date === 'string' ? values.date : undefined;
    const time = typeof values.time === 'string' ? values.time : undefined;
    const parsed = eventInputSchema.safeParse({
      title: values.title,
      typeCode: values.typeCode ?? '',
      start: date ? (time ? `${date}T${time}` : date) : undefined,
      allDay: !time,
      placeId: values.placeId ?? values.placeCode,
      venue: values.venue,
      plannedParticipants: values.plannedParticipants,
      organiserAgencyIds: [],
      organiserPersonIds: [],
      associationIds: [],
      audienceCodes: [],
      status: 'planned',
      links: [],
    });
    if (!parsed.success)
      for (const problem of problemsOf(parsed.error)) {
        const field = problem.field === 'start' ? 'date' : problem.field;
        if (!problems.some((known) => known.field === field))
          problems.push({
            field,
            column: mapping.indexOf(field),
            code: problem.code,
            value: String(values[field] ?? ''),
          });
      }
    if (problems.length > 0 || !parsed.success) {
      rejected.push({ rowNumber: row.rowNumber, problems, values });
      continue;
    }
    valid.push({ rowNumber: row.rowNumber, event: parsed.data, repairs: row.repairs });
  }
  return { valid, rejected };
}

/** An event of the plan is already in the calendar when one with the same title starts on the same day. */
export const eventKey = (event: Pick<KelisimEvent, 'title' | 'start'>) =>
  `${event.start.slice(0, 10)} ${foldForSearch(event.title)}`;

export interface EventPlanItem {
  row: EventRow;
  kind: PlanKind;
}

/** A plan imported twice adds nothing the second time: rows already in the calendar are unchanged. */
export function planEventImport(rows: readonly EventRow[], existingKeys: ReadonlySet<string>): EventPlanItem[] {
  const seen = new Set(existingKeys);
  return rows.map((row) => {
    const key = eventKey(row.event);
    const kind: PlanKind = seen.has(key) ? 'unchanged' : 'new';
    seen.add(key);
    return { row, kind };
  });
}
