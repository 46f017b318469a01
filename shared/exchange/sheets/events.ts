import { inPeriod } from '../../events/period';
import type { KelisimEvent } from '../../model/records';
import { packageText } from '../checksum';
import { registerFields, type EventRow } from '../format';
import { clockTime, count, day, flag, groupNameCells, idList, katoCode, localCell, nameList } from './cells';
import type { SheetContext } from './context';

export const eventColumns = registerFields.events;

/** The events sheet: the live events starting in the period, whatever their status, by start. */
export function eventRows(events: readonly KelisimEvent[], context: SheetContext): EventRow[] {
  const { language, lookups } = context;
  return events
    .filter((event) => !event.deletedAt && inPeriod(event.start, context.period))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((event): EventRow => ({
      id: event.id,
      date: event.start.slice(0, 10),
      time: event.allDay ? null : clockTime(event.start),
      end_date: day(event.end),
      end_time: event.allDay ? null : clockTime(event.end),
      all_day: flag(event.allDay),
      title: packageText(event.title) ?? '—',
      title_kk: packageText(event.titleKk),
      type_code: event.typeCode,
      type: localCell(lookups.eventTypes.get(event.typeCode), language),
      direction_id: event.directionId ?? null,
      direction: localCell(lookups.directions.get(event.directionId ?? ''), language),
      place_code: katoCode(event.placeId),
      place: localCell(lookups.places.get(event.placeId ?? ''), language),
      venue: packageText(event.venue),
      status: event.status,
      status_name: context.enums.eventStatus[event.status],
      planned_participants: count(event.plannedParticipants),
      actual_participants: count(event.actualParticipants),
      association_ids: idList(event.associationIds),
      associations: nameList(event.associationIds, context.associations, language, '; '),
      working_group: groupNameCells(lookups.workingGroups.get(event.workingGroupId ?? '')).ru,
      working_group_kk: groupNameCells(lookups.workingGroups.get(event.workingGroupId ?? '')).kk,
      visit_id: event.visitId ?? null,
      result: packageText(event.result),
    }));
}
