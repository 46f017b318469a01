import { receptionOutcomes, type Reception, type ReceptionOutcome } from '../model/records';
import { exportableRecords } from '../monitoring/confidential';

export type OutcomeCounts = Record<ReceptionOutcome, number> & { total: number };

const zero = (): OutcomeCounts => ({ explained: 0, helped: 0, control: 0, referred: 0, declined: 0, total: 0 });

export interface SummaryBlock {
  /** District code, '' for receptions with no place. */
  district: string;
  byTopic: { topic: string; counts: OutcomeCounts }[];
  totals: OutcomeCounts;
}

export interface ReceptionSummary {
  districts: SummaryBlock[];
  totals: OutcomeCounts;
  /** Confidential receptions left out because the user did not include them. */
  leftOut: number;
}

/**
 * Topics × outcomes per district, as the oblast asks for the reception summary. Confidential
 * entries are counted only when the user includes them, and the number left out is reported so
 * the totals never silently disagree with the journal.
 */
export function receptionSummary(
  receptions: readonly Pick<Reception, 'topicCode' | 'outcome' | 'placeId' | 'confidential' | 'deletedAt'>[],
  districtOf: (placeId: string | undefined) => string,
  includeConfidential: boolean,
): ReceptionSummary {
  const blocks = new Map<string, Map<string, OutcomeCounts>>();
  const totals = zero();
  const { rows, leftOut } = exportableRecords(receptions, includeConfidential);
  for (const reception of rows) {
    const district = districtOf(reception.placeId);
    const topics = blocks.get(district) ?? new Map<string, OutcomeCounts>();
    const counts = topics.get(reception.topicCode) ?? zero();
    counts[reception.outcome]++;
    counts.total++;
    totals[reception.outcome]++;
    totals.total++;
    topics.set(reception.topicCode, counts);
    blocks.set(district, topics);
  }
  const districts = [...blocks.entries()]
    .map(([district, topics]) => {
      const blockTotals = zero();
      for (const counts of topics.values())
        for (const outcome of [...receptionOutcomes, 'total'] as const) blockTotals[outcome] += counts[outcome];
      return {
        district,
        byTopic: [...topics.entries()]
          .map(([topic, counts]) => ({ topic, counts }))
          .sort((a, b) => b.counts.total - a.counts.total || a.topic.localeCompare(b.topic)),
        totals: blockTotals,
      };
    })
    .sort((a, b) => Number(a.district === '') - Number(b.district === '') || a.district.localeCompare(b.district));
  return { districts, totals, leftOut };
}
