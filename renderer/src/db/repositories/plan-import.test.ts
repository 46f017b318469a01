import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPlanTable } from '@shared/plans/plan-table';
import type { PlanItemId } from '@shared/model/ids';
import type { Scope } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { createEvent } from './events';
import { applyPlanImport, previewUndoImport, recentImports, undoImport } from './imports';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-02-01T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const later = () => vi.setSystemTime(Date.now() + 60_000);

const ROWS = [
  ['№', 'Іс-шара атауы', 'Наименование мероприятия', 'Ответственные', 'Срок исполнения', 'Целевой индикатор'],
  ['1', 'Кеңес отырыстары', 'Заседания совета', 'Дом дружбы', 'ежеквартально', '4 заседания'],
  ['2', 'Наурыз', 'Наурыз', 'Управление культуры', 'до 25 марта', ''],
];

async function imported() {
  const scope = scopeAs(await openTestDb());
  const table = readPlanTable(ROWS, {
    defaultYear: 2026,
    agencies: [
      { id: 'agency:house_of_friendship', names: ['Дом дружбы'] },
      { id: 'agency:culture', names: ['Управление культуры'] },
    ],
  });
  expect(table.problems).toEqual([]);
  const batch = await applyPlanImport(
    scope,
    { name: 'План на 2026 год', year: 2026, approvedBy: 'Акимат района', documentNo: '7' },
    table.items,
    { fileName: 'plan.docx' },
  );
  later();
  return { scope, batch };
}

async function linkEvent(scope: Scope, planItemId: PlanItemId) {
  const [event] = await createEvent(scope, {
    title: 'Заседание совета',
    typeCode: 'round_table',
    start: '2026-03-10T10:00',
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    status: 'held',
    links: [],
  });
  if (!event) throw new Error('no event');
  await scope.db.events.update(event.id, { planItemId });
}

describe('importing a plan', () => {
  it('adds the plan and its items as one import, listed among the imports', async () => {
    const { scope, batch } = await imported();
    const [plan] = await scope.db.plans.toArray();
    expect(plan).toMatchObject({ name: 'План на 2026 год', year: 2026, approvedBy: 'Акимат района', documentNo: '7' });
    const items = await scope.db.planItems.orderBy('id').toArray();
    expect(items.sort((a, b) => a.order - b.order).map((item) => [item.number, item.textKk, item.textRu])).toEqual([
      ['1', 'Кеңес отырыстары', 'Заседания совета'],
      ['2', 'Наурыз', 'Наурыз'],
    ]);
    expect(items[0]).toMatchObject({
      planId: plan?.id,
      responsibleAgencyIds: ['agency:house_of_friendship'],
      deadline: { kind: 'quarterly' },
      targetValue: 4,
      targetUnit: 'заседания',
      executions: [],
    });
    expect(batch).toMatchObject({ register: 'plans', counts: { added: 2 }, fileName: 'plan.docx' });
    expect((await recentImports(scope))[0]?.id).toBe(batch.id);
    const audit = await scope.db.auditLog.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'import', details: { register: 'plans', added: 2 } });
  });

  it('undo removes the plan and all its items', async () => {
    const { scope, batch } = await imported();
    expect((await previewUndoImport(scope, batch.id)).removed).toEqual({ people: 0, memberships: 0, other: 3 });
    await undoImport(scope, batch.id);
    expect(await scope.db.plans.count()).toBe(0);
    expect(await scope.db.planItems.count()).toBe(0);
  });

  it('undo keeps an item an event was held under, and the plan with it', async () => {
    const { scope, batch } = await imported();
    const items = await scope.db.planItems.toArray();
    const first = items.find((item) => item.number === '1');
    if (!first) throw new Error('no item 1');
    await linkEvent(scope, first.id);
    const result = await undoImport(scope, batch.id);
    expect(result.keptReferenced).toBe(1);
    expect(result.removed.other).toBe(1);
    expect((await scope.db.planItems.toArray()).map((item) => item.number)).toEqual(['1']);
    expect(await scope.db.plans.count()).toBe(1);
  });

  it('refuses items that still have a problem: never half a plan', async () => {
    const scope = scopeAs(await openTestDb());
    const table = readPlanTable([ROWS[0] as string[], ['1', 'Текст', 'Текст', 'Кто-то', 'когда-нибудь', '']], {
      defaultYear: 2026,
      agencies: [],
    });
    await expect(
      applyPlanImport(scope, { name: 'План', year: 2026 }, table.items, { fileName: 'plan.xlsx' }),
    ).rejects.toThrow();
    expect(await scope.db.plans.count()).toBe(0);
  });
});
