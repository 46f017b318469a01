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
import type { KelisimDb } from '../db';
import { currentAuthor } from '../session';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

const SETTINGS_ID = 'monitoring';

const live = <T extends { deletedAt?: string }>(records: T[]) => records.filter((record) => !record.deletedAt);

/** The compact-residence rule and the months without work, with defaults for anything not set. */
export async function getMonitoringSettings(db: KelisimDb): Promise<MonitoringSettings> {
  const stored = await db.settings.get(SETTINGS_ID);
  const parsed = monitoringSettingsSchema.safeParse(stored?.value ?? {});
  // A damaged record (not even an object) reads as the defaults, never as a failure.
  return parsed.success ? parsed.data : monitoringSettingsSchema.parse({});
}

export async function saveMonitoringSettings(db: KelisimDb, settings: MonitoringSettings): Promise<void> {
  const value = monitoringSettingsSchema.parse(settings);
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    await db.settings.put({ id: SETTINGS_ID, value, updatedAt: nowTimestamp() });
    await appendAudit(db, 'update', { table: 'settings', recordId: SETTINGS_ID });
  });
}

export async function listPopulation(db: KelisimDb): Promise<PopulationRecord[]> {
  return live(await db.population.toArray());
}

export async function listRisks(db: KelisimDb): Promise<TensionRisk[]> {
  return live(await db.tensionRisks.toArray());
}

export async function getRisk(db: KelisimDb, id: TensionRiskId): Promise<TensionRisk | undefined> {
  const risk = await db.tensionRisks.get(id);
  return risk && !risk.deletedAt ? risk : undefined;
}

/** The risk a reception opened, if it opened one: "open a risk" then shows it instead of making another. */
export async function riskOfReception(db: KelisimDb, receptionId: ReceptionId): Promise<TensionRisk | undefined> {
  return live(await db.tensionRisks.where('originReceptionId').equals(receptionId).toArray())[0];
}

/** Creates a risk, or saves an edited one; a change of level goes into its history with the note. */
export async function saveRisk(db: KelisimDb, input: unknown, id?: TensionRiskId, note?: string): Promise<TensionRisk> {
  const parsed = riskInputSchema(today()).parse(input);
  return db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const previous = id ? await getRisk(db, id) : undefined;
    if (id && !previous) throw new Error('risk not found');
    const change = { on: today(), author: currentAuthor(), ...(note ? { note } : {}) };
    const base: BaseRecord<TensionRiskId> = previous
      ? (({ id: kept, createdAt, updatedAt, author }) => ({ id: kept, createdAt, updatedAt, author }))(
          touched(previous),
        )
      : newRecordFields<TensionRiskId>();
    const risk: TensionRisk = { ...base, ...riskFields(parsed, previous, change) };
    await db.tensionRisks.put(risk);
    await appendAudit(db, previous ? 'update' : 'create', { table: 'tensionRisks', recordId: risk.id });
    return risk;
  });
}

/** A new level with the reason, as the risk is reviewed: the history keeps every level it had. */
export async function changeRiskLevel(
  db: KelisimDb,
  id: TensionRiskId,
  level: RiskLevel,
  note: string,
  nextReviewOn?: IsoDate,
): Promise<TensionRisk> {
  return db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const risk = await getRisk(db, id);
    if (!risk) throw new Error('risk not found');
    if (risk.status === 'resolved') throw new Error('a resolved risk has no level to change');
    if (nextReviewOn !== undefined && (!isRealDate(nextReviewOn) || nextReviewOn < risk.identifiedOn))
      throw new Error('review date before the risk was identified');
    if (risk.level === level && !nextReviewOn) return risk;
    const changed: TensionRisk = {
      ...touched(changeLevel(risk, level, { on: today(), author: currentAuthor(), note })),
      ...(nextReviewOn ? { nextReviewOn } : {}),
    };
    await db.tensionRisks.put(changed);
    await appendAudit(db, 'update', { table: 'tensionRisks', recordId: id });
    return changed;
  });
}

/** Every opening of a risk card is written to the audit log: who and when, never the content. */
export async function recordRiskView(db: KelisimDb, id: TensionRiskId): Promise<void> {
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(db, 'view-confidential', { table: 'tensionRisks', recordId: id }),
  );
}

export async function deleteRisk(db: KelisimDb, id: TensionRiskId): Promise<void> {
  await db.transaction('rw', db.tensionRisks, db.auditLog, async () => {
    const risk = await db.tensionRisks.get(id);
    if (!risk || risk.deletedAt) return;
    await db.tensionRisks.put({ ...touched(risk), deletedAt: nowTimestamp() });
    await appendAudit(db, 'delete', { table: 'tensionRisks', recordId: id });
  });
}

export async function listCouncils(db: KelisimDb): Promise<Council[]> {
  return live(await db.councils.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

export async function saveCouncil(db: KelisimDb, input: unknown, id?: CouncilId): Promise<Council> {
  const parsed = councilInputSchema.parse(input);
  return db.transaction('rw', db.councils, db.auditLog, async () => {
    const found = id ? await db.councils.get(id) : undefined;
    const previous = found && !found.deletedAt ? found : undefined;
    if (id && !previous) throw new Error('council not found');
    const base = previous ? touched(previous) : newRecordFields<CouncilId>();
    const council: Council = {
      id: base.id,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      author: base.author,
      name: parsed.name,
      kind: parsed.kind,
      memberIds: parsed.memberIds,
      ...(parsed.placeId ? { placeId: parsed.placeId } : {}),
    };
    await db.councils.put(council);
    await appendAudit(db, previous ? 'update' : 'create', { table: 'councils', recordId: council.id });
    return council;
  });
}

export async function listMediationCases(db: KelisimDb): Promise<MediationCase[]> {
  return live(await db.mediationCases.orderBy('date').reverse().toArray());
}

export async function saveMediationCase(db: KelisimDb, input: unknown, id?: MediationCaseId): Promise<MediationCase> {
  const parsed = mediationCaseInputSchema(today()).parse(input);
  return db.transaction('rw', db.mediationCases, db.auditLog, async () => {
    const found = id ? await db.mediationCases.get(id) : undefined;
    const previous = found && !found.deletedAt ? found : undefined;
    if (id && !previous) throw new Error('case not found');
    const base = previous ? touched(previous) : newRecordFields<MediationCaseId>();
    const saved: MediationCase = {
      id: base.id,
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
      author: base.author,
      ...mediationCaseFields(parsed),
    };
    await db.mediationCases.put(saved);
    await appendAudit(db, previous ? 'update' : 'create', { table: 'mediationCases', recordId: saved.id });
    return saved;
  });
}

/**
 * A settlement's population for a year typed in by hand: it replaces the record of that settlement
 * and year if there is one (a correction), else it is added beside the other years.
 */
export async function savePopulation(db: KelisimDb, input: unknown): Promise<PopulationRecord> {
  const parsed = populationInputSchema(today()).parse(input);
  return db.transaction('rw', db.population, db.auditLog, async () => {
    const sameYear = live(await db.population.where('placeId').equals(parsed.placeId).toArray()).find(
      (record) => record.year === parsed.year,
    );
    const base = sameYear ? touched(sameYear) : newRecordFields<PopulationRecordId>();
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
    await appendAudit(db, sameYear ? 'update' : 'create', { table: 'population', recordId: record.id });
    return record;
  });
}
