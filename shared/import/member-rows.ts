import { membershipRoles, type IsoDate, type Membership, type MembershipRole, type Person } from '../model/records';
import { completePerson, personInputSchema, type PersonFields } from '../people/person-input';
import { personKey, skeletonBirthKeys } from '../people/person-key';
import { problemsOf } from '../validation/issues';
import type { FieldProblem } from '../validation/problems';
import type { ColumnMapping } from './auto-map';
import type { ReadResult, ReadRow } from './read-rows';
import type { CellProblem, Repair } from './types';

export interface MemberRow {
  rowNumber: number;
  person: PersonFields;
  /** The association the row names; rows without one go into the association the list is imported into. */
  associationId?: string;
  role: MembershipRole;
  joinedOn?: IsoDate;
  repairs: Repair[];
  warnings: FieldProblem[];
}

export interface RejectedRow {
  rowNumber: number;
  problems: CellProblem[];
  values: Record<string, unknown>;
}

const NAME_PARTS = ['surname', 'givenName', 'patronymic'];

/** The sheet column a field's problem belongs to (names split from a full-name column point to it). */
export function columnOfField(field: string, mapping: ColumnMapping): number {
  const direct = mapping.indexOf(field);
  if (direct >= 0) return direct;
  if (NAME_PARTS.includes(field)) return mapping.indexOf('fullName');
  return -1;
}

/**
 * Checks each read row with the same schema the person form uses; a row with any problem is
 * rejected whole (never half a person), and a person listed twice in the file is rejected the
 * second time with the row where it first appears.
 */
export function validateMemberRows(
  read: ReadResult,
  mapping: ColumnMapping,
  today: IsoDate,
): { valid: MemberRow[]; rejected: RejectedRow[] } {
  const schema = personInputSchema(today);
  const valid: MemberRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of read.rows) {
    const problems: CellProblem[] = [...row.problems];
    const parsed = schema.safeParse(row.values);
    if (!parsed.success)
      for (const problem of problemsOf(parsed.error))
        if (!problems.some((known) => known.field === problem.field))
          problems.push({
            field: problem.field,
            column: columnOfField(problem.field, mapping),
            code: problem.code,
            value: String(row.values[problem.field] ?? ''),
          });
    const role = roleOf(row);
    if (problems.length > 0 || !parsed.success) {
      rejected.push({ rowNumber: row.rowNumber, problems, values: row.values });
      continue;
    }
    const { fields, warnings } = completePerson(parsed.data, today);
    const keys = [
      fields.iin ? `iin:${fields.iin}` : null,
      fields.birthDate ? `name:${personKey(fields)}` : null,
    ].filter((key): key is string => key !== null);
    const earlier = keys.map((key) => firstRowOf.get(key)).find((rowNumber) => rowNumber !== undefined);
    if (earlier !== undefined) {
      rejected.push({
        rowNumber: row.rowNumber,
        problems: [
          {
            field: 'iin',
            column: columnOfField(fields.iin ? 'iin' : 'surname', mapping),
            code: 'duplicate_row',
            value: String(earlier),
          },
        ],
        values: row.values,
      });
      continue;
    }
    for (const key of keys) firstRowOf.set(key, row.rowNumber);
    const joinedOn = typeof row.values.joinedOn === 'string' ? row.values.joinedOn : undefined;
    const associationId = typeof row.values.associationId === 'string' ? row.values.associationId : undefined;
    valid.push({
      rowNumber: row.rowNumber,
      person: fields,
      ...(associationId ? { associationId } : {}),
      role,
      ...(joinedOn ? { joinedOn } : {}),
      repairs: row.repairs,
      warnings,
    });
  }
  return { valid, rejected };
}

function roleOf(row: ReadRow): MembershipRole {
  const value = row.values.role;
  return membershipRoles.find((role) => role === value) ?? 'member';
}

export type PlanKind = 'new' | 'updated' | 'unchanged';

export interface MemberPlanItem {
  row: MemberRow;
  kind: PlanKind;
  /** Where the membership goes: the row's association, else the one imported into. */
  associationId?: string;
  existing?: Person;
  /** Fields of the stored person the file changes. */
  changedFields: (keyof PersonFields)[];
  membership: 'new' | 'updated' | 'unchanged' | 'none';
  existingMembership?: Membership;
  /**
   * A new person who is probably one already stored under the same name in the other script
   * (Zhanbyrbayev Yerzhan, Жанбырбаев Ержан) with the same birth date: added as new, never merged
   * on a guess, and shown for review.
   */
  likelyDuplicate?: Person;
}

export interface ExistingPeople {
  byIin: ReadonlyMap<string, Person>;
  byNameAndBirth: ReadonlyMap<string, Person>;
  /** Stored people by each of their name skeleton keys with the birth date (people/person-key). */
  bySkeletonAndBirth?: ReadonlyMap<string, readonly Person[]>;
  /** Current memberships by `personId|associationId`. */
  memberships: ReadonlyMap<string, Membership>;
}

/** A stored person the row's name, read in either script, and birth date point to; never one whose IIN differs. */
function likelyDuplicateOf(row: MemberRow, existing: ExistingPeople): Person | undefined {
  if (!existing.bySkeletonAndBirth) return undefined;
  for (const key of skeletonBirthKeys(row.person))
    for (const person of existing.bySkeletonAndBirth.get(key) ?? [])
      if (!(row.person.iin && person.iin && person.iin !== row.person.iin)) return person;
  return undefined;
}

export const membershipKey = (personId: string, associationId: string) => `${personId}|${associationId}`;

/**
 * The dry run: what importing each valid row would do. A person is the same person when the IIN
 * matches, or, without an IIN, the name and birth date; values the file leaves empty keep what is
 * stored. Importing the same file twice therefore finds everything unchanged.
 */
export function planMemberImport(
  rows: readonly MemberRow[],
  existing: ExistingPeople,
  intoAssociationId: string | undefined,
): MemberPlanItem[] {
  return rows.map((row) => {
    const match =
      (row.person.iin ? existing.byIin.get(row.person.iin) : undefined) ??
      (row.person.birthDate ? existing.byNameAndBirth.get(personKey(row.person)) : undefined);
    const changedFields = match
      ? (Object.keys(row.person) as (keyof PersonFields)[]).filter((field) => row.person[field] !== match[field])
      : [];
    const associationId = row.associationId ?? intoAssociationId;
    const existingMembership =
      match && associationId ? existing.memberships.get(membershipKey(match.id, associationId)) : undefined;
    const membership: MemberPlanItem['membership'] = !associationId
      ? 'none'
      : !existingMembership
        ? 'new'
        : existingMembership.role !== row.role ||
            (row.joinedOn !== undefined && existingMembership.joinedOn !== row.joinedOn)
          ? 'updated'
          : 'unchanged';
    const kind: PlanKind = !match
      ? 'new'
      : changedFields.length > 0 || membership === 'new' || membership === 'updated'
        ? 'updated'
        : 'unchanged';
    const likelyDuplicate = match ? undefined : likelyDuplicateOf(row, existing);
    return {
      row,
      kind,
      ...(associationId ? { associationId } : {}),
      ...(match ? { existing: match } : {}),
      ...(likelyDuplicate ? { likelyDuplicate } : {}),
      changedFields,
      membership,
      ...(existingMembership ? { existingMembership } : {}),
    };
  });
}

/** Rows to be added as new people though they probably are someone stored under another spelling. */
export function likelyDuplicateRows(plan: readonly Pick<MemberPlanItem, 'row' | 'likelyDuplicate'>[]): number[] {
  return plan.flatMap((item) => (item.likelyDuplicate ? [item.row.rowNumber] : []));
}

export interface PlanTotals {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export function planTotals(plan: readonly { kind: PlanKind }[], rejected: number): PlanTotals {
  const totals: PlanTotals = { new: 0, updated: 0, unchanged: 0, rejected };
  for (const item of plan) totals[item.kind]++;
  return totals;
}
