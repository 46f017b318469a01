import type { TFunction } from 'i18next';
import type { ColumnMapping } from '@shared/import/auto-map';
import { receptionPlanNotices } from '@shared/import/reception-rows';
import type { RegisterId } from '@shared/import/registers';
import { rowRanges } from './analysis';
import type { DryRun } from './dry-run';

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
  if (plan?.register !== 'receptions') return [];
  const found = receptionPlanNotices(plan.items);
  return [
    ...(found.newCitizens > 0 ? [t('importer.notices.newCitizens', { n: found.newCitizens })] : []),
    ...(found.officialUnmatched.length > 0
      ? [t('importer.notices.officialUnmatched', { rows: rowRanges(found.officialUnmatched) })]
      : []),
  ];
}
