import { receptionOutcomes, type ReceptionSession } from '../../model/records';
import { sessionFields, type SessionRow } from '../format';
import { katoCode, localCell } from './cells';
import type { SheetContext } from './context';

export const sessionColumns = sessionFields;

/**
 * The mass receptions sheet: the live sessions of the period, by date, with their stated totals.
 * Neither the officials nor the notes go: the oblast needs the numbers, not who or what was said.
 */
export function sessionRows(sessions: readonly ReceptionSession[], context: SheetContext): SessionRow[] {
  return sessions
    .filter((session) => !session.deletedAt && session.date >= context.period.from && session.date <= context.period.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((session): SessionRow => {
      const row: SessionRow = {
        id: session.id,
        date: session.date,
        place_code: katoCode(session.placeId),
        place: localCell(context.lookups.places.get(session.placeId ?? ''), context.language),
        visit_id: session.visitId ?? null,
        received: session.received,
        explained: null,
        helped: null,
        control: null,
        referred: null,
        declined: null,
      };
      for (const outcome of receptionOutcomes) row[outcome] = session.byOutcome[outcome] ?? null;
      return row;
    });
}
