import { isRealDate } from '../dates/iso';
import { checkIin } from '../identity/iin';
import type { IsoDate, Person, ReceptionOutcome } from '../model/records';
import { receptionOutcomes } from '../model/records';
import { completePerson, personInputSchema, type PersonFields } from '../people/person-input';
import { fullName } from '../people/search';
import { defaultDeadline } from '../receptions/control';
import { receptionInputSchema, type ReceptionInput } from '../receptions/reception-input';
import { foldForSearch } from '../text/search-normalize';
import { problemsOf } from '../validation/issues';
import type { ProblemCode } from '../validation/problems';
import type { ColumnMapping } from './auto-map';
import { matchAnswerForm, matchAnswerResult, matchAppealChannel, matchAppealType } from './appeal-values';
import { matchOption, matchPlace, type NamedOption } from './lookups';
import { columnOfField, type PlanKind, type RejectedRow } from './member-rows';
import type { ImportLookups, ReadResult } from './read-rows';
import type { CellProblem, Repair } from './types';

/**
 * Word stems (folded: Kazakh letters as Russian ones) by which a journal's "result" column names
 * the outcome of a reception: "разъяснено", "оказана помощь", "взято на контроль", "направлено в
 * управление образования", "отказано"; "түсіндірілді", "көмек көрсетілді", "бақылауға алынды",
 * "жіберілді", "бас тартылды". A stem counts at the start of a word, not after "не".
 */
const OUTCOME_STEMS: readonly (readonly [ReceptionOutcome, string])[] = [
  ['explained', 'разъясн'],
  ['explained', 'разьясн'],
  ['explained', 'разясн'],
  ['explained', 'консультац'],
  ['explained', 'тусиндир'],
  ['explained', 'кенес берил'],
  ['helped', 'оказан'],
  ['helped', 'помощ'],
  ['helped', 'помог'],
  ['helped', 'содейств'],
  ['helped', 'решен'],
  ['helped', 'комек'],
  ['helped', 'шешил'],
  ['control', 'контрол'],
  ['control', 'на исполнении'],
  ['control', 'бакылау'],
  ['referred', 'направлен'],
  ['referred', 'перенаправ'],
  ['referred', 'переадрес'],
  ['referred', 'передан'],
  ['referred', 'жиберил'],
  ['referred', 'жолданд'],
  ['declined', 'отказ'],
  ['declined', 'отклонен'],
  ['declined', 'без удовлетвор'],
  ['declined', 'бас тарт'],
  ['declined', 'кабылданбад'],
];

export interface OutcomeMatch {
  outcome: ReceptionOutcome;
  /** Where the recognised word starts and ends in the folded text. */
  start: number;
  end: number;
}

/**
 * The outcome a result text names: the stem that comes first in the text wins ("отказано в
 * помощи" is a refusal, "разъяснено, направлено в …" an explanation). Null when none is known.
 */
export function matchReceptionOutcome(text: string): OutcomeMatch | null {
  const folded = foldForSearch(text);
  const exact = receptionOutcomes.find((outcome) => outcome === folded);
  if (exact) return { outcome: exact, start: 0, end: folded.length };
  let best: OutcomeMatch | null = null;
  for (const [outcome, stem] of OUTCOME_STEMS) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(stem, from);
      if (at < 0) break;
      from = at + 1;
      const before = folded.slice(0, at);
      if (at > 0 && /\p{L}$/u.test(before)) continue;
      if (/(^|[^\p{L}])не\s$/u.test(before)) continue;
      if (!best || at < best.start) {
        const wordEnd = folded.slice(at + stem.length).search(/[^\p{L}]/u);
        best = { outcome, start: at, end: wordEnd < 0 ? folded.length : at + stem.length + wordEnd };
      }
      break;
    }
  }
  return best;
}

/**
 * The agency a referral names in the result text: the one whose name the text contains, or the
 * one the text names once the word "направлено"/"жіберілді" and a leading "в" are taken away.
 */
export function agencyInText(text: string, agencies: readonly NamedOption[]): string | undefined {
  const folded = foldForSearch(text);
  const containing = new Set(
    agencies
      .filter((agency) =>
        agency.names.some((name) => {
          const own = foldForSearch(name);
          return own.length >= 4 && folded.includes(own);
        }),
      )
      .map((agency) => agency.id),
  );
  if (containing.size === 1) return [...containing][0];
  const match = matchReceptionOutcome(text);
  const rest = (match ? folded.slice(0, match.start) + ' ' + folded.slice(match.end) : folded)
    .replace(/[.,;:()«»"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(в|во|на|к|ко|для|письмом в)\s+/u, '')
    .trim();
  if (!rest) return undefined;
  const found = matchOption(rest, agencies);
  return found.ok ? found.id : undefined;
}

export interface ReceptionCitizen {
  /** The person as the row names them; absent when the row gives only an IIN. */
  person?: PersonFields;
  iin?: string;
}

export interface ReceptionRow {
  rowNumber: number;
  /** Validated reception without the citizen and the official, which planning finds. */
  reception: ReceptionInput;
  citizen: ReceptionCitizen;
  /** Who received the citizen, as the journal writes it. */
  officialName?: string;
  repairs: Repair[];
  values: Record<string, unknown>;
  /** The column that names the citizen, for problems found when planning. */
  citizenColumn: number;
}

/** Problems of the reception schema, reported on the column the user filled. */
const REPORTED_AS: Record<string, { field: string; code?: ProblemCode }> = {
  helpText: { field: 'outcome' },
  declineReason: { field: 'outcome' },
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A settlement written in the address column ("с. Сортобе, ул. Абая 5"). */
function placeFromAddress(address: string, lookups: ImportLookups): string | undefined {
  for (const part of [address, address.split(',')[0] ?? '']) {
    const match = matchPlace(part, lookups.places, lookups.preferredPlacePrefix);
    if (match.ok) return match.id;
  }
  return undefined;
}

/**
 * Rows of a reception journal. The citizen is checked as the person form checks a person; the
 * result text is read as an outcome and also gives what the outcome needs: the help given, the
 * reason for a refusal, the agency referred to. A control item without a deadline gets 15 working
 * days (reported as a repair); without the body responsible it is rejected.
 */
export function validateReceptionRows(
  read: ReadResult,
  mapping: ColumnMapping,
  lookups: ImportLookups,
  today: IsoDate,
): { valid: ReceptionRow[]; rejected: RejectedRow[] } {
  const personSchema = personInputSchema(today);
  const schema = receptionInputSchema(today);
  const valid: ReceptionRow[] = [];
  const rejected: RejectedRow[] = [];
  const citizenColumn = mapping.includes('fullName') ? mapping.indexOf('fullName') : mapping.indexOf('iin');
  for (const row of read.rows) {
    const values = row.values;
    const problems: CellProblem[] = [...row.problems];
    const repairs: Repair[] = [...row.repairs];
    const report = (field: string, code: string, value: string, column = columnOfField(field, mapping)) => {
      if (!problems.some((known) => known.field === field)) problems.push({ field, column, code, value });
    };
    const columnOr = (field: string, fallback: string) =>
      mapping.includes(field) ? mapping.indexOf(field) : mapping.indexOf(fallback);

    let placeId = text(values.placeId);
    const address = text(values.address);
    if (!placeId && address && !problems.some((problem) => problem.field === 'placeId')) {
      placeId = placeFromAddress(address, lookups);
      if (placeId)
        repairs.push({
          field: 'placeId',
          column: mapping.indexOf('address'),
          code: 'value_matched',
          from: address,
          to: placeId,
        });
    }

    const citizen: ReceptionCitizen = {};
    const iin = text(values.iin);
    if (!text(values.surname) && !iin) {
      report('fullName', 'citizen_required', '', citizenColumn);
    } else if (text(values.surname)) {
      const parsed = personSchema.safeParse({
        surname: values.surname,
        givenName: values.givenName,
        patronymic: values.patronymic,
        iin,
        birthDate: values.birthDate,
        phone: values.phone,
        address,
        placeId,
      });
      if (parsed.success) {
        citizen.person = completePerson(parsed.data, today).fields;
        if (citizen.person.iin) citizen.iin = citizen.person.iin;
      } else
        for (const problem of problemsOf(parsed.error))
          report(problem.field, problem.code, String(values[problem.field] ?? ''));
    } else if (iin) {
      const check = checkIin(iin, today);
      if (check.ok) citizen.iin = check.iin;
      else report('iin', `iin_${check.problem}`, iin);
    }

    const resultText = text(values.outcome);
    const outcome = resultText ? matchReceptionOutcome(resultText)?.outcome : undefined;
    if (resultText && !outcome) report('outcome', 'outcome_unknown', resultText);
    else if (resultText && outcome && foldForSearch(resultText) !== outcome)
      repairs.push({
        field: 'outcome',
        column: mapping.indexOf('outcome'),
        code: 'outcome_from_text',
        from: resultText,
        to: outcome,
      });

    const date = typeof values.date === 'string' && isRealDate(values.date) ? values.date : undefined;
    let deadline = text(values.deadline);
    const responsibleBody = text(values.responsibleBody);
    let referredToAgencyId = text(values.referredToAgencyId);
    if (outcome === 'referred' && !referredToAgencyId && resultText)
      referredToAgencyId = agencyInText(resultText, lookups.agencies ?? []);
    if (outcome === 'referred' && !referredToAgencyId)
      report('referredToAgencyId', 'agency_required', resultText ?? '', columnOr('referredToAgencyId', 'outcome'));
    if (outcome === 'control') {
      if (!responsibleBody)
        report('responsibleBody', 'responsible_required', '', columnOr('responsibleBody', 'outcome'));
      if (!deadline && date && lookups.workingCalendar && !problems.some((problem) => problem.field === 'deadline')) {
        deadline = defaultDeadline(date, lookups.workingCalendar);
        repairs.push({
          field: 'deadline',
          column: mapping.indexOf('deadline'),
          code: 'deadline_default',
          from: '',
          to: deadline,
        });
      }
    }

    const appeal = appealValues(values, report);
    const parsed = schema.safeParse({
      ...appeal,
      date: values.date,
      placeId,
      topicCode: values.topicCode ?? '',
      summary: values.summary,
      outcome,
      helpText: outcome === 'helped' ? resultText : undefined,
      responsibleBody: outcome === 'control' ? responsibleBody : undefined,
      deadline: outcome === 'control' ? deadline : undefined,
      referredToAgencyId: outcome === 'referred' ? referredToAgencyId : undefined,
      declineReason: outcome === 'declined' ? resultText : undefined,
      confidential: values.confidential === true,
    });
    if (!parsed.success)
      for (const problem of problemsOf(parsed.error)) {
        const reported = REPORTED_AS[problem.field];
        const field = reported?.field ?? problem.field;
        const code = problem.field === 'deadline' && problem.code === 'date_order' ? 'deadline_order' : problem.code;
        report(field, reported?.code ?? code, String(values[field] ?? ''));
      }
    if (problems.length > 0 || !parsed.success) {
      rejected.push({ rowNumber: row.rowNumber, problems, values });
      continue;
    }
    const officialName = text(values.officialName);
    valid.push({
      rowNumber: row.rowNumber,
      reception: parsed.data,
      citizen,
      ...(officialName ? { officialName } : {}),
      repairs,
      values,
      citizenColumn,
    });
  }
  return { valid, rejected };
}

/**
 * The appeal's kind, channel, registration and answer as a row gives them; a kind, channel, form
 * or result written in words no stem knows is reported on its cell, never dropped.
 */
function appealValues(values: Record<string, unknown>, report: (field: string, code: string, value: string) => void) {
  const choice = <T>(field: string, match: (text: string) => T | null): T | undefined => {
    const cell = text(values[field]);
    if (!cell) return undefined;
    const found = match(cell);
    if (found === null) report(field, 'unknown_value', cell);
    return found ?? undefined;
  };
  return {
    appealType: choice('appealType', matchAppealType),
    channel: choice('channel', matchAppealChannel),
    registrationNo: typeof values.registrationNo === 'number' ? String(values.registrationNo) : values.registrationNo,
    registeredOn: values.registeredOn,
    answeredOn: values.answeredOn,
    answerForm: choice('answerForm', matchAnswerForm),
    answerResult: choice('answerResult', matchAnswerResult),
  };
}

/** The folded full name people and journals are matched by. */
export const nameKey = (person: Pick<Person, 'surname' | 'givenName' | 'patronymic'>) =>
  foldForSearch(fullName(person));

/** A reception is already in the journal when the same citizen came on the same day with the same topic. */
export const receptionKey = (reception: { date: IsoDate; citizenId: string; topicCode: string }) =>
  `${reception.date}|${reception.citizenId}|${reception.topicCode}`;

export interface ExistingCitizens {
  /** Live people by IIN. */
  byIin: ReadonlyMap<string, Person>;
  /** Live people by folded full name (several for namesakes): citizens without IIN and officials. */
  byName: ReadonlyMap<string, readonly Person[]>;
  /** `receptionKey` of every stored, not deleted reception of the days the file covers. */
  receptionKeys: ReadonlySet<string>;
}

export type CitizenPlan =
  | { kind: 'existing'; person: Person }
  | { kind: 'new'; /** Same key, same new person. */ key: string; person: PersonFields };

export interface ReceptionPlanItem {
  row: ReceptionRow;
  kind: PlanKind;
  citizen: CitizenPlan;
  officialId?: string;
  /** The row names who received, but not exactly one stored person has that name: left empty. */
  officialUnmatched?: boolean;
}

const compatible = (candidate: Pick<PersonFields, 'iin' | 'birthDate'>, row: Pick<PersonFields, 'iin' | 'birthDate'>) =>
  (!candidate.iin || !row.iin || candidate.iin === row.iin) &&
  (!candidate.birthDate || !row.birthDate || candidate.birthDate === row.birthDate);

/**
 * The dry run of a journal: each row's citizen is a stored person (same IIN; or, the row or the
 * person without IIN, the same full name and birth date where both are known), a person created
 * by an earlier row, or a new person. A row that gives only an unknown IIN, or a name several
 * stored people share, is rejected: it cannot be told who came. A reception already stored (same
 * day, citizen and topic) is unchanged, so a journal imported twice adds nothing.
 */
export function planReceptionImport(
  rows: readonly ReceptionRow[],
  existing: ExistingCitizens,
): { items: ReceptionPlanItem[]; rejected: RejectedRow[] } {
  const seen = new Set(existing.receptionKeys);
  const created = new Map<string, Extract<CitizenPlan, { kind: 'new' }>>();
  const items: ReceptionPlanItem[] = [];
  const rejected: RejectedRow[] = [];
  const reject = (row: ReceptionRow, field: string, code: ProblemCode, value: string, column: number) =>
    rejected.push({ rowNumber: row.rowNumber, problems: [{ field, column, code, value }], values: row.values });
  for (const row of rows) {
    const { person, iin } = row.citizen;
    let citizen: CitizenPlan | undefined;
    const stored = iin ? existing.byIin.get(iin) : undefined;
    if (stored) citizen = { kind: 'existing', person: stored };
    else if (iin && created.has(`iin:${iin}`)) citizen = created.get(`iin:${iin}`);
    else if (person) {
      const name = nameKey(person);
      const namesakes = (existing.byName.get(name) ?? []).filter((candidate) => compatible(candidate, person));
      if (namesakes.length > 1) {
        reject(row, 'fullName', 'citizen_ambiguous', fullName(person), row.citizenColumn);
        continue;
      }
      const earlier = created.get(`name:${name}`);
      if (namesakes[0]) citizen = { kind: 'existing', person: namesakes[0] };
      else if (earlier && compatible(earlier.person, person)) citizen = earlier;
      else {
        const fresh = {
          kind: 'new' as const,
          key: iin ? `iin:${iin}` : `name:${name}|${person.birthDate ?? ''}`,
          person,
        };
        if (iin) created.set(`iin:${iin}`, fresh);
        created.set(`name:${name}`, fresh);
        citizen = fresh;
      }
    }
    if (!citizen) {
      reject(row, 'iin', 'citizen_not_found', iin ?? '', row.citizenColumn);
      continue;
    }
    const citizenId = citizen.kind === 'existing' ? citizen.person.id : `new:${citizen.key}`;
    const key = receptionKey({ date: row.reception.date, citizenId, topicCode: row.reception.topicCode });
    const kind: PlanKind = seen.has(key) ? 'unchanged' : 'new';
    seen.add(key);
    const item: ReceptionPlanItem = { row, kind, citizen };
    if (row.officialName) {
      const officials = existing.byName.get(foldForSearch(row.officialName)) ?? [];
      if (officials.length === 1 && officials[0]) item.officialId = officials[0].id;
      else item.officialUnmatched = true;
    }
    items.push(item);
  }
  return { items, rejected };
}

/** Rows whose official is left empty, and how many new people the import creates: told in the preview. */
export function receptionPlanNotices(items: readonly ReceptionPlanItem[]): {
  officialUnmatched: number[];
  newCitizens: number;
} {
  const fresh = items.filter((item) => item.kind === 'new');
  return {
    officialUnmatched: fresh.filter((item) => item.officialUnmatched).map((item) => item.row.rowNumber),
    newCitizens: new Set(fresh.flatMap((item) => (item.citizen.kind === 'new' ? [item.citizen.key] : []))).size,
  };
}
