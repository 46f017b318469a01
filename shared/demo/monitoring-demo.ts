import { addDays } from '../dates/iso';
import {
  toCouncilId,
  toEventId,
  toMediationCaseId,
  toPersonId,
  toPlaceId,
  toPopulationRecordId,
  toTensionRiskId,
} from '../model/ids';
import {
  councilKinds,
  disputeTypes,
  mediationResults,
  riskSources,
  type Council,
  type KelisimEvent,
  type MediationCase,
  type Person,
  type PopulationRecord,
  type RiskLevel,
  type TensionRisk,
} from '../model/records';
import { defaultReviewDate } from '../monitoring/risks';
import { SeededRandom } from './random';

export interface MonitoringDemo {
  population: PopulationRecord[];
  tensionRisks: TensionRisk[];
  councils: Council[];
  mediationCases: MediationCase[];
}

/** People the demo counts per settlement stand for this many residents: a village, not a handful. */
const RESIDENTS_PER_PERSON = 25;

const RISKS: readonly { description: string; level: RiskLevel }[] = [
  { description: 'Спор о пастбищах между жителями двух сёл, обсуждается в соцсетях', level: 'high' },
  { description: 'Слухи о распределении земельных участков по национальному признаку', level: 'medium' },
  { description: 'Конфликт молодёжи после спортивного турнира', level: 'low' },
];

const PARTIES: readonly (readonly [string, string])[] = [
  ['семья Ахметовых', 'семья Ли'],
  ['жители ул. Абая', 'крестьянское хозяйство «Береке»'],
  ['семья Омаровых', 'семья Лукьяненко'],
  ['молодёжь с. Кенен', 'молодёжь с. Сортобе'],
];

/**
 * Monitoring records for the demo district: each settlement's population by ethnos (the demo's own
 * people there, scaled to a village), three tension risks with measures and history, two councils
 * and a year of mediation cases. Drawn from a separate seed, so the other demo records stay the same.
 */
export function monitoringDemo(
  options: { today: string; author: string; seed: number },
  people: readonly Person[],
  officials: readonly Person[],
  events: readonly KelisimEvent[],
): MonitoringDemo {
  const random = new SeededRandom(options.seed);
  const stamp = `${options.today}T09:00:00.000Z`;
  const base = { createdAt: stamp, updatedAt: stamp, author: options.author };
  const year = Number(options.today.slice(0, 4));

  const byPlace = new Map<string, Record<string, number>>();
  for (const person of people) {
    if (!person.placeId || !person.ethnicGroupId) continue;
    const counts = byPlace.get(person.placeId) ?? {};
    counts[person.ethnicGroupId] = (counts[person.ethnicGroupId] ?? 0) + RESIDENTS_PER_PERSON;
    byPlace.set(person.placeId, counts);
  }
  const population: PopulationRecord[] = [...byPlace.entries()].map(([placeId, byEthnicGroup]) => ({
    id: toPopulationRecordId(random.uuid()),
    ...base,
    placeId: toPlaceId(placeId),
    year,
    byEthnicGroup,
  }));

  const places = [...byPlace.keys()];
  const tensionRisks: TensionRisk[] = places.length
    ? RISKS.map((risk, index) => {
        const placeId = toPlaceId(random.pick(places));
        const identifiedOn = addDays(options.today, -random.int(20, 170));
        const measures = events.filter(
          (event) => event.placeId === placeId && event.start.slice(0, 10) >= identifiedOn,
        );
        const raised: RiskLevel = risk.level === 'high' ? 'medium' : risk.level;
        const levelHistory: TensionRisk['levelHistory'] = [{ on: identifiedOn, to: raised, author: options.author }];
        if (raised !== risk.level)
          levelHistory.push({
            on: addDays(identifiedOn, 10),
            from: raised,
            to: risk.level,
            note: 'Обострение после публикаций в соцсетях',
            author: options.author,
          });
        return {
          id: toTensionRiskId(random.uuid()),
          ...base,
          placeId,
          description: risk.description,
          groupIds: [],
          source: riskSources[index % riskSources.length] ?? 'media',
          level: risk.level,
          levelHistory,
          status: 'watched',
          identifiedOn,
          nextReviewOn: defaultReviewDate(risk.level, addDays(identifiedOn, 10)),
          measureEventIds: measures.slice(0, 2).map((event) => toEventId(event.id)),
          confidential: true,
          ...(officials[index] ? { responsiblePersonId: officials[index].id } : {}),
        };
      })
    : [];

  const councils: Council[] = (['public_harmony', 'biys'] as const).map((kind) => ({
    id: toCouncilId(random.uuid()),
    ...base,
    kind: councilKinds.includes(kind) ? kind : 'public_harmony',
    name: kind === 'biys' ? 'Совет биев района' : 'Совет общественного согласия района',
    memberIds: officials.slice(0, 5).map((person) => toPersonId(person.id)),
  }));

  const mediationCases: MediationCase[] = Array.from({ length: 8 }, (_, index) => {
    const council = random.pick(councils);
    const result = index < 2 ? undefined : random.pick(mediationResults);
    return {
      id: toMediationCaseId(random.uuid()),
      ...base,
      date: addDays(options.today, -random.int(5, 300)),
      ...(places.length ? { placeId: toPlaceId(random.pick(places)) } : {}),
      parties: [...(PARTIES[index % PARTIES.length] ?? ['сторона 1', 'сторона 2'])],
      disputeType: random.pick(disputeTypes),
      councilId: council.id,
      ...(result ? { result } : {}),
      confidential: true,
    };
  });

  return { population, tensionRisks, councils, mediationCases };
}
