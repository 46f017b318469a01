import { figureComputer, type FigureSource } from '@shared/forms/compute-figures';
import type { FormMapping } from '@shared/forms/mapping';
import { planFill, rowKeysOf, type FillPlan, type UnfilledCell } from '@shared/forms/plan-fill';
import type { Period } from '@shared/events/period';
import { fillWorkbook, type FilledWorkbook } from './fill-workbook';

export interface FilledForm extends FilledWorkbook {
  /** Mapped cells left empty (no data, a row matched to nothing), for the clerk to fill or explain. */
  unfilled: UnfilledCell[];
}

/**
 * What goes in each mapped cell of the form for the period, by the dashboard's own computations:
 * each period and dimension the form asks for is computed once for all of its rows. Runs on the
 * main thread, where the dashboard's data is already loaded.
 */
export function planFormFill(mapping: FormMapping, source: FigureSource, period: Period): FillPlan {
  return planFill(mapping, figureComputer(source, period, rowKeysOf(mapping)));
}

/**
 * The authority's workbook with the plan written in, where the caller runs it: ExcelJS parses the
 * template, so the screens send `plan.writes` to fillWorkbookInWorker (./fill-client) instead and
 * keep `plan.unfilled` themselves.
 */
export async function fillForm(template: Uint8Array, plan: FillPlan): Promise<FilledForm> {
  const filled = await fillWorkbook(template, plan.writes);
  return { ...filled, unfilled: plan.unfilled };
}
