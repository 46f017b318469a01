import { type EventId, type PlanId, type PlanItemId, toDirectoryItemId } from '@shared/model/ids';
import type { BaseRecord, IsoDate, KelisimEvent, Plan, PlanItem, PlanItemExecution } from '@shared/model/records';
import {
  planExecutionInputSchema,
  planInputSchema,
  planItemInputSchema,
  type PlanInput,
  type PlanItemInput,
} from '@shared/plans/plan-input';
import { planItemStatus, type PlanItemStatus } from '@shared/plans/status';
import { nowTimestamp } from '@/lib/clock';
import { authorize, authorOf, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

type PlanFields = Omit<Plan, keyof BaseRecord<PlanId>>;
type PlanItemFields = Omit<PlanItem, keyof BaseRecord<PlanItemId> | 'planId' | 'order' | 'executions'>;

function planFields(input: PlanInput): PlanFields {
  const fields: PlanFields = { name: input.name, year: input.year };
  if (input.nameKk) fields.nameKk = input.nameKk;
  if (input.approvedBy) fields.approvedBy = input.approvedBy;
  if (input.documentNo) fields.documentNo = input.documentNo;
  if (input.documentDate) fields.documentDate = input.documentDate;
  if (input.projectId) fields.projectId = toDirectoryItemId(input.projectId);
  return fields;
}

function itemFields(input: PlanItemInput): PlanItemFields {
  const fields: PlanItemFields = {
    number: input.number,
    textRu: input.textRu,
    responsibleAgencyIds: [...new Set(input.responsibleAgencyIds)].map(toDirectoryItemId),
    deadline: input.deadline,
  };
  if (input.textKk) fields.textKk = input.textKk;
  if (input.coExecutors) fields.coExecutors = input.coExecutors;
  if (input.completionForm) fields.completionForm = input.completionForm;
  if (input.targetValue !== undefined) fields.targetValue = input.targetValue;
  if (input.targetUnit) fields.targetUnit = input.targetUnit;
  if (input.doneOn) fields.doneOn = input.doneOn;
  return fields;
}

/** What an edit never changes: the record's identity, its plan, its place and what was reported under it. */
function keptItem(item: PlanItem): Pick<PlanItem, keyof BaseRecord<PlanItemId> | 'planId' | 'order' | 'executions'> {
  const { id, createdAt, updatedAt, author, planId, order, executions } = item;
  return { id, createdAt, updatedAt, author, planId, order, executions };
}

/** The plans, the newest year first (an office keeps one a year, now and then a roadmap beside it). */
export async function listPlans(scope: Scope): Promise<Plan[]> {
  authorize(scope, 'view');
  const plans = await scope.db.plans.toArray();
  return plans.filter((plan) => !plan.deletedAt).sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'ru'));
}

export async function createPlan(scope: Scope, input: unknown): Promise<Plan> {
  authorize(scope, 'edit');
  const { db } = scope;
  const plan: Plan = { ...newRecordFields<PlanId>(scope.actor), ...planFields(planInputSchema.parse(input)) };
  await db.transaction('rw', db.plans, db.auditLog, async () => {
    await db.plans.add(plan);
    await appendAudit(scope, 'create', { table: 'plans', recordId: plan.id });
  });
  return plan;
}

export async function updatePlan(scope: Scope, id: PlanId, input: unknown): Promise<Plan> {
  authorize(scope, 'edit');
  const { db } = scope;
  const fields = planFields(planInputSchema.parse(input));
  return db.transaction('rw', db.plans, db.auditLog, async () => {
    const existing = await db.plans.get(id);
    if (!existing || existing.deletedAt) throw new Error('plan not found');
    const { id: keptId, createdAt, updatedAt, author } = touched(existing, scope.actor);
    const saved: Plan = { id: keptId, createdAt, updatedAt, author, ...fields };
    await db.plans.put(saved);
    await appendAudit(scope, 'update', { table: 'plans', recordId: id });
    return saved;
  });
}

/**
 * Deletes a plan; its items stay as they are, unseen while the plan is deleted, so bringing the plan
 * back from the audit trail brings back the whole of it.
 */
export async function deletePlan(scope: Scope, id: PlanId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.plans, db.auditLog, async () => {
    const existing = await db.plans.get(id);
    if (!existing || existing.deletedAt) return;
    await db.plans.put({ ...touched(existing, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'plans', recordId: id });
  });
}

/** The items of a plan in the plan's order. */
export async function planItemsOf(scope: Scope, planId: PlanId): Promise<PlanItem[]> {
  authorize(scope, 'view');
  const items = await scope.db.planItems.where('planId').equals(planId).toArray();
  return items.filter((item) => !item.deletedAt).sort((a, b) => a.order - b.order);
}

/** A new item goes to the end of its plan. */
export async function createPlanItem(scope: Scope, planId: PlanId, input: unknown): Promise<PlanItem> {
  authorize(scope, 'edit');
  const { db } = scope;
  const fields = itemFields(planItemInputSchema.parse(input));
  return db.transaction('rw', db.plans, db.planItems, db.auditLog, async () => {
    const plan = await db.plans.get(planId);
    if (!plan || plan.deletedAt) throw new Error('plan not found');
    const siblings = await db.planItems.where('planId').equals(planId).toArray();
    const order = siblings.reduce((last, item) => Math.max(last, item.order), 0) + 1;
    const item: PlanItem = { ...newRecordFields<PlanItemId>(scope.actor), planId, order, executions: [], ...fields };
    await db.planItems.add(item);
    await appendAudit(scope, 'create', { table: 'planItems', recordId: item.id });
    return item;
  });
}

async function mustGetItem(scope: Scope, id: PlanItemId): Promise<PlanItem> {
  const existing = await scope.db.planItems.get(id);
  if (!existing || existing.deletedAt) throw new Error('plan item not found');
  return existing;
}

export async function updatePlanItem(scope: Scope, id: PlanItemId, input: unknown): Promise<PlanItem> {
  authorize(scope, 'edit');
  const { db } = scope;
  const fields = itemFields(planItemInputSchema.parse(input));
  return db.transaction('rw', db.planItems, db.auditLog, async () => {
    const saved: PlanItem = { ...keptItem(touched(await mustGetItem(scope, id), scope.actor)), ...fields };
    await db.planItems.put(saved);
    await appendAudit(scope, 'update', { table: 'planItems', recordId: id });
    return saved;
  });
}

/** Deletes an item; events that carried it out keep their link, so bringing it back restores them too. */
export async function deletePlanItem(scope: Scope, id: PlanItemId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.planItems, db.auditLog, async () => {
    const existing = await db.planItems.get(id);
    if (!existing || existing.deletedAt) return;
    await db.planItems.put({ ...touched(existing, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'planItems', recordId: id });
  });
}

/** Takes a delete back (the notification's undo). */
export async function restorePlanItem(scope: Scope, id: PlanItemId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.planItems, db.auditLog, async () => {
    const existing = await db.planItems.get(id);
    if (!existing?.deletedAt) return;
    const restored = touched(existing, scope.actor);
    delete restored.deletedAt;
    await db.planItems.put(restored);
    await appendAudit(scope, 'update', { table: 'planItems', recordId: id });
  });
}

export async function restorePlan(scope: Scope, id: PlanId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.plans, db.auditLog, async () => {
    const existing = await db.plans.get(id);
    if (!existing?.deletedAt) return;
    const restored = touched(existing, scope.actor);
    delete restored.deletedAt;
    await db.plans.put(restored);
    await appendAudit(scope, 'update', { table: 'plans', recordId: id });
  });
}

/**
 * What was done under an item in one quarter, with who wrote it and when; an execution left with
 * neither text nor value is taken away, so a quarter is either reported or not.
 */
export async function savePlanItemExecution(scope: Scope, id: PlanItemId, input: unknown): Promise<PlanItem> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = planExecutionInputSchema.parse(input);
  return db.transaction('rw', db.planItems, db.auditLog, async () => {
    const existing = await mustGetItem(scope, id);
    const others = existing.executions.filter((execution) => execution.quarter !== parsed.quarter);
    const execution: PlanItemExecution = {
      quarter: parsed.quarter,
      author: authorOf(scope.actor),
      updatedAt: nowTimestamp(),
    };
    if (parsed.textRu) execution.textRu = parsed.textRu;
    if (parsed.textKk) execution.textKk = parsed.textKk;
    if (parsed.value !== undefined) execution.value = parsed.value;
    const reported = Boolean(execution.textRu || execution.textKk || execution.value !== undefined);
    const executions = (reported ? [...others, execution] : others).sort((a, b) => a.quarter - b.quarter);
    const saved: PlanItem = { ...touched(existing, scope.actor), executions };
    await db.planItems.put(saved);
    await appendAudit(scope, 'update', { table: 'planItems', recordId: id });
    return saved;
  });
}

/** Events that carry out an item, in date order. */
export async function eventsOfPlanItem(scope: Scope, id: PlanItemId): Promise<KelisimEvent[]> {
  authorize(scope, 'view');
  const events = await scope.db.events.where('planItemId').equals(id).toArray();
  return events.filter((event) => !event.deletedAt).sort((a, b) => a.start.localeCompare(b.start));
}

/** Linked events of many items at once, by item. */
async function eventsByItem(scope: Scope, ids: readonly PlanItemId[]): Promise<Map<PlanItemId, KelisimEvent[]>> {
  const byItem = new Map<PlanItemId, KelisimEvent[]>();
  if (!ids.length) return byItem;
  const events = await scope.db.events
    .where('planItemId')
    .anyOf([...ids])
    .toArray();
  for (const event of events) {
    if (event.deletedAt || !event.planItemId) continue;
    const list = byItem.get(event.planItemId) ?? [];
    list.push(event);
    byItem.set(event.planItemId, list);
  }
  return byItem;
}

export interface PlanItemRow {
  item: PlanItem;
  status: PlanItemStatus;
  eventIds: EventId[];
}

/** A plan's items as its page lists them: each with its status on `today` and the events under it. */
export async function planItemRows(scope: Scope, planId: PlanId, today: IsoDate): Promise<PlanItemRow[]> {
  authorize(scope, 'view');
  const [plan, items] = await Promise.all([scope.db.plans.get(planId), planItemsOf(scope, planId)]);
  if (!plan || plan.deletedAt) return [];
  const events = await eventsByItem(
    scope,
    items.map((item) => item.id),
  );
  return items.map((item) => {
    const linked = events.get(item.id) ?? [];
    return {
      item,
      status: planItemStatus(item, linked, today, plan.year),
      eventIds: linked.sort((a, b) => a.start.localeCompare(b.start)).map((event) => event.id),
    };
  });
}

export interface PlanItemChoice {
  id: PlanItemId;
  plan: Plan;
  item: PlanItem;
}

/** The items an event of `year` may carry out: those of the year's plans, plan by plan, in order. */
export async function planItemChoices(scope: Scope, year: number): Promise<PlanItemChoice[]> {
  authorize(scope, 'view');
  const plans = (await scope.db.plans.where('year').equals(year).toArray()).filter((plan) => !plan.deletedAt);
  const choices: PlanItemChoice[] = [];
  for (const plan of plans.sort((a, b) => a.name.localeCompare(b.name, 'ru'))) {
    for (const item of await planItemsOf(scope, plan.id)) choices.push({ id: item.id, plan, item });
  }
  return choices;
}

/** Every item of the year's plans with its status: the dashboard's card counts them. */
export async function planYearRows(scope: Scope, year: number, today: IsoDate): Promise<PlanItemRow[]> {
  authorize(scope, 'view');
  const plans = (await scope.db.plans.where('year').equals(year).toArray()).filter((plan) => !plan.deletedAt);
  const rows = await Promise.all(plans.map((plan) => planItemRows(scope, plan.id, today)));
  return rows.flat();
}
