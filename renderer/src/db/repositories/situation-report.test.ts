import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccessDeniedError } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { createEvent } from './events';
import { saveCouncil, saveMediationCase, saveRisk } from './monitoring';
import { buildSituationReport } from './situation-report';

const TODAY = '2026-11-20';
const AUTUMN = { from: '2026-09-01', to: '2026-11-30' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T04:00:00Z`));
});
afterEach(() => vi.useRealTimers());

async function office() {
  const db = await openTestDb();
  const admin = scopeAs(db);
  const [measure] = await createEvent(admin, {
    title: 'Встреча старейшин',
    titleKk: 'Ақсақалдар кездесуі',
    typeCode: 'round_table',
    start: '2026-11-12T10:00',
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    status: 'held',
    links: [],
  });
  await saveRisk(admin, {
    placeId: 'place-1',
    description: 'Спор за пастбище',
    groupIds: [],
    source: 'focus_group',
    level: 'high',
    identifiedOn: '2026-11-10',
    status: 'watched',
    nextReviewOn: '2026-11-17',
    measureEventIds: [measure?.id],
  });
  const council = await saveCouncil(admin, { name: 'Совет биев', nameKk: 'Билер кеңесі', kind: 'biys', memberIds: [] });
  await saveMediationCase(admin, {
    date: '2026-11-15',
    parties: ['семья А.', 'семья Б.'],
    disputeType: 'land',
    councilId: council.id,
    result: 'reconciled',
  });
  return db;
}

describe('the справка on the inter-ethnic situation, built from the database', () => {
  it('is refused to a viewer and to an exporter, who have no right to confidential records, and logs nothing for them', async () => {
    const db = await office();
    const before = await db.auditLog.count();
    for (const role of ['viewer', 'exporter'] as const)
      await expect(buildSituationReport(scopeAs(db, role), AUTUMN, 'ru', TODAY)).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
    expect(await db.auditLog.count()).toBe(before);
  });

  it('is built for an administrator in either language, and every build is in the action log', async () => {
    const db = await office();
    const admin = scopeAs(db);
    const ru = await buildSituationReport(admin, AUTUMN, 'ru', TODAY);
    expect(ru[1]?.rows[0]?.[1]).toBe('Высокий уровень: 1');
    expect(ru[1]?.rows[1]?.[6]).toBe('12.11.2026 Встреча старейшин');
    expect(ru[2]?.rows[0]?.[4]).toBe('Совет биев');
    const kk = await buildSituationReport(admin, AUTUMN, 'kk', TODAY);
    expect(kk[1]?.rows[1]?.[6]).toBe('12.11.2026 Ақсақалдар кездесуі');
    expect(kk[2]?.rows[0]?.[4]).toBe('Билер кеңесі');
    expect(kk[0]?.subtitle).toContain('Құпия');
    const builds = (await db.auditLog.orderBy('seq').toArray())
      .filter((entry) => entry.action === 'view-confidential')
      .map((entry) => entry.details);
    expect(builds).toEqual([
      { kind: 'report-situation', from: AUTUMN.from, to: AUTUMN.to, language: 'ru' },
      { kind: 'report-situation', from: AUTUMN.from, to: AUTUMN.to, language: 'kk' },
    ]);
  });
});
