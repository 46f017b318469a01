import { describe, expect, it } from 'vitest';
import type { EventId } from '@shared/model/ids';
import type { KelisimEvent } from '@shared/model/records';
import { openTestDb, scopeAs } from '../test-db';
import { createEvent, updateEvent } from './events';
import {
  createPlan,
  createPlanItem,
  deletePlan,
  deletePlanItem,
  eventsOfPlanItem,
  listPlans,
  planItemChoices,
  planItemRows,
  savePlanItemExecution,
  updatePlan,
  updatePlanItem,
} from './plans';

const planInput = {
  name: 'План мероприятий АНК района на 2026 год',
  approvedBy: 'Секретариат АНК области',
  documentNo: '12',
  documentDate: '2026-01-15',
  year: 2026,
};
const itemInput = {
  number: '1',
  textRu: 'Провести круглый стол о единстве народа',
  textKk: 'Халық бірлігі туралы дөңгелек үстел өткізу',
  responsibleAgencyIds: ['agency-1'],
  deadline: { kind: 'quarter', quarter: 2 },
};

function event(id: string, planItemId: string, more: Partial<KelisimEvent> = {}): KelisimEvent {
  return {
    id: id as EventId,
    createdAt: '2026-04-01T00:00:00.000Z',
    updatedAt: '2026-04-01T00:00:00.000Z',
    author: 'test',
    title: 'Круглый стол',
    typeCode: 'round_table',
    start: '2026-05-05T10:00',
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    status: 'held',
    links: [],
    attachmentIds: [],
    planItemId: planItemId as KelisimEvent['planItemId'],
    ...more,
  };
}

describe('plans of measures', () => {
  it('stores a plan and its items in order, and writes each change to the audit log', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db, 'editor');
    const plan = await createPlan(scope, planInput);
    const first = await createPlanItem(scope, plan.id, itemInput);
    const second = await createPlanItem(scope, plan.id, { ...itemInput, number: '2', deadline: { kind: 'year' } });
    await updatePlan(scope, plan.id, { ...planInput, name: 'План на 2026 год' });
    await updatePlanItem(scope, second.id, { ...itemInput, number: '2', deadline: { kind: 'monthly' } });

    expect((await listPlans(scope)).map((saved) => saved.name)).toEqual(['План на 2026 год']);
    const rows = await planItemRows(scope, plan.id, '2026-05-10');
    expect(rows.map((row) => [row.item.number, row.item.deadline.kind, row.status])).toEqual([
      ['1', 'quarter', 'notStarted'],
      ['2', 'monthly', 'overdue'],
    ]);
    expect(first.order).toBeLessThan(second.order);
    const audit = (await db.auditLog.toArray()).sort((a, b) => a.seq - b.seq);
    expect(audit.map((entry) => [entry.action, entry.table])).toEqual([
      ['create', 'plans'],
      ['create', 'planItems'],
      ['create', 'planItems'],
      ['update', 'plans'],
      ['update', 'planItems'],
    ]);
  });

  it('refuses an item without text or deadline, and a viewer’s edits', async () => {
    const db = await openTestDb();
    const plan = await createPlan(scopeAs(db, 'editor'), planInput);
    await expect(createPlanItem(scopeAs(db, 'editor'), plan.id, { ...itemInput, textRu: ' ' })).rejects.toThrow();
    await expect(
      createPlanItem(scopeAs(db, 'editor'), plan.id, { ...itemInput, deadline: undefined }),
    ).rejects.toThrow();
    await expect(createPlanItem(scopeAs(db, 'viewer'), plan.id, itemInput)).rejects.toThrow();
    await expect(createPlan(scopeAs(db, 'editor'), { ...planInput, year: 1990 })).rejects.toThrow();
  });

  it('keeps one execution per quarter with its author, and an emptied quarter is no longer reported', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db, 'editor');
    const plan = await createPlan(scope, planInput);
    const item = await createPlanItem(scope, plan.id, { ...itemInput, targetValue: 70, targetUnit: 'чел.' });
    await savePlanItemExecution(scope, item.id, { quarter: 2, textRu: 'Проведён круглый стол', value: '40' });
    await savePlanItemExecution(scope, item.id, { quarter: 1, textKk: 'Кездесу өтті', value: 10 });
    let saved = await savePlanItemExecution(scope, item.id, {
      quarter: 2,
      textRu: 'Проведены два круглых стола',
      value: 60,
    });
    expect(
      saved.executions.map((execution) => [execution.quarter, execution.textRu ?? execution.textKk, execution.value]),
    ).toEqual([
      [1, 'Кездесу өтті', 10],
      [2, 'Проведены два круглых стола', 60],
    ]);
    expect(saved.executions[0]?.author).toBe('editor');
    expect((await planItemRows(scope, plan.id, '2026-05-10'))[0]?.status).toBe('done');

    saved = await savePlanItemExecution(scope, item.id, { quarter: 1, textRu: '', textKk: '  ' });
    expect(saved.executions.map((execution) => execution.quarter)).toEqual([2]);
    // An edit of the item's wording keeps what was reported under it.
    const edited = await updatePlanItem(scope, item.id, { ...itemInput, textRu: 'Провести круглые столы' });
    expect(edited.executions).toHaveLength(1);
  });

  it('lists the events linked to an item and counts them into its status', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db, 'editor');
    const plan = await createPlan(scope, planInput);
    const item = await createPlanItem(scope, plan.id, itemInput);
    await db.events.bulkAdd([
      event('e2', item.id, { start: '2026-06-01T10:00', status: 'planned' }),
      event('e1', item.id),
      event('e3', item.id, { deletedAt: '2026-05-06T00:00:00.000Z' }),
    ]);
    expect((await eventsOfPlanItem(scope, item.id)).map((linked) => linked.id)).toEqual(['e1', 'e2']);
    const [row] = await planItemRows(scope, plan.id, '2026-05-10');
    expect(row?.eventIds).toEqual(['e1', 'e2']);
    expect(row?.status).toBe('inProgress');
    expect((await planItemRows(scope, plan.id, '2026-07-01'))[0]?.status).toBe('done');
  });

  it('offers an event the items of its year’s plans, and hides deleted items and plans', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db, 'editor');
    const plan = await createPlan(scope, planInput);
    const other = await createPlan(scope, { ...planInput, name: 'План на 2025 год', year: 2025 });
    const kept = await createPlanItem(scope, plan.id, itemInput);
    const removed = await createPlanItem(scope, plan.id, { ...itemInput, number: '2' });
    await createPlanItem(scope, other.id, itemInput);
    await deletePlanItem(scope, removed.id);
    expect((await planItemChoices(scope, 2026)).map((choice) => choice.id)).toEqual([kept.id]);

    await deletePlan(scope, plan.id);
    expect(await planItemChoices(scope, 2026)).toEqual([]);
    expect((await listPlans(scope)).map((saved) => saved.year)).toEqual([2025]);
    const deletes = (await db.auditLog.toArray())
      .sort((a, b) => a.seq - b.seq)
      .filter((entry) => entry.action === 'delete');
    expect(deletes.map((entry) => entry.table)).toEqual(['planItems', 'plans']);
  });

  it('links an event to an item through the event form’s input, and unlinks it when the field is cleared', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db, 'editor');
    const plan = await createPlan(scope, planInput);
    const item = await createPlanItem(scope, plan.id, itemInput);
    const input = {
      title: 'Круглый стол «Единство народа»',
      typeCode: 'round_table',
      start: '2026-05-05T15:00',
      allDay: false,
      organiserAgencyIds: [],
      organiserPersonIds: [],
      associationIds: [],
      audienceCodes: [],
      status: 'held',
      links: [],
      planItemId: item.id,
    };
    const [created] = await createEvent(scope, input);
    expect((await eventsOfPlanItem(scope, item.id)).map((linked) => linked.id)).toEqual([created?.id]);
    await updateEvent(scope, created?.id as EventId, { ...input, planItemId: '' });
    expect(await eventsOfPlanItem(scope, item.id)).toEqual([]);
  });
});
