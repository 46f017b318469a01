import { inPeriod } from '../../events/period';
import type { Reception } from '../../model/records';
import { exportableRecords } from '../../monitoring/confidential';
import { packageText } from '../checksum';
import { registerFields, type ReceptionRow } from '../format';
import { count, day, flag, fullNameCell, iinCell, katoCode, localCell, maskableNameCell, personOf } from './cells';
import type { SheetContext } from './context';

export const receptionColumns = registerFields.receptions;

/**
 * The receptions sheet: the live receptions of the period by date and entry, the confidential
 * ones only when included, with how many of the period's confidential ones it left out.
 */
export function receptionRows(
  receptions: readonly Reception[],
  includeConfidential: boolean,
  context: SheetContext,
): { rows: ReceptionRow[]; leftOut: number } {
  const { language, lookups, maskPersonalData: mask } = context;
  const { rows, leftOut } = exportableRecords(
    receptions.filter((reception) => inPeriod(reception.date, context.period)),
    includeConfidential,
  );
  return {
    rows: rows
      .sort(
        (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      )
      .map((reception): ReceptionRow => {
        const citizen = personOf(context, reception.citizenId);
        const control = reception.control;
        return {
          id: reception.id,
          date: reception.date.slice(0, 10),
          citizen: maskableNameCell(context, citizen),
          citizen_iin: iinCell(citizen?.iin, mask),
          place_code: katoCode(reception.placeId),
          place: localCell(lookups.places.get(reception.placeId ?? ''), language),
          topic_code: reception.topicCode,
          topic: localCell(lookups.topics.get(reception.topicCode), language),
          summary: packageText(reception.summary),
          official: fullNameCell(context, reception.officialId),
          visit_id: reception.visitId ?? null,
          outcome: reception.outcome,
          outcome_name: context.enums.receptionOutcome[reception.outcome],
          help_text: packageText(reception.helpText),
          referred_to_id: reception.referredToAgencyId ?? null,
          referred_to: localCell(lookups.agencies.get(reception.referredToAgencyId ?? ''), language),
          decline_reason: packageText(reception.declineReason),
          control_body: packageText(control?.responsibleBody),
          control_deadline: day(control?.deadline),
          control_closed_on: day(control?.closedOn),
          control_resolution: packageText(control?.resolution),
          confidential: flag(reception.confidential),
          appeal_type: reception.appealType ?? null,
          channel: reception.channel ?? null,
          registration_no: packageText(reception.registrationNo),
          registered_on: day(reception.registeredOn),
          co_applicants: reception.coApplicantCount ? count(reception.coApplicantCount) : null,
          repeat_of_id: reception.repeatOfId ?? null,
          answered_on: day(reception.answer?.date),
          answer_form: reception.answer?.form ?? null,
          answer_result: reception.answer?.result ?? null,
          session_id: reception.sessionId ?? null,
        };
      }),
    leftOut,
  };
}
