import type { CouncilId, MediationCaseId, PopulationRecordId, ReceptionId, TensionRiskId } from '@shared/model/ids';
import type {
  BaseRecord,
  Council,
  IsoDate,
  MediationCase,
  PopulationRecord,
  RiskLevel,
  TensionRisk,
} from '@shared/model/records';
import { councilInputSchema, mediationCaseFields, mediationCaseInputSchema } from '@shared/monitoring/mediation';
import { monitoringSettingsSchema, type MonitoringSettings } from '@shared/monitoring/population';
import { populationInputSchema } from '@shared/monitoring/population-input';
import { changeLevel, riskFields, riskInputSchema } from '@shared/monitoring/risks';
import { isRealDate } from '@shared/dates/iso';
import { nowTimestamp, today } from '@/lib/clock';
import { Dexie } from 'dexie';
import {
  AccessDeniedError,
  authorize,
  authorOf,
  visibleRecord,
  visibleRecords,
  type Scope,
  type Visible,
} from '../access';
import { isClosed, openMediationCase, openRisk, sealMediationCase, sealRisk } from '../sealing';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

const SETTINGS_ID = 'monitoring';

const live = <T extends { deletedAt?: string }>(records: T[]) => records.filter((record) => !record.deletedAt);

/** The compact-residence rule and the months without work, with defaults for anything not set. */
export async function getMonitoringSettings(scope: Scope): Promise<MonitoringSettings> {
  authorize(scope, 'view');
  const { db } = scope;
  const stored = await db.settings.get(SETTINGS_ID);
  const parsed = monitoringSettingsSchema.safeParse(stored?.value ?? {});
  // A damaged record (not even an object) reads as the defaults, never as a failure.
  return parsed.success ? parsed.data : monitoringSettingsSchema.parse({});
}

export async function saveMonitoringSettings(scope: Scope, settings: MonitoringSettings): Promise<void> {
  authorize(scope, 'settings');
  const { db } = scope;
  const value = monitoringSettingsSchema.parse(settings);
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    await db.settings.put({ id: SETTINGS_ID, value, updatedAt: nowTimestamp() });
    await appendAudit(scope, 'update', { table: 'settings', recordId: SETTINGS_ID });
  });
}

export async function listPopulation(scope: Scope): Promise<PopulationRecord[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return live(await db.population.toArray());
}

/** Risks as the actor may see them: without the right, only those marked open to all, and how many are not. */
export async function listRisks(scope: Scope): Promise<Visible<TensionRisk>> {
  authorize(scope, 'view');
  const { rows, hidden } = visibleRecords(scope, await scope.db.tensionRisks.toArray());
  return { rows: await Promise.all(rows.map((risk) => openRisk(scope.keys, risk))), hidden };
}

export async function getRisk(scope: Scope, id: TensionRiskId): Promise<TensionRisk | undefined> {
  authorize(scope, 'view');
  const risk = visibleRecord(scope, await scope.db.tensionRisks.get(id));
  if (risk && isClosed(scope.keys, risk)) throw new AccessDeniedError('view-confidential');
  return risk && Dexie.waitFor(openRisk(scope.keys, risk));
}

/** The risk a reception opened, if it opened one: "open a risk" then shows it instead of making another. */
export async function riskOfReception(scope: Scope, receptionId: ReceptionId): Promise<TensionRisk | undefined> {
  authorize(scope, 'view');
  const risks = await scope.db.tensionRisks.where('originReceptionId').equals(receptionId).toArray();
  const [risk] = visibleRecords(scope, risks).rows;
  return risk && openRisk(scope.keys, risk);
}

/** Creates a risk, or saves an edited one; a change of level goes into its history with the note. */
export async function saveRisk(scope: Scope, input: unknown, id?: TensionRiskId, note?: string): Promise<TensionRisk> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = riskInputSchema(today()).parse(input);
  return db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const previous = id ? await getRisk(scope, id) : undefined;
    if (id && !previous) throw new Error('risk not found');
    const change = { on: today(), author: authorOf(scope.actor), ...(note ? { note } : {}) };
    const base: BaseRecord<TensionRiskId> = previous
      ? (({ id: kept, createdAt, updatedAt, author }) => ({ id: kept, createdAt, updatedAt, author }))(
          touched(previous, scope.actor),
        )
      : newRecordFields<TensionRiskId>(scope.actor);
    const risk: TensionRisk = { ...base, ...riskFields(parsed, previous, change) };
    await db.tensionRisks.put(await Dexie.waitFor(sealRisk(scope.keys, risk)));
    await appendAudit(scope, previous ? 'update' : 'create', { table: 'tensionRisks', recordId: risk.id });
    return risk;
  });
}

/** A new level with the reason, as the risk is reviewed: the history keeps every level it had. */
export async function changeRiskLevel(
  scope: Scope,
  id: TensionRiskId,
  level: RiskLevel,
  note: string,
  nextReviewOn?: IsoDate,
): Promise<TensionRisk> {
  authorize(scope, 'edit');
  const { db } = scope;
  return db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const risk = await getRisk(scope, id);
    if (!risk) throw new Error('risk not found');
    if (risk.status === 'resolved') throw new Error('a resolved risk has no level to change');
    if (nextReviewOn !== undefined && (!isRealDate(nextReviewOn) || nextReviewOn < risk.identifiedOn))
      throw new Error('review date before the risk was identified');
    if (risk.level === level && !nextReviewOn) return risk;
    const changed: TensionRisk = {
      ...touched(changeLevel(risk, level, { on: today(), author: authorOf(scope.actor), note }), scope.actor),
      ...(nextReviewOn ? { nextReviewOn } : {}),
    };
    await db.tensionRisks.put(await Dexie.waitFor(sealRisk(scope.keys, changed)));
    await appendAudit(scope, 'update', { table: 'tensionRisks', recordId: id });
    return changed;
  });
}

/** Every opening of a risk card is written to the audit log: who and when, never the content. */
export async function recordRiskView(scope: Scope, id: TensionRiskId): Promise<void> {
  authorize(scope, 'view');
  const { db } = scope;
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(scope, 'view-confidential', { table: 'tensionRisks', recordId: id }),
  );
}

/** Every opening of a mediation case is written to the audit log too, as for risks and receptions. */
export async function recordMediationView(scope: Scope, id: MediationCaseId): Promise<void> {
  authorize(scope, 'view');
  await appendAudit(scope, 'view-confidential', { table: 'mediationCases', recordId: id });
}

/** Deletes a risk from the register; it stays in the database, marked, so that it can be brought back. */
export async function deleteRisk(scope: Scope, id: TensionRiskId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const risk = await db.tensionRisks.get(id);
    if (!risk || risk.deletedAt) return;
    await db.tensionRisks.put({ ...touched(risk, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'tensionRisks', recordId: id });
  });
}

/** Brings a deleted risk back into the register ("undo" right after deleting it). */
export async function restoreRisk(scope: Scope, id: TensionRiskId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const risk = await db.tensionRisks.get(id);
    if (!risk?.deletedAt) return;
    const restored = touched(risk, scope.actor);
    delete restored.deletedAt;
    await db.tensionRisks.put(restored);
    await appendAudit(scope, 'restore-record', { table: 'tensionRisks', recordId: id });
  });
}

export async function listCouncils(scope: Scope): Promise<Council[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return live(await db.councils.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

export async function saveCouncil(scope: Scope, input: unknown, id?: CouncilId): Promise<Council> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = councilInputSchema.parse(input);
  return db.transaction('rw', db.councils, db.auditLog, async () => {
    const found = id ? await db.councils.get(id) : undefined;
    const previous = found && !found.deletedAt ? found : undefined;
    if (id && !previous) throw new Error('council not found');
    const base = previous ? touched(previous, scope.actor) : newRecordFields<CouncilId>(scope.actor);
    const council: Council = {
      id: base.id,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      author: base.author,
      name: parsed.name,
      ...(parsed.nameKk ? { nameKk: parsed.nameKk } : {}),
      kind: parsed.kind,
      memberIds: parsed.memberIds,
      ...(parsed.placeId ? { placeId: parsed.placeId } : {}),
    };
    await db.councils.put(council);
    await appendAudit(scope, previous ? 'update' : 'create', { table: 'councils', recordId: council.id });
    return council;
  });
}

/** Cases newest first, as the actor may see them (see listRisks). */
export async function listMediationCases(scope: Scope): Promise<Visible<MediationCase>> {
  authorize(scope, 'view');
  const { rows, hidden } = visibleRecords(scope, await scope.db.mediationCases.orderBy('date').reverse().toArray());
  return { rows: await Promise.all(rows.map((item) => openMediationCase(scope.keys, item))), hidden };
}

export async function saveMediationCase(scope: Scope, input: unknown, id?: MediationCaseId): Promise<MediationCase> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = mediationCaseInputSchema(today()).parse(input);
  return db.transaction('rw', db.mediationCases, db.auditLog, async () => {
    const found = id ? await db.mediationCases.get(id) : undefined;
    const previous = found && !found.deletedAt ? found : undefined;
    if (id && !previous) throw new Error('case not found');
    const base = previous ? touched(previous, scope.actor) : newRecordFields<MediationCaseId>(scope.actor);
    const saved: MediationCase = {
      id: base.id,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      author: base.author,
      ...mediationCaseFields(parsed),
    };
    await db.mediationCases.put(await Dexie.waitFor(sealMediationCase(scope.keys, saved)));
    await appendAudit(scope, previous ? 'update' : 'create', { table: 'mediationCases', recordId: saved.id });
    return saved;
  });
}

/**
 * A settlement's population for a year typed in by hand: it replaces the record of that settlement
 * and year if there is one (a correction), else it is added beside the other years.
 */
export async function savePopulation(scope: Scope, input: unknown): Promise<PopulationRecord> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = populationInputSchema(today()).parse(input);
  return db.transaction('rw', db.population, db.auditLog, async () => {
    const sameYear = live(await db.population.where('placeId').equals(parsed.placeId).toArray()).find(
      (record) => record.year === parsed.year,
    );
    const base = sameYear ? touched(sameYear, scope.actor) : newRecordFields<PopulationRecordId>(scope.actor);
    const record: PopulationRecord = {
      id: base.id,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      author: base.author,
      placeId: parsed.placeId,
      year: parsed.year,
      byEthnicGroup: parsed.byEthnicGroup,
      ...(parsed.total !== undefined ? { total: parsed.total } : {}),
    };
    await db.population.put(record);
    await appendAudit(scope, sameYear ? 'update' : 'create', { table: 'population', recordId: record.id });
    return record;
  });
}
