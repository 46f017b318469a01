import type { AssociationFields, AssociationPlanItem } from '@shared/import/association-rows';
import type { EventPlanItem } from '@shared/import/event-rows';
import type { MemberPlanItem, PlanTotals } from '@shared/import/member-rows';
import { populationWrites, type PopulationPlanItem } from '@shared/import/population-rows';
import type { ReceptionPlanItem } from '@shared/import/reception-rows';
import type { PlanTableItem } from '@shared/plans/plan-table';
import {
  type AssociationId,
  type EventId,
  type ImportBatchId,
  type MembershipId,
  type PersonId,
  type PlanId,
  type PlanItemId,
  type PopulationRecordId,
  type ReceptionId,
  toAssociationId,
  toDirectoryItemId,
  toPersonId,
  toPlaceId,
} from '@shared/model/ids';
import type {
  Association,
  ImportBatch,
  ImportChange,
  KelisimEvent,
  Membership,
  Person,
  Plan,
  PlanItem,
  PopulationRecord,
  Reception,
} from '@shared/model/records';
import { fullName, personSearchTokens } from '@shared/people/search';
import { nowTimestamp } from '@/lib/clock';
import { Dexie } from 'dexie';
import { authorize, authorOf, type Actor, type Scope } from '../access';
import { sealAll, sealPerson, sealReception } from '../sealing';
import { newId, newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';
import { personReferenceTables, referencesToPeople } from './person-references';
import { storedPopulation } from './import-plan';
import { receptionFields } from './receptions';

const CHUNK = 2_000;

export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelledError';
  }
}

export interface ApplyOptions {
  fileName: string;
  /** SHA-256 of the file, for the audit log. */
  fileHash?: string;
  totals: PlanTotals;
  /** Rows the user chose to leave out on the preview: neither written nor refused. */
  skippedByUser?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

async function writeInChunks<T>(
  rows: readonly T[],
  write: (chunk: readonly T[]) => Promise<unknown>,
  progress: { done: number; total: number; options: ApplyOptions },
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    if (progress.options.signal?.aborted) throw new ImportCancelledError();
    const chunk = rows.slice(start, start + CHUNK);
    await write(chunk);
    progress.done += chunk.length;
    progress.options.onProgress?.(progress.done, progress.total);
  }
}

/** An import in the audit log: which file (its hash, not its content), what it did. */
function importFacts(batch: ImportBatch, options: ApplyOptions) {
  return {
    table: 'importBatches',
    recordId: batch.id,
    details: {
      register: batch.register,
      added: batch.counts.added,
      updated: batch.counts.updated,
      rejected: batch.counts.rejected,
      ...(options.skippedByUser ? { skipped: options.skippedByUser } : {}),
      ...(options.fileHash ? { sha256: options.fileHash } : {}),
    },
  };
}

function newBatch(actor: Actor, options: ApplyOptions, register: string, associationId?: AssociationId): ImportBatch {
  return {
    id: newId<ImportBatchId>(),
    at: nowTimestamp(),
    author: authorOf(actor),
    register,
    fileName: options.fileName,
    ...(associationId ? { associationId } : {}),
    counts: {
      added: options.totals.new,
      updated: options.totals.updated,
      unchanged: options.totals.unchanged,
      rejected: options.totals.rejected,
    },
    added: { people: [], memberships: [], associations: [] },
  };
}

/**
 * Writes a planned member list in one transaction: new people, changed people (their previous
 * state kept for undo) and memberships in the association. Cancelling, or any failure, leaves
 * the database exactly as it was.
 */
export async function applyMemberImport(
  scope: Scope,
  plan: readonly MemberPlanItem[],
  intoAssociationId: AssociationId | undefined,
  options: ApplyOptions,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  const batch = newBatch(scope.actor, options, 'members', intoAssociationId);
  const newPeople: Person[] = [];
  const changedPeople: Person[] = [];
  const newMemberships: Membership[] = [];
  const changedMemberships: Membership[] = [];
  const changes: ImportChange[] = [];
  for (const item of plan) {
    if (item.kind === 'unchanged') continue;
    let personId: PersonId;
    if (!item.existing) {
      const person: Person = {
        ...newRecordFields<PersonId>(scope.actor),
        ...item.row.person,
        searchTokens: personSearchTokens(item.row.person),
      };
      newPeople.push(person);
      personId = person.id;
    } else {
      personId = item.existing.id;
      if (item.changedFields.length > 0) {
        const person: Person = { ...touched(item.existing, scope.actor), ...item.row.person };
        person.searchTokens = personSearchTokens(person);
        changedPeople.push(person);
        changes.push({
          id: crypto.randomUUID(),
          batchId: batch.id,
          table: 'people',
          recordId: personId,
          before: item.existing,
        });
      }
    }
    if (!item.associationId) continue;
    const associationId = toAssociationId(item.associationId);
    if (item.membership === 'new') {
      newMemberships.push({
        ...newRecordFields<MembershipId>(scope.actor),
        personId,
        associationId,
        personName: fullName({ ...item.existing, ...item.row.person }),
        role: item.row.role,
        ...(item.row.joinedOn ? { joinedOn: item.row.joinedOn } : {}),
      });
    } else if (item.membership === 'updated' && item.existingMembership) {
      changedMemberships.push({
        ...touched(item.existingMembership, scope.actor),
        role: item.row.role,
        ...(item.row.joinedOn ? { joinedOn: item.row.joinedOn } : {}),
      });
      changes.push({
        id: crypto.randomUUID(),
        batchId: batch.id,
        table: 'memberships',
        recordId: item.existingMembership.id,
        before: item.existingMembership,
      });
    }
  }
  // Stamped after the records so that every record it wrote is "not changed since" for undo.
  batch.at = nowTimestamp();
  batch.added.people = newPeople.map((person) => person.id);
  batch.added.memberships = newMemberships.map((membership) => membership.id);
  const progress = {
    done: 0,
    total: newPeople.length + changedPeople.length + newMemberships.length + changedMemberships.length,
    options,
  };
  await db.transaction('rw', [db.people, db.memberships, db.importBatches, db.importChanges, db.auditLog], async () => {
    await writeInChunks(newPeople, async (chunk) => db.people.bulkAdd(await sealedPeople(scope, chunk)), progress);
    await writeInChunks(changedPeople, async (chunk) => db.people.bulkPut(await sealedPeople(scope, chunk)), progress);
    await writeInChunks(newMemberships, (chunk) => db.memberships.bulkAdd(chunk), progress);
    await writeInChunks(changedMemberships, (chunk) => db.memberships.bulkPut(chunk), progress);
    // People the list renamed: their other memberships show the new name too, and undo puts the old one back.
    const before = new Map(plan.flatMap((item) => (item.existing ? [[item.existing.id, item.existing] as const] : [])));
    const renamed = changedPeople.filter((person) => {
      const earlier = before.get(person.id);
      return earlier !== undefined && fullName(earlier) !== fullName(person);
    });
    for (const person of renamed) {
      const names = await db.memberships.where('personId').equals(person.id).toArray();
      for (const membership of names.filter((m) => m.personName !== fullName(person))) {
        changes.push({
          id: crypto.randomUUID(),
          batchId: batch.id,
          table: 'memberships',
          recordId: membership.id,
          before: membership,
        });
        await db.memberships.put({ ...membership, personName: fullName(person), updatedAt: batch.at });
      }
    }
    if (options.signal?.aborted) throw new ImportCancelledError();
    await db.importChanges.bulkAdd(changes);
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, options));
  });
  return batch;
}

export async function applyAssociationImport(
  scope: Scope,
  plan: readonly AssociationPlanItem[],
  chairmen: ReadonlyMap<number, PersonId>,
  options: ApplyOptions,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  const batch = newBatch(scope.actor, options, 'associations');
  const added: Association[] = [];
  const changed: Association[] = [];
  const changes: ImportChange[] = [];
  const toRecord = (fields: AssociationFields) => ({
    ...fields,
    nameRu: fields.nameRu ?? fields.nameKk ?? '',
    nameKk: fields.nameKk ?? fields.nameRu ?? '',
    ethnicGroupIds: fields.ethnicGroupIds as Association['ethnicGroupIds'],
    placeId: fields.placeId as Association['placeId'],
  });
  for (const item of plan) {
    const chairmanId = chairmen.get(item.row.rowNumber);
    if (!item.existing) {
      const record: Association = {
        ...newRecordFields<AssociationId>(scope.actor),
        deputyIds: [],
        units: [],
        ...toRecord(item.row.association),
        ...(chairmanId ? { chairmanId } : {}),
      };
      if (!record.placeId) delete record.placeId;
      added.push(record);
    } else if (item.kind === 'updated' || (chairmanId && item.existing.chairmanId !== chairmanId)) {
      const record: Association = { ...touched(item.existing, scope.actor), ...toRecord(item.row.association) };
      if (!item.row.association.placeId) record.placeId = item.existing.placeId;
      if (chairmanId) record.chairmanId = chairmanId;
      if (!record.placeId) delete record.placeId;
      changed.push(record);
      changes.push({
        id: crypto.randomUUID(),
        batchId: batch.id,
        table: 'associations',
        recordId: record.id,
        before: item.existing,
      });
    }
  }
  batch.at = nowTimestamp();
  batch.added.associations = added.map((association) => association.id);
  const progress = { done: 0, total: added.length + changed.length, options };
  await db.transaction('rw', [db.associations, db.importBatches, db.importChanges, db.auditLog], async () => {
    await writeInChunks(added, (chunk) => db.associations.bulkAdd(chunk), progress);
    await writeInChunks(changed, (chunk) => db.associations.bulkPut(chunk), progress);
    await db.importChanges.bulkAdd(changes);
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, options));
  });
  return batch;
}

/** Adds the new events of an imported plan in one transaction; the batch lets the whole plan be undone. */
export async function applyEventImport(
  scope: Scope,
  plan: readonly EventPlanItem[],
  options: ApplyOptions,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  const batch = newBatch(scope.actor, options, 'events');
  const events: KelisimEvent[] = plan
    .filter((item) => item.kind === 'new')
    .map((item) => {
      const input = item.row.event;
      const event: KelisimEvent = {
        ...newRecordFields<EventId>(scope.actor),
        title: input.title,
        typeCode: input.typeCode,
        start: input.start,
        allDay: input.allDay,
        organiserAgencyIds: [],
        organiserPersonIds: [],
        associationIds: [],
        audienceCodes: [],
        status: 'planned',
        links: [],
        attachmentIds: [],
      };
      if (input.placeId) event.placeId = toPlaceId(input.placeId);
      if (input.venue) event.venue = input.venue;
      if (input.plannedParticipants !== undefined) event.plannedParticipants = input.plannedParticipants;
      return event;
    });
  batch.at = nowTimestamp();
  batch.added.events = events.map((event) => event.id);
  const progress = { done: 0, total: events.length, options };
  await db.transaction('rw', db.events, db.importBatches, db.auditLog, async () => {
    await writeInChunks(events, (chunk) => db.events.bulkAdd(chunk), progress);
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, options));
  });
  return batch;
}

/**
 * Adds the new receptions of a journal in one transaction, with the citizens not yet in the base
 * as new people (one person for all the rows that name them). The batch lists both, so undo
 * removes the receptions and the people the journal brought.
 */
export async function applyReceptionImport(
  scope: Scope,
  plan: readonly ReceptionPlanItem[],
  options: ApplyOptions,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  const batch = newBatch(scope.actor, options, 'receptions');
  const people = new Map<string, Person>();
  const receptions: Reception[] = [];
  for (const item of plan) {
    if (item.kind !== 'new') continue;
    let citizenId: PersonId;
    if (item.citizen.kind === 'existing') citizenId = item.citizen.person.id;
    else {
      let person = people.get(item.citizen.key);
      if (!person) {
        person = {
          ...newRecordFields<PersonId>(scope.actor),
          ...item.citizen.person,
          searchTokens: personSearchTokens(item.citizen.person),
        };
        people.set(item.citizen.key, person);
      }
      citizenId = person.id;
    }
    receptions.push({
      ...newRecordFields<ReceptionId>(scope.actor),
      ...receptionFields({
        ...item.row.reception,
        citizenId,
        ...(item.officialId ? { officialId: item.officialId } : {}),
      }),
    });
  }
  batch.at = nowTimestamp();
  batch.added.people = [...people.values()].map((person) => person.id);
  batch.added.receptions = receptions.map((reception) => reception.id);
  const progress = { done: 0, total: people.size + receptions.length, options };
  await db.transaction('rw', [db.people, db.receptions, db.importBatches, db.auditLog], async () => {
    await writeInChunks(
      [...people.values()],
      async (chunk) => db.people.bulkAdd(await sealedPeople(scope, chunk)),
      progress,
    );
    await writeInChunks(
      receptions,
      async (chunk) => db.receptions.bulkAdd(await sealedReceptions(scope, chunk)),
      progress,
    );
    if (options.signal?.aborted) throw new ImportCancelledError();
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, options));
  });
  return batch;
}

/**
 * Writes a population table in one transaction: new records for settlements and years not yet
 * stored; for stored ones, the file's counts put over theirs, with the previous record kept so
 * undo puts it back.
 */
export async function applyPopulationImport(
  scope: Scope,
  plan: readonly PopulationPlanItem[],
  options: ApplyOptions,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  const batch = newBatch(scope.actor, options, 'population');
  return db.transaction('rw', [db.population, db.importBatches, db.importChanges, db.auditLog], async () => {
    const stored = await storedPopulation(
      scope,
      plan.map((item) => item.row.placeId),
    );
    const writes = populationWrites(plan, stored);
    const added: PopulationRecord[] = writes.added.map((figures) => ({
      ...newRecordFields<PopulationRecordId>(scope.actor),
      ...figures,
      placeId: toPlaceId(figures.placeId),
    }));
    const changed: PopulationRecord[] = writes.changed.map(({ before, after }) => ({
      ...touched(before, scope.actor),
      byEthnicGroup: after.byEthnicGroup,
      ...(after.total !== undefined ? { total: after.total } : {}),
    }));
    const changes: ImportChange[] = writes.changed.map(({ before }) => ({
      id: crypto.randomUUID(),
      batchId: batch.id,
      table: 'population',
      recordId: before.id,
      before,
    }));
    batch.at = nowTimestamp();
    batch.added.population = added.map((record) => record.id);
    const progress = { done: 0, total: added.length + changed.length, options };
    await writeInChunks(added, (chunk) => db.population.bulkAdd(chunk), progress);
    await writeInChunks(changed, (chunk) => db.population.bulkPut(chunk), progress);
    if (options.signal?.aborted) throw new ImportCancelledError();
    await db.importChanges.bulkAdd(changes);
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, options));
    return batch;
  });
}

/** The plan's own fields as the import form confirmed them (prefilled from the file's title). */
export type PlanImportHeader = Pick<Plan, 'name' | 'year'> &
  Partial<Pick<Plan, 'nameKk' | 'approvedBy' | 'documentNo' | 'documentDate' | 'projectId'>>;

/**
 * Adds an imported plan and its items in one transaction. The preview lets it through only with no
 * problem left, so every item has its text, agencies and deadline: there is never half a plan.
 */
export async function applyPlanImport(
  scope: Scope,
  header: PlanImportHeader,
  items: readonly PlanTableItem[],
  options: Pick<ApplyOptions, 'fileName' | 'fileHash'>,
): Promise<ImportBatch> {
  authorize(scope, 'import');
  const { db } = scope;
  if (items.some((item) => !item.deadline || !item.textRu || item.responsibleAgencyIds.length === 0))
    throw new Error('plan items with problems cannot be imported');
  const applyOptions: ApplyOptions = {
    ...options,
    totals: { new: items.length, updated: 0, unchanged: 0, rejected: 0 },
  };
  const batch = newBatch(scope.actor, applyOptions, 'plans');
  const plan: Plan = { ...newRecordFields<PlanId>(scope.actor), ...header };
  const planItems: PlanItem[] = items.map((item) => ({
    ...newRecordFields<PlanItemId>(scope.actor),
    planId: plan.id,
    number: item.number,
    order: item.order,
    textRu: item.textRu,
    ...(item.textKk ? { textKk: item.textKk } : {}),
    responsibleAgencyIds: item.responsibleAgencyIds.map(toDirectoryItemId),
    ...(item.coExecutors ? { coExecutors: item.coExecutors } : {}),
    deadline: item.deadline as PlanItem['deadline'],
    ...(item.completionForm ? { completionForm: item.completionForm } : {}),
    ...(item.targetValue !== undefined ? { targetValue: item.targetValue } : {}),
    ...(item.targetUnit ? { targetUnit: item.targetUnit } : {}),
    executions: [],
  }));
  batch.at = nowTimestamp();
  batch.added.plans = [plan.id];
  batch.added.planItems = planItems.map((item) => item.id);
  await db.transaction('rw', [db.plans, db.planItems, db.importBatches, db.auditLog], async () => {
    await db.plans.add(plan);
    await db.planItems.bulkAdd(planItems);
    await db.importBatches.add(batch);
    await appendAudit(scope, 'import', importFacts(batch, applyOptions));
  });
  return batch;
}

export interface UndoResult {
  /** Records the import added and the undo removed, by register. */
  removed: { people: number; memberships: number; other: number };
  /** Records the import had changed, put back as they were before it. */
  restored: number;
  /** Records edited after the import: left as they are, so no later work is lost. */
  keptChangedLater: number;
  /** People the import added whom other records name now (a reception, an event, a council…): kept. */
  keptReferenced: number;
}

type AddedTable =
  'events' | 'receptions' | 'memberships' | 'associations' | 'population' | 'planItems' | 'plans' | 'people';
type ChangedTable = ImportChange['table'];

/** What undoing an import would remove and put back, worked out without writing anything. */
interface UndoPlan {
  batch: ImportBatch;
  remove: Record<AddedTable, string[]>;
  restore: ImportChange[];
  result: UndoResult;
}

function undoTables(db: Scope['db']) {
  return [
    ...personReferenceTables(db),
    db.people,
    db.population,
    db.plans,
    db.planItems,
    db.publications,
    db.importBatches,
    db.importChanges,
    db.auditLog,
  ];
}

function addedTables(db: Scope['db']) {
  return {
    events: db.events,
    receptions: db.receptions,
    people: db.people,
    memberships: db.memberships,
    associations: db.associations,
    population: db.population,
    plans: db.plans,
    planItems: db.planItems,
  } as const;
}

function changedTables(
  db: Scope['db'],
): Record<
  ChangedTable,
  { get: (id: string) => Promise<{ updatedAt: string } | undefined>; put: (record: unknown) => Promise<unknown> }
> {
  return {
    people: db.people,
    memberships: db.memberships,
    associations: db.associations,
    population: db.population,
  } as never;
}

/** Run inside a transaction on undoTables: the same plan serves the confirmation and the undo itself. */
async function planUndo(scope: Scope, batchId: ImportBatchId): Promise<UndoPlan> {
  const { db } = scope;
  const batch = await db.importBatches.get(batchId);
  if (!batch || batch.undoneAt) throw new Error('import not found or already undone');
  const result: UndoResult = {
    removed: { people: 0, memberships: 0, other: 0 },
    restored: 0,
    keptChangedLater: 0,
    keptReferenced: 0,
  };
  const added = addedTables(db);
  const remove = {
    events: [],
    receptions: [],
    memberships: [],
    associations: [],
    population: [],
    planItems: [],
    plans: [],
    people: [],
  } as Record<AddedTable, string[]>;
  const removedIds = new Set<string>();
  // People last: whether one may go depends on what still names them once the rest is gone.
  const order = [
    'events',
    'receptions',
    'memberships',
    'associations',
    'population',
    'planItems',
    'plans',
    'people',
  ] as const;
  for (const table of order) {
    const ids = batch.added[table] ?? [];
    const current = await added[table].bulkGet(ids as never[]);
    let removable: string[] = [];
    for (const record of current) {
      if (!record) continue;
      if (record.updatedAt > batch.at) result.keptChangedLater++;
      else removable.push(record.id);
    }
    if (table === 'planItems') {
      const referenced = await planItemsReferenced(db, removable, removedIds);
      removable = removable.filter((id) => !referenced.has(id));
      result.keptReferenced += referenced.size;
    }
    // A plan stays while one of its items does.
    if (table === 'plans') {
      const keptItems = (batch.added.planItems ?? []).filter((id) => !removedIds.has(id));
      const keptPlans = new Set(
        (await db.planItems.bulkGet(keptItems as never[])).flatMap((item) => (item ? [item.planId as string] : [])),
      );
      removable = removable.filter((id) => !keptPlans.has(id));
    }
    if (table === 'people') {
      const referenced = await referencesToPeople(db, removable.map(toPersonId), removedIds, scope.keys);
      removable = removable.filter((id) => !referenced.has(toPersonId(id)));
      result.keptReferenced += referenced.size;
    }
    remove[table] = removable;
    for (const id of removable) removedIds.add(id);
    if (table === 'people' || table === 'memberships') result.removed[table] += removable.length;
    else result.removed.other += removable.length;
  }
  const restore: ImportChange[] = [];
  const changed = changedTables(db);
  for (const change of await db.importChanges.where('batchId').equals(batchId).toArray()) {
    const current = await changed[change.table].get(change.recordId);
    if (current && current.updatedAt > batch.at) {
      result.keptChangedLater++;
      continue;
    }
    restore.push(change);
    result.restored++;
  }
  return { batch, remove, restore, result };
}

/**
 * Imported plan items that a live event or publication now names (an event held under the item):
 * undo keeps them, as it keeps people other records name, so no work is left pointing nowhere.
 */
async function planItemsReferenced(
  db: Scope['db'],
  ids: readonly string[],
  removed: ReadonlySet<string>,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [events, publications] = await Promise.all([
    db.events
      .where('planItemId')
      .anyOf(ids as never[])
      .toArray(),
    db.publications
      .where('planItemId')
      .anyOf(ids as never[])
      .toArray(),
  ]);
  return new Set(
    [...events, ...publications]
      .filter((record) => !record.deletedAt && !removed.has(record.id))
      .flatMap((record) => (record.planItemId ? [record.planItemId as string] : [])),
  );
}

/**
 * What undoing an import would do, for the confirmation: people and memberships it would remove
 * (apart), other records, records it would put back, and what it would keep and why. Writes nothing.
 */
export async function previewUndoImport(scope: Scope, batchId: ImportBatchId): Promise<UndoResult> {
  authorize(scope, 'import');
  const { db } = scope;
  return db.transaction('r', undoTables(db), async () => (await planUndo(scope, batchId)).result);
}

/** Removes exactly what an import added and puts back what it changed. */
export async function undoImport(scope: Scope, batchId: ImportBatchId): Promise<UndoResult> {
  authorize(scope, 'import');
  const { db } = scope;
  return db.transaction('rw', undoTables(db), async () => {
    const { batch, remove, restore, result } = await planUndo(scope, batchId);
    const added = addedTables(db);
    for (const table of Object.keys(remove) as AddedTable[]) await added[table].bulkDelete(remove[table] as never[]);
    const changed = changedTables(db);
    for (const change of restore) await changed[change.table].put(change.before);
    await db.importBatches.put({ ...batch, undoneAt: nowTimestamp() });
    await appendAudit(scope, 'import-undo', {
      table: 'importBatches',
      recordId: batchId,
      details: { ...result.removed, restored: result.restored, keptReferenced: result.keptReferenced },
    });
    return result;
  });
}

export async function recentImports(scope: Scope, limit = 20): Promise<ImportBatch[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return db.importBatches.orderBy('at').reverse().limit(limit).toArray();
}

/** Imported people with notes, sealed while Dexie keeps the import's transaction open. */
function sealedPeople(scope: Scope, people: readonly Person[]): Promise<Person[]> {
  return Dexie.waitFor(
    sealAll(
      people,
      (person) => Boolean(person.notes),
      (person) => sealPerson(scope.keys, person),
    ),
  );
}

/** Imported confidential receptions, sealed likewise. */
function sealedReceptions(scope: Scope, receptions: readonly Reception[]): Promise<Reception[]> {
  return Dexie.waitFor(
    sealAll(
      receptions,
      (reception) => reception.confidential,
      (reception) => sealReception(scope.keys, reception),
    ),
  );
}
