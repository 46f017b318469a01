import type { TFunction } from 'i18next';
import type { ColumnMapping } from '@shared/import/auto-map';
import { likelyDuplicateRows } from '@shared/import/member-rows';
import { memberRowsWithoutIin, receptionRowsWithoutIin } from '@shared/import/missing-iin';
import { receptionPlanNotices } from '@shared/import/reception-rows';
import type { RegisterId } from '@shared/import/registers';
import { rowRanges, type Analysis } from './analysis';
import type { DryRun } from './dry-run';

/**
 * Rows imported without an IIN, to be completed later: a member list's rows (as the dry run finds
 * them, a stored person's IIN counting; before it, as the file gives them) and a journal's new citizens.
 */
export function rowsWithoutIin(analysis: Analysis, plan: DryRun | null): number[] {
  if (plan?.register === 'members') return memberRowsWithoutIin(plan.items);
  if (plan?.register === 'receptions') return receptionRowsWithoutIin(plan.items);
  if (analysis.register === 'members') return memberRowsWithoutIin(analysis.members.map((row) => ({ row })));
  return [];
}

/** What the preview tells besides repairs: the year a population table is filed under, people to be added, officials not found. */
export function previewNotices(
  t: TFunction,
  register: RegisterId,
  mapping: ColumnMapping,
  today: string,
  plan: DryRun | null,
): string[] {
  if (register === 'population')
    return mapping.includes('year') ? [] : [t('monitoring.importer.yearDefault', { year: today.slice(0, 4) })];
  if (plan?.register === 'members') {
    const alike = likelyDuplicateRows(plan.items);
    return alike.length > 0 ? [t('importer.notices.otherScript', { n: alike.length, rows: rowRanges(alike) })] : [];
  }
  if (plan?.register !== 'receptions') return [];
  const found = receptionPlanNotices(plan.items);
  return [
    ...(found.newCitizens > 0 ? [t('importer.notices.newCitizens', { n: found.newCitizens })] : []),
    ...(found.officialUnmatched.length > 0
      ? [t('importer.notices.officialUnmatched', { rows: rowRanges(found.officialUnmatched) })]
      : []),
  ];
}
