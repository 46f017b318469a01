import { openTestDb, scopeAs } from '../test-db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@shared/auth/roles';
import { packageContents } from '@shared/exchange/build';
import type { PersonId, ReceptionId } from '@shared/model/ids';
import { AccessDeniedError, ANONYMOUS, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { auditChains, recordExport } from './audit';
import { loadDashboardData } from './dashboard';
import { collectPackageData } from './exchange';
import { undoImport } from './imports';
import { listRisks, saveRisk } from './monitoring';
import { createOperator, listOperators } from './operators';
import { savePerson } from './people';
import { recordLines } from './records-behind';
import { receptionsReport } from './reports';
import {
  createReception,
  getReception,
  openControlItems,
  receptionsInPeriod,
  receptionsOfCitizen,
  recordConfidentialView,
} from './receptions';
import { saveOfficeProfile, setIdleMinutes } from './settings';
import { replaceDatabase } from './backup';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const TODAY = '2026-11-20';
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const SECRET = 'Пробация: Ерлан Жақсылықов';

/** One open and one confidential reception of one citizen, one of them under control; an open and a confidential risk. */
async function office(): Promise<{ db: KelisimDb; citizen: PersonId; secret: ReceptionId }> {
  const db = await openTestDb();
  const admin = scopeAs(db);
  const citizen = (await savePerson(admin, { surname: 'Жақсылықов', givenName: 'Ерлан' }, TODAY)).person.id;
  const reception = { date: TODAY, citizenId: citizen, topicCode: 'land', outcome: 'explained', confidential: false };
  await createReception(admin, reception);
  const secret = await createReception(admin, {
    ...reception,
    topicCode: 'probation',
    summary: SECRET,
    confidential: true,
    outcome: 'control',
    responsibleBody: 'Служба пробации',
    deadline: '2026-12-10',
  });
  const risk = {
    placeId: '314839100',
    description: 'Открытый риск',
    source: 'police',
    level: 'low',
    identifiedOn: TODAY,
    nextReviewOn: '2026-12-20',
  };
  await saveRisk(admin, { ...risk, confidential: false });
  await saveRisk(admin, { ...risk, description: SECRET, confidential: true });
  return { db, citizen, secret: secret.id };
}

const denied = (permission: string) => expect.objectContaining({ name: 'AccessDeniedError', permission });

describe('the data layer applies each right itself, whatever a screen sends', () => {
  it.each<[Role, string, (scope: Scope) => Promise<unknown>]>([
    ['viewer', 'edit', (scope) => createReception(scope, { date: TODAY, topicCode: 'land', outcome: 'explained' })],
    ['exporter', 'edit', (scope) => savePerson(scope, { surname: 'Ким', givenName: 'Ирина' }, TODAY)],
    ['viewer', 'import', (scope) => undoImport(scope, 'batch' as never)],
    ['viewer', 'export', (scope) => recordExport(scope, { kind: 'people' }, 'f'.repeat(64))],
    [
      'viewer',
      'export',
      (scope) =>
        collectPackageData(scope, MONTH, {
          level: 'district',
          officeName: 'О',
          oblastId: '310000000',
          districtId: '314800000',
        }),
    ],
    ['editor', 'manage-users', (scope) => listOperators(scope)],
    [
      'editor',
      'manage-users',
      (scope) => createOperator(scope, { login: 'x1', displayName: 'X', role: 'viewer', password: '12345678' }, 1),
    ],
    ['editor', 'settings', (scope) => setIdleMinutes(scope, 5)],
    ['exporter', 'settings', (scope) => auditChains(scope)],
    [
      'editor',
      'settings',
      (scope) =>
        saveOfficeProfile(scope, {
          level: 'district',
          officeName: 'О',
          oblastId: '310000000',
          districtId: '314800000',
          language: 'ru',
        }),
    ],
    ['editor', 'restore', (scope) => replaceDatabase(scope, { tables: {} }, '0'.repeat(64))],
    ['viewer', 'view-confidential', (scope) => recordConfidentialView(scope, 'r' as ReceptionId)],
  ])('a %s is refused "%s"', async (role, permission, call) => {
    const { db } = await office();
    const before = await db.receptions.count();
    await expect(call(scopeAs(db, role))).rejects.toEqual(denied(permission));
    expect(await db.receptions.count()).toBe(before);
  });

  it('nobody signed in reads nothing', async () => {
    const { db } = await office();
    const anonymous: Scope = { db, actor: ANONYMOUS, keys: null };
    await expect(receptionsInPeriod(anonymous, MONTH, true)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listRisks(anonymous)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('confidential records never leave the layer for those without the right', () => {
  it.each<Role>(['viewer', 'exporter'])(
    'the journal, the control list and the card: a %s sees counts, not content',
    async (role) => {
      const { db, citizen, secret } = await office();
      const scope = scopeAs(db, role);
      const journal = await receptionsInPeriod(scope, MONTH, true);
      expect(journal.rows.map((r) => r.topicCode)).toEqual(['land']);
      expect(journal.hidden).toBe(1);
      const control = await openControlItems(scope, TODAY, true);
      expect(control).toEqual({ rows: [], hidden: 1 });
      expect(await getReception(scope, secret)).toBeUndefined();
      // Not even a count on the person's card: it would say this citizen has a confidential matter.
      expect((await receptionsOfCitizen(scope, citizen)).map((r) => r.confidential)).toEqual([false]);
      const risks = await listRisks(scope);
      expect(risks.rows.map((risk) => risk.description)).toEqual(['Открытый риск']);
      expect(risks.hidden).toBe(1);
    },
  );

  it('the dashboard counts them for a viewer, but not under their topic: "religion" would say what the matter was', async () => {
    const { db } = await office();
    const topics = async (role: Role) =>
      (await loadDashboardData(scopeAs(db, role))).receptions.map((reception) => reception.topicCode).sort();
    expect(await topics('viewer')).toEqual(['confidential', 'land']);
    expect(await topics('editor')).toEqual(['land', 'probation']);
  });

  it('the dashboard drill-down lists them only to those who may see them, and counts them for the rest', async () => {
    const { db, secret } = await office();
    const ids = (await db.receptions.toArray()).map((r) => r.id);
    const forViewer = await recordLines(scopeAs(db, 'viewer'), { table: 'receptions', ids });
    expect(forViewer.rows.map((line) => line.id)).not.toContain(secret);
    expect(forViewer.rows.length + forViewer.hidden).toBe(2);
    const forEditor = await recordLines(scopeAs(db, 'editor'), { table: 'receptions', ids });
    expect(forEditor).toMatchObject({ hidden: 0 });
    expect(forEditor.rows).toHaveLength(2);
  });

  it('the reception export: an exporter who ticks "include confidential" gets no confidential row, and the note counts it', async () => {
    const { db } = await office();
    const options = {
      language: 'ru' as const,
      headers: 'ru' as const,
      maskPersonalData: false,
      asOf: TODAY,
      today: TODAY,
      includeConfidential: true,
    };
    const [journal] = await receptionsReport(scopeAs(db, 'exporter'), MONTH, options);
    expect(JSON.stringify(journal?.rows)).not.toContain('Пробация');
    expect(journal?.rows).toHaveLength(1);
    expect(journal?.notes).toEqual(['Не включены конфиденциальные приёмы: 1']);
    const [full] = await receptionsReport(scopeAs(db, 'editor'), MONTH, options);
    expect(JSON.stringify(full?.rows)).toContain(SECRET);
  });

  it('the exchange package: an exporter who ticks "include confidential" sends none, and the package says how many were left out', async () => {
    const { db } = await office();
    const profile = { level: 'district' as const, officeName: 'О', oblastId: '310000000', districtId: '314800000' };
    const options = {
      language: 'ru' as const,
      includeConfidential: true,
      includeMonitoring: true,
      maskPersonalData: false,
      createdAt: '2026-11-20T04:00:00.000Z',
      asOf: TODAY,
      appVersion: '0.1.0',
      schemaVersion: 8,
    };
    const sent = packageContents(await collectPackageData(scopeAs(db, 'exporter'), MONTH, profile), options);
    expect(JSON.stringify(sent.rows)).not.toContain(SECRET);
    expect(sent.rows.receptions).toHaveLength(1);
    expect(sent.meta.confidentialLeftOut).toBe(1);
    const byEditor = packageContents(await collectPackageData(scopeAs(db, 'editor'), MONTH, profile), options);
    expect(JSON.stringify(byEditor.rows)).toContain(SECRET);
    expect(byEditor.meta.confidentialLeftOut).toBe(0);
  });
});
