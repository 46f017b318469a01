import type { Period } from '../events/period';
import type {
  CouncilId,
  EthnicGroupId,
  EventId,
  MediationCaseId,
  PersonId,
  PlaceId,
  ReceptionId,
  TensionRiskId,
} from '../model/ids';
import type { Council, MediationCase, TensionRisk } from '../model/records';

/** Every text of the monitoring fixture carries this mark, so a test can look for any of it in a package. */
export const SECRET = 'СЕКРЕТ';

const stamp = { createdAt: '2025-01-10T05:00:00.000Z', updatedAt: '2025-01-10T05:00:00.000Z', author: 'test' };

/**
 * For tests: tension risks, mediation cases and a council around a period, with which of them a
 * package of that period holds (`inPackage`) and which it must leave out whatever is chosen.
 */
export function monitoringFixture(
  period: Period,
  refs: { place?: PlaceId; person?: PersonId; otherPerson?: PersonId; event?: EventId; reception?: ReceptionId } = {},
) {
  const yearBefore = `${Number(period.from.slice(0, 4)) - 1}`;
  const yearAfter = `${Number(period.to.slice(0, 4)) + 1}`;
  const risk = (id: string, fields: Partial<TensionRisk>): TensionRisk => ({
    ...stamp,
    id: id as TensionRiskId,
    description: `${SECRET}: риск ${id}`,
    groupIds: [],
    source: 'police',
    level: 'medium',
    levelHistory: [{ on: fields.identifiedOn ?? period.from, to: fields.level ?? 'medium', author: 'test' }],
    status: 'watched',
    identifiedOn: period.from,
    measureEventIds: [],
    confidential: true,
    ...fields,
  });
  const council: Council = {
    ...stamp,
    id: 'council-biys' as CouncilId,
    kind: 'biys',
    name: `Совет биев (${SECRET})`,
    memberIds: refs.person ? [refs.person] : [],
    ...(refs.place ? { placeId: refs.place } : {}),
  };
  const mediation = (id: string, fields: Partial<MediationCase>): MediationCase => ({
    ...stamp,
    id: id as MediationCaseId,
    date: period.from,
    parties: [`семья Ахметовых ${SECRET}`, 'жители ул. Абая'],
    disputeType: 'land',
    confidential: true,
    ...fields,
  });
  const risks = [
    risk('risk-pasture', {
      description: `${SECRET}: спор о пастбище\nмежду жителями двух сёл`,
      groupIds: ['kazakhs', 'uzbeks'] as EthnicGroupId[],
      source: 'reception',
      level: 'high',
      identifiedOn: period.from,
      nextReviewOn: period.to,
      ...(refs.place ? { placeId: refs.place } : {}),
      ...(refs.person ? { responsiblePersonId: refs.person } : {}),
      ...(refs.event ? { measureEventIds: [refs.event] } : {}),
      ...(refs.reception ? { originReceptionId: refs.reception } : {}),
    }),
    // Identified a year before, resolved during the period: it was watched in it.
    risk('risk-resolved-during', {
      identifiedOn: `${yearBefore}-11-02`,
      status: 'resolved',
      resolvedOn: period.to,
      level: 'low',
    }),
    // Resolved before the period began: not watched in it.
    risk('risk-resolved-before', {
      identifiedOn: `${yearBefore}-02-01`,
      status: 'resolved',
      resolvedOn: `${yearBefore}-03-01`,
    }),
    // Identified after the period ended.
    risk('risk-later', { identifiedOn: `${yearAfter}-02-01` }),
    risk('risk-deleted', { deletedAt: stamp.updatedAt }),
  ];
  const mediationCases = [
    mediation('case-land', {
      date: period.to,
      councilId: council.id,
      ...(refs.otherPerson ? { mediatorId: refs.otherPerson } : {}),
      ...(refs.place ? { placeId: refs.place } : {}),
      result: 'reconciled',
      followUp: `${SECRET}: проверить исполнение через месяц`,
      summary: `${SECRET}: суть спора не выгружается`,
    }),
    mediation('case-open', { disputeType: 'household', parties: [`Сейітов Нұрлан ${SECRET}`] }),
    mediation('case-before', { date: `${yearBefore}-12-31` }),
    mediation('case-deleted', { deletedAt: stamp.updatedAt }),
  ];
  return {
    risks,
    mediationCases,
    councils: [council],
    inPackage: { risks: ['risk-pasture', 'risk-resolved-during'], mediation: ['case-land', 'case-open'] },
  };
}
