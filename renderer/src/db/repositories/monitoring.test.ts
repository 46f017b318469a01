import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CouncilId, PersonId, ReceptionId, TensionRiskId } from '@shared/model/ids';
import type { OperatorId } from '@shared/model/records';
import { operatorActor, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { openTestDb, scopeAs } from '../test-db';
import { auditEntries, verifyAuditLog } from './audit';
import {
  changeRiskLevel,
  deleteRisk,
  getMonitoringSettings,
  getRisk,
  listCouncils,
  listMediationCases,
  listRisks,
  recordMediationView,
  recordRiskView,
  riskOfReception,
  saveCouncil,
  saveMediationCase,
  saveMonitoringSettings,
  saveRisk,
} from './monitoring';

/** The database as an editor signed in with this login sees it: what they save carries their name. */
function editorScope(db: KelisimDb, login: string): Scope {
  return { db, actor: operatorActor({ id: login as OperatorId, login, role: 'editor' }), keys: null };
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const TODAY = '2026-11-20';
const reception = 'reception-1' as ReceptionId;

const watchedRisk = {
  placeId: 'place-1',
  description: 'Спор за пастбище между жителями двух сёл',
  groupIds: ['kazakh', 'uzbek'],
  source: 'focus_group',
  level: 'medium',
  identifiedOn: '2026-11-10',
  status: 'watched',
  nextReviewOn: '2026-12-10',
};

const mediation = {
  date: '2026-11-15',
  parties: ['семья Ахметовых', 'семья Ли'],
  disputeType: 'household',
  mediatorId: 'person-1',
};

beforeEach(() => {
  // Only the date is faked: IndexedDB's own timers keep running. 04:00 UTC is 09:00 in Kazakhstan.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T04:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('tension risks', () => {
  it('a new risk starts its history with the level it was identified with and is confidential by default', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(editorScope(db, 'aigerim'), watchedRisk);
    expect(risk.level).toBe('medium');
    expect(risk.levelHistory).toEqual([{ on: '2026-11-10', to: 'medium', author: 'aigerim' }]);
    expect(risk.confidential).toBe(true);
    expect(risk.groupIds).toEqual(['kazakh', 'uzbek']);
    expect(risk.author).toBe('aigerim');
    expect(await getRisk(scope, risk.id)).toEqual(risk);
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'create', table: 'tensionRisks', recordId: risk.id, actor: 'aigerim' });
  });

  it('keeps a risk open to everyone when the user says so', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, { ...watchedRisk, confidential: false });
    expect(risk.confidential).toBe(false);
  });

  it('refuses a watched risk without a review date and stores nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveRisk(scope, { ...watchedRisk, nextReviewOn: '' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['nextReviewOn'], message: 'required' })],
    });
    expect(await db.tensionRisks.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses a risk identified in the future', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveRisk(scope, { ...watchedRisk, identifiedOn: '2026-11-21' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['identifiedOn'], message: 'date_future' })],
    });
    expect(await db.tensionRisks.count()).toBe(0);
  });

  it('a resolved risk needs no review date and remembers the day it was resolved', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { nextReviewOn: _unused, ...withoutReview } = watchedRisk;
    const risk = await saveRisk(scope, { ...withoutReview, status: 'resolved' });
    expect(risk.status).toBe('resolved');
    expect(risk.resolvedOn).toBe(TODAY);
    expect(risk.nextReviewOn).toBeUndefined();
  });

  it('an edit with a new level appends a history entry with the note and keeps the earlier ones', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(editorScope(db, 'aigerim'), watchedRisk);
    vi.setSystemTime(new Date('2026-11-25T04:00:00Z'));
    const edited = await saveRisk(
      editorScope(db, 'bolat'),
      { ...watchedRisk, level: 'high' },
      risk.id,
      'Драка на выпасе',
    );
    expect(edited.id).toBe(risk.id);
    expect(edited.createdAt).toBe(risk.createdAt);
    expect(edited.level).toBe('high');
    expect(edited.levelHistory).toEqual([
      { on: '2026-11-10', to: 'medium', author: 'aigerim' },
      { on: '2026-11-25', from: 'medium', to: 'high', author: 'bolat', note: 'Драка на выпасе' },
    ]);
    expect(must(await getRisk(scope, risk.id)).levelHistory).toHaveLength(2);
    expect(await db.tensionRisks.count()).toBe(1);
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'update', table: 'tensionRisks', recordId: risk.id, actor: 'bolat' });
    expect(await db.auditLog.count()).toBe(2);
  });

  it('an edit that keeps the level adds nothing to the history but saves the other fields', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    const edited = await saveRisk(scope, { ...watchedRisk, description: 'Уточнено: спор о водопое' }, risk.id, 'x');
    expect(edited.levelHistory).toEqual(risk.levelHistory);
    expect(must(await getRisk(scope, risk.id)).description).toBe('Уточнено: спор о водопое');
  });

  it('refuses to edit a risk that does not exist and writes no audit entry', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveRisk(scope, watchedRisk, 'missing' as TensionRiskId)).rejects.toThrow('risk not found');
    expect(await db.tensionRisks.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('changeRiskLevel appends to the history and can set the next review', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    vi.setSystemTime(new Date('2026-11-27T04:00:00Z'));
    const bolat = editorScope(db, 'bolat');
    const raised = await changeRiskLevel(bolat, risk.id, 'high', 'Обращения участились', '2026-12-04');
    expect(raised.level).toBe('high');
    expect(raised.nextReviewOn).toBe('2026-12-04');
    expect(raised.levelHistory).toHaveLength(2);
    expect(raised.levelHistory[0]).toEqual(risk.levelHistory[0]);
    expect(raised.levelHistory[1]).toEqual({
      on: '2026-11-27',
      from: 'medium',
      to: 'high',
      author: 'bolat',
      note: 'Обращения участились',
    });
    expect(raised.updatedAt).toBe('2026-11-27T04:00:00.000Z');
    expect(await getRisk(scope, risk.id)).toEqual(raised);

    const lowered = await changeRiskLevel(bolat, risk.id, 'low', 'Стороны примирились');
    expect(lowered.levelHistory.map((entry) => entry.to)).toEqual(['medium', 'high', 'low']);
    expect(lowered.nextReviewOn).toBe('2026-12-04');
    expect((await auditEntries(scope, 3)).map((entry) => entry.action)).toEqual(['update', 'update', 'create']);
  });

  it('changeRiskLevel refuses a risk that does not exist', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(changeRiskLevel(scope, 'missing' as TensionRiskId, 'high', 'x')).rejects.toThrow('risk not found');
    expect(await db.auditLog.count()).toBe(0);
  });

  it('riskOfReception finds the risk a reception opened, and not once it is deleted', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await saveRisk(scope, watchedRisk);
    expect(await riskOfReception(scope, reception)).toBeUndefined();
    const opened = await saveRisk(scope, { ...watchedRisk, source: 'reception', originReceptionId: reception });
    expect(must(await riskOfReception(scope, reception)).id).toBe(opened.id);
    expect(await riskOfReception(scope, 'reception-2' as ReceptionId)).toBeUndefined();
    await deleteRisk(scope, opened.id);
    expect(await riskOfReception(scope, reception)).toBeUndefined();
  });

  it('recordRiskView writes who opened the card and never its content', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    await recordRiskView(editorScope(db, 'bolat'), risk.id);
    const [last] = await auditEntries(scope, 1);
    const entry = must(last);
    expect(entry).toMatchObject({
      action: 'view-confidential',
      table: 'tensionRisks',
      recordId: risk.id,
      actor: 'bolat',
      at: `${TODAY}T04:00:00.000Z`,
    });
    expect(entry.details).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain('пастбище');
    expect(JSON.stringify(entry)).not.toContain('place-1');
    expect(await db.auditLog.count()).toBe(2);
    expect(await verifyAuditLog(scope)).toEqual({ intact: true, entries: 2 });
  });

  it('a deleted risk leaves the list and can no longer be opened or changed', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const kept = await saveRisk(scope, watchedRisk);
    const removed = await saveRisk(scope, { ...watchedRisk, level: 'high' });
    await deleteRisk(scope, removed.id);
    expect((await listRisks(scope)).rows.map((risk) => risk.id)).toEqual([kept.id]);
    expect(await getRisk(scope, removed.id)).toBeUndefined();
    expect(must(await db.tensionRisks.get(removed.id)).deletedAt).toBe(`${TODAY}T04:00:00.000Z`);
    await expect(changeRiskLevel(scope, removed.id, 'low', 'x')).rejects.toThrow('risk not found');
    await expect(saveRisk(scope, watchedRisk, removed.id)).rejects.toThrow('risk not found');
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'delete', table: 'tensionRisks', recordId: removed.id });
  });

  it('deleting a risk twice writes one audit entry', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    await deleteRisk(scope, risk.id);
    await deleteRisk(scope, risk.id);
    await deleteRisk(scope, 'missing' as TensionRiskId);
    expect((await auditEntries(scope)).map((entry) => entry.action)).toEqual(['delete', 'create']);
  });
});

describe('councils', () => {
  it('are listed by name, with each member once', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await saveCouncil(scope, { name: 'Совет аксакалов', kind: 'veterans', memberIds: [] });
    const biys = await saveCouncil(scope, {
      name: 'Бийлер кеңесі',
      kind: 'biys',
      placeId: 'place-1',
      memberIds: ['p1', 'p2', 'p1'],
    });
    await saveCouncil(scope, { name: 'Ана кеңесі', kind: 'mothers' });
    expect(biys.memberIds).toEqual(['p1', 'p2']);
    expect(biys.placeId).toBe('place-1');
    const councils = await listCouncils(scope);
    expect(councils.map((council) => council.name)).toEqual(['Ана кеңесі', 'Бийлер кеңесі', 'Совет аксакалов']);
    expect(must(councils[2]).memberIds).toEqual([]);
    expect(await db.auditLog.count()).toBe(3);
  });

  it('an edit keeps the council and writes an update', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const council = await saveCouncil(scope, { name: 'Совет биев', kind: 'biys', memberIds: ['p1'] });
    vi.setSystemTime(new Date('2026-11-21T04:00:00Z'));
    const edited = await saveCouncil(
      scope,
      { name: 'Совет биев района', kind: 'biys', memberIds: ['p1', 'p3'] },
      council.id,
    );
    expect(edited.id).toBe(council.id);
    expect(edited.createdAt).toBe(council.createdAt);
    expect(edited.updatedAt).toBe('2026-11-21T04:00:00.000Z');
    expect(await listCouncils(scope)).toEqual([edited]);
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'update', table: 'councils', recordId: council.id });
  });

  it('refuses a council without a name or kind, and an unknown one to edit', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveCouncil(scope, { name: '  ', kind: 'biys' })).rejects.toThrow();
    await expect(saveCouncil(scope, { name: 'Совет' })).rejects.toThrow();
    await expect(saveCouncil(scope, { name: 'Совет', kind: 'biys' }, 'missing' as CouncilId)).rejects.toThrow(
      'council not found',
    );
    expect(await db.councils.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('mediation cases', () => {
  it('are confidential by default and written to the audit log', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const saved = await saveMediationCase(scope, { ...mediation, summary: '  ', result: '' });
    expect(saved).toMatchObject({
      date: '2026-11-15',
      parties: ['семья Ахметовых', 'семья Ли'],
      disputeType: 'household',
      mediatorId: 'person-1',
      confidential: true,
    });
    expect(saved.summary).toBeUndefined();
    expect(saved.result).toBeUndefined();
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'create', table: 'mediationCases', recordId: saved.id });
  });

  it('need a mediator or a council', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { mediatorId: _unused, ...withoutMediator } = mediation;
    await expect(saveMediationCase(scope, withoutMediator)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['mediatorId'], message: 'mediator_required' })],
    });
    expect(await db.mediationCases.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    const byCouncil = await saveMediationCase(scope, { ...withoutMediator, councilId: 'council-1' });
    expect(byCouncil.councilId).toBe('council-1');
    expect(byCouncil.mediatorId).toBeUndefined();
  });

  it('refuse a date after today, by the clock in Kazakhstan', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveMediationCase(scope, { ...mediation, date: '2026-11-21' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['date'], message: 'date_future' })],
    });
    expect(await db.mediationCases.count()).toBe(0);
    expect((await saveMediationCase(scope, { ...mediation, date: TODAY })).date).toBe(TODAY);
    // 20:00 UTC on the 20th is already 01:00 on the 21st in Kazakhstan.
    vi.setSystemTime(new Date(`${TODAY}T20:00:00Z`));
    expect((await saveMediationCase(scope, { ...mediation, date: '2026-11-21' })).date).toBe('2026-11-21');
  });

  it('are listed newest first', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await saveMediationCase(scope, { ...mediation, date: '2026-10-01' });
    await saveMediationCase(scope, { ...mediation, date: '2026-11-18' });
    await saveMediationCase(scope, { ...mediation, date: '2026-11-02' });
    expect((await listMediationCases(scope)).rows.map((item) => item.date)).toEqual([
      '2026-11-18',
      '2026-11-02',
      '2026-10-01',
    ]);
  });

  it('an edit keeps the case and records the result', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const opened = await saveMediationCase(scope, mediation);
    const closed = await saveMediationCase(scope, { ...mediation, result: 'reconciled' }, opened.id);
    expect(closed.id).toBe(opened.id);
    expect(closed.result).toBe('reconciled');
    expect((await listMediationCases(scope)).rows).toEqual([closed]);
    expect((await auditEntries(scope)).map((entry) => entry.action)).toEqual(['update', 'create']);
  });

  it('every opening of a case is written to the audit log, who and when, never the content', async () => {
    const db = await openTestDb();
    const scope = editorScope(db, 'aigerim');
    const item = await saveMediationCase(scope, {
      date: TODAY,
      parties: ['Семья Омаровых'],
      disputeType: 'land',
      mediatorId: 'p1',
    });
    await recordMediationView(scope, item.id);
    const [last] = await auditEntries(scopeAs(db), 1);
    expect(last).toMatchObject({
      action: 'view-confidential',
      table: 'mediationCases',
      recordId: item.id,
      actor: 'aigerim',
    });
    expect(JSON.stringify(last)).not.toContain('Омаровых');
  });
});

describe('monitoring settings', () => {
  const defaults = {
    compactRule: { basis: 'settlement_share', threshold: 0.5, minCount: 1 },
    monthsWithoutWork: 6,
  };

  it('are the defaults on an empty database', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    expect(await getMonitoringSettings(scope)).toEqual(defaults);
  });

  it('round-trip a threshold and the months without work, with an audit entry', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const settings = {
      compactRule: { basis: 'district_concentration' as const, threshold: 0.3, minCount: 50 },
      monthsWithoutWork: 12,
    };
    await saveMonitoringSettings(scope, settings);
    expect(await getMonitoringSettings(scope)).toEqual(settings);
    const [last] = await auditEntries(scope, 1);
    expect(last).toMatchObject({ action: 'update', table: 'settings', recordId: 'monitoring' });
  });

  it('replace invalid values with the defaults instead of refusing them', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await saveMonitoringSettings(scope, {
      compactRule: { basis: 'settlement_share', threshold: 1.5, minCount: -3 },
      monthsWithoutWork: 0,
    });
    expect(await getMonitoringSettings(scope)).toEqual(defaults);
    expect(must(await db.settings.get('monitoring')).value).toEqual(defaults);

    // A bad field falls back on its own; the valid ones next to it are kept.
    await saveMonitoringSettings(scope, {
      compactRule: { basis: 'district_concentration', threshold: 0, minCount: 10 },
      monthsWithoutWork: 61,
    });
    expect(await getMonitoringSettings(scope)).toEqual({
      compactRule: { basis: 'district_concentration', threshold: 0.5, minCount: 10 },
      monthsWithoutWork: 6,
    });
    expect(await db.auditLog.count()).toBe(2);
  });

  it('read a stored record with missing fields as the defaults for those fields', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.settings.put({ id: 'monitoring', value: { monthsWithoutWork: 3 }, updatedAt: '' });
    expect(await getMonitoringSettings(scope)).toEqual({ ...defaults, monthsWithoutWork: 3 });
  });
});

describe('the audit chain', () => {
  it('stays intact across every kind of save', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    await changeRiskLevel(scope, risk.id, 'high', 'Рост напряжённости');
    await recordRiskView(scope, risk.id);
    await deleteRisk(scope, risk.id);
    await saveCouncil(scope, { name: 'Совет биев', kind: 'biys', memberIds: ['p1' as PersonId] });
    await saveMediationCase(scope, mediation);
    await saveMonitoringSettings(scope, { ...(await getMonitoringSettings(scope)), monthsWithoutWork: 9 });
    expect(await verifyAuditLog(scope)).toEqual({ intact: true, entries: 7 });
  });
});

describe('guards on the monitoring records', () => {
  it('a damaged settings record reads as the defaults', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await db.settings.put({ id: 'monitoring', value: 'not an object', updatedAt: `${TODAY}T04:00:00Z` });
    expect((await getMonitoringSettings(scope)).monthsWithoutWork).toBe(6);
  });

  it('a level change refuses a resolved risk and a review day before the risk, and the same level writes nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const risk = await saveRisk(scope, watchedRisk);
    await expect(changeRiskLevel(scope, risk.id, 'high', 'x', '2026-11-01')).rejects.toThrow();
    const before = (await auditEntries(scope)).length;
    expect(await changeRiskLevel(scope, risk.id, 'medium', 'без изменений')).toEqual(risk);
    expect((await auditEntries(scope)).length).toBe(before);
    const resolved = await saveRisk(scope, { ...watchedRisk, status: 'resolved' }, risk.id);
    await expect(changeRiskLevel(scope, resolved.id, 'high', 'снова')).rejects.toThrow();
  });
});
