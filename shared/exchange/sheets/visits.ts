import { visitsInPeriod } from '../../dashboard/visits';
import type { Visit } from '../../model/records';
import { packageText } from '../checksum';
import { registerFields, type VisitRow } from '../format';
import { groupNameCells, katoCode, localCell } from './cells';
import type { SheetContext } from './context';

export const visitColumns = registerFields.visits;

/** The visits sheet: the live working-group visits starting in the period, by start. */
export function visitRows(visits: readonly Visit[], context: SheetContext): VisitRow[] {
  const { language, lookups } = context;
  return visitsInPeriod(visits, context.period)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((visit): VisitRow => ({
      id: visit.id,
      start: visit.start.slice(0, 10),
      // The column is required, so a visit without an end is written as ending on its first day.
      end: (visit.end || visit.start).slice(0, 10),
      working_group_id: visit.workingGroupId,
      working_group: groupNameCells(lookups.workingGroups.get(visit.workingGroupId)).ru,
      working_group_kk: groupNameCells(lookups.workingGroups.get(visit.workingGroupId)).kk,
      place_code: katoCode(visit.placeId),
      place: localCell(lookups.places.get(visit.placeId), language),
      notes: packageText(visit.notes),
    }));
}
