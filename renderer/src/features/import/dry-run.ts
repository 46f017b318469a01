import type { AssociationPlanItem } from '@shared/import/association-rows';
import type { EventPlanItem } from '@shared/import/event-rows';
import { planTotals, type MemberPlanItem, type PlanTotals, type RejectedRow } from '@shared/import/member-rows';
import type { PopulationPlanItem } from '@shared/import/population-rows';
import type { ReceptionPlanItem } from '@shared/import/reception-rows';
import type { AssociationId, PersonId } from '@shared/model/ids';
import type { ImportBatch } from '@shared/model/records';
import {
  applyAssociationImport,
  applyEventImport,
  applyMemberImport,
  applyPopulationImport,
  applyReceptionImport,
  chairmenByRow,
  planAssociations,
  planEvents,
  planMembers,
  planPopulation,
  planReceptions,
  type ApplyOptions,
} from '@/db';
import type { Analysis } from './analysis';

/** What an import would do, item by item, against the records as they are now. */
export type DryRun = (
  | { register: 'members'; items: MemberPlanItem[] }
  | { register: 'associations'; items: AssociationPlanItem[]; chairmen: ReadonlyMap<number, PersonId> }
  | { register: 'events'; items: EventPlanItem[] }
  | { register: 'receptions'; items: ReceptionPlanItem[] }
  | { register: 'population'; items: PopulationPlanItem[] }
) & {
  /** Rows the dry run refused (a reception whose citizen cannot be told apart). */
  rejected: RejectedRow[];
  totals: PlanTotals;
};

/** Compares the rows the analysis accepted with the records; writes nothing. */
export async function dryRun(analysis: Analysis, intoAssociation?: AssociationId): Promise<DryRun> {
  const refused = analysis.rejected.length;
  switch (analysis.register) {
    case 'members': {
      const items = await planMembers(analysis.members, intoAssociation);
      return { register: 'members', items, rejected: [], totals: planTotals(items, refused) };
    }
    case 'associations': {
      const [items, chairmen] = await Promise.all([
        planAssociations(analysis.associations),
        chairmenByRow(analysis.associations),
      ]);
      return { register: 'associations', items, chairmen, rejected: [], totals: planTotals(items, refused) };
    }
    case 'events': {
      const items = await planEvents(analysis.events);
      return { register: 'events', items, rejected: [], totals: planTotals(items, refused) };
    }
    case 'receptions': {
      const { items, rejected } = await planReceptions(analysis.receptions);
      return { register: 'receptions', items, rejected, totals: planTotals(items, refused + rejected.length) };
    }
    case 'population': {
      const items = await planPopulation(analysis.population);
      return { register: 'population', items, rejected: [], totals: planTotals(items, refused) };
    }
  }
}

/** Writes a dry run in one transaction: cancelled or failed, nothing is written. */
export function applyDryRun(
  plan: DryRun,
  intoAssociation: AssociationId | undefined,
  options: ApplyOptions,
): Promise<ImportBatch> {
  switch (plan.register) {
    case 'members':
      return applyMemberImport(plan.items, intoAssociation, options);
    case 'associations':
      return applyAssociationImport(plan.items, plan.chairmen, options);
    case 'events':
      return applyEventImport(plan.items, options);
    case 'receptions':
      return applyReceptionImport(plan.items, options);
    case 'population':
      return applyPopulationImport(plan.items, options);
  }
}
