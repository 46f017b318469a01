import type { Named } from '@shared/export/columns';
import type { PlanId, PlaceId } from '@shared/model/ids';
import type { KelisimEvent, Plan, PlanItem } from '@shared/model/records';
import { authorize, type Scope } from '../access';

/** What a plan's execution report is drawn from: the plan, its items, the events under them and the names they use. */
export interface PlanReportData {
  plan: Plan;
  items: PlanItem[];
  events: KelisimEvent[];
  agencies: Map<string, Named>;
  places: Map<string, Named>;
}

/** The records behind a plan's execution report, read once when a report is saved. */
export async function planReportData(scope: Scope, planId: PlanId): Promise<PlanReportData> {
  authorize(scope, 'export');
  const { db } = scope;
  const plan = await db.plans.get(planId);
  if (!plan || plan.deletedAt) throw new Error('plan not found');
  const items = (await db.planItems.where('planId').equals(planId).toArray()).filter((item) => !item.deletedAt);
  const ids = items.map((item) => item.id);
  const events =
    ids.length > 0
      ? (await db.events.where('planItemId').anyOf(ids).toArray()).filter((event) => !event.deletedAt)
      : [];
  const agencies = new Map<string, Named>(
    (await db.directories.where('kind').equals('agency').toArray()).map((item) => [item.id, item]),
  );
  const placeIds = [...new Set(events.flatMap((event) => (event.placeId ? [event.placeId] : [])))];
  const places = new Map<string, Named>(
    (await db.places.bulkGet(placeIds as PlaceId[])).flatMap((place) => (place ? [[place.id, place] as const] : [])),
  );
  return { plan, items, events, agencies, places };
}
