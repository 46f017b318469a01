import type { PlanItemStatus } from '@shared/plans/status';

/** What another screen (the dashboard's card) asks the plan page to show when it opens. */
export interface PlanFilterRequest {
  year: number;
  status: PlanItemStatus | 'dueThisQuarter';
}

let pending: PlanFilterRequest | null = null;

/** Asked just before navigating to the plan page; the page takes it once, as it mounts. */
export function requestPlanFilter(request: PlanFilterRequest): void {
  pending = request;
}

export function takePlanFilterRequest(): PlanFilterRequest | null {
  const request = pending;
  pending = null;
  return request;
}
