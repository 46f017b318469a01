import type { Transaction } from 'dexie';
import type { MediationCase, Person, Reception, TensionRisk } from '@shared/model/records';

/**
 * Version 9: confidential content sealed with the office field key.
 * - receptions by citizen tag: a sealed reception names its citizen by a blind tag only those with
 *   the key can make, so their card still finds it;
 * - receptions, tension risks, mediation cases and people by `unsealed`: content still in clear
 *   that the next session with the key seals. This upgrade cannot seal itself — the key exists only
 *   once an operator signs in — so it marks what is to be sealed, and the first sign-in of an
 *   operator allowed confidential records seals it in the background.
 */
export const v9Stores = {
  receptions:
    'id, date, citizenId, officialId, visitId, outcome, topicCode, openControlDue, deletedAt, citizenTag, unsealed',
  tensionRisks: 'id, placeId, level, status, nextReviewOn, originReceptionId, *measureEventIds, unsealed',
  mediationCases: 'id, date, placeId, councilId, mediatorId, unsealed',
  people: 'id, iin, surname, deletedAt, *searchTokens, unsealed',
} as const;

export async function upgradeToV9(tx: Transaction): Promise<void> {
  await tx
    .table<Reception, string>('receptions')
    .filter((reception) => reception.confidential)
    .modify({ unsealed: 1 });
  await tx
    .table<TensionRisk, string>('tensionRisks')
    .filter((risk) => risk.confidential)
    .modify({ unsealed: 1 });
  await tx
    .table<MediationCase, string>('mediationCases')
    .filter((item) => item.confidential)
    .modify({ unsealed: 1 });
  await tx
    .table<Person, string>('people')
    .filter((person) => Boolean(person.notes))
    .modify({ unsealed: 1 });
}
