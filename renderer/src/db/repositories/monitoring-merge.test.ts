import { describe, expect, it } from 'vitest';
import type { MediationCaseId, TensionRiskId } from '@shared/model/ids';
import type { MediationCase, TensionRisk } from '@shared/model/records';
import { openTestDb, scopeAs } from '../test-db';
import { mergePeople } from './merge-people';
import { savePerson } from './people';

const TODAY = '2026-11-30';
const stamp = { createdAt: '', updatedAt: '', author: '' };

describe('merging duplicate people', () => {
  it('moves the responsibility for a tension risk and a mediation to the person kept', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person: keep } = await savePerson(scope, { surname: 'Темирбулатов', givenName: 'Талгат' }, TODAY);
    const { person: drop } = await savePerson(scope, { surname: 'Темирбулатов', givenName: 'Талгат' }, TODAY);
    const risk: TensionRisk = {
      ...stamp,
      id: 'risk-1' as TensionRiskId,
      description: 'Спор за пастбище',
      groupIds: [],
      source: 'council',
      level: 'medium',
      levelHistory: [{ on: TODAY, to: 'medium', author: '' }],
      status: 'watched',
      identifiedOn: TODAY,
      responsiblePersonId: drop.id,
      measureEventIds: [],
      confidential: true,
    };
    const mediation: MediationCase = {
      ...stamp,
      id: 'case-1' as MediationCaseId,
      date: TODAY,
      parties: ['семья Ахметовых', 'семья Ли'],
      disputeType: 'household',
      mediatorId: drop.id,
      confidential: true,
    };
    await db.tensionRisks.add(risk);
    await db.mediationCases.add(mediation);

    await mergePeople(scope, keep.id, drop.id);

    expect((await db.tensionRisks.get(risk.id))?.responsiblePersonId).toBe(keep.id);
    expect((await db.mediationCases.get(mediation.id))?.mediatorId).toBe(keep.id);
  });
});
