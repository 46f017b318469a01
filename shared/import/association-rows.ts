import { associationInputSchema, type AssociationInput } from '../associations/association-input';
import type { Association, IsoDate } from '../model/records';
import { foldForSearch } from '../text/search-normalize';
import { problemsOf } from '../validation/issues';
import type { ColumnMapping } from './auto-map';
import type { RejectedRow, PlanKind } from './member-rows';
import type { ReadResult } from './read-rows';
import type { CellProblem, Repair } from './types';

export type AssociationFields = Omit<AssociationInput, 'chairmanId' | 'deputyIds' | 'units'>;

export interface AssociationRow {
  rowNumber: number;
  association: AssociationFields;
  /** The chairman as the file names him or her; linked to a person only when the name is unique. */
  chairmanName?: string;
  repairs: Repair[];
}

/** Fields the importer may set; links to people and the units stay as edited in Kelisim. */
const IMPORTED: readonly (keyof AssociationFields)[] = [
  'nameRu',
  'nameKk',
  'ethnicGroupIds',
  'legalFormCode',
  'bin',
  'registeredOn',
  'foundedOn',
  'phone',
  'email',
  'address',
  'placeId',
  'assemblyMember',
  'cabinet',
  'status',
  'notes',
];

export function validateAssociationRows(
  read: ReadResult,
  mapping: ColumnMapping,
  today: IsoDate,
): { valid: AssociationRow[]; rejected: RejectedRow[] } {
  const schema = associationInputSchema(today);
  const valid: AssociationRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of read.rows) {
    const problems: CellProblem[] = [...row.problems];
    const parsed = schema.safeParse({
      deputyIds: [],
      units: [],
      assemblyMember: false,
      status: 'active',
      ethnicGroupIds: [],
      ...row.values,
    });
    if (!parsed.success)
      for (const problem of problemsOf(parsed.error))
        if (!problems.some((known) => known.field === problem.field))
          problems.push({
            field: problem.field,
            column: mapping.indexOf(problem.field),
            code: problem.code,
            value: String(row.values[problem.field] ?? ''),
          });
    if (problems.length > 0 || !parsed.success) {
      rejected.push({ rowNumber: row.rowNumber, problems, values: row.values });
      continue;
    }
    const association = Object.fromEntries(
      IMPORTED.filter((key) => parsed.data[key] !== undefined).map((key) => [key, parsed.data[key]]),
    ) as AssociationFields;
    const chairmanName = typeof row.values.chairman === 'string' ? row.values.chairman : undefined;
    valid.push({
      rowNumber: row.rowNumber,
      association,
      ...(chairmanName ? { chairmanName } : {}),
      repairs: row.repairs,
    });
  }
  return { valid, rejected };
}

export const associationNameKey = (association: Pick<Association, 'nameRu' | 'nameKk'> | AssociationFields) =>
  foldForSearch(association.nameRu || association.nameKk || '');

export interface AssociationPlanItem {
  row: AssociationRow;
  kind: PlanKind;
  existing?: Association;
  changedFields: (keyof AssociationFields)[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** An association is the same when the BIN matches, or, without a BIN, its name. */
export function planAssociationImport(
  rows: readonly AssociationRow[],
  existing: { byBin: ReadonlyMap<string, Association>; byName: ReadonlyMap<string, Association> },
): AssociationPlanItem[] {
  return rows.map((row) => {
    const match =
      (row.association.bin ? existing.byBin.get(row.association.bin) : undefined) ??
      existing.byName.get(associationNameKey(row.association));
    const changedFields = match
      ? IMPORTED.filter(
          (field) => row.association[field] !== undefined && !sameValue(row.association[field], match[field]),
        )
      : [];
    const kind: PlanKind = !match ? 'new' : changedFields.length > 0 ? 'updated' : 'unchanged';
    return { row, kind, ...(match ? { existing: match } : {}), changedFields };
  });
}
