import {
  answerResults,
  appealChannels,
  appealTypes,
  type AnswerResult,
  type AppealChannel,
  type AppealType,
  type Reception,
} from '../model/records';

/** Appeals counted by one property; `none` is those where it was not given (not answered, for the result). */
export type CountsBy<K extends string> = Record<K | 'none', number>;

export interface AppealCounts {
  total: number;
  byType: CountsBy<AppealType>;
  byChannel: CountsBy<AppealChannel>;
  byResult: CountsBy<AnswerResult>;
  /** Counted apart, as the law asks: a repeated appeal also counts in its type, channel and result. */
  repeated: number;
  collective: number;
}

const zeros = <K extends string>(keys: readonly K[]): CountsBy<K> =>
  Object.fromEntries([...keys, 'none'].map((key) => [key, 0])) as CountsBy<K>;

/**
 * The appeals of a set of receptions (live ones; the caller chooses the period) counted by type,
 * channel and result of consideration, with the repeated and the collective ones apart. Only the
 * fields kept in clear are read, so confidential receptions count like the others.
 */
export function countAppeals(
  receptions: readonly Pick<
    Reception,
    'appealType' | 'channel' | 'answer' | 'repeatOfId' | 'coApplicantCount' | 'deletedAt'
  >[],
): AppealCounts {
  const counts: AppealCounts = {
    total: 0,
    byType: zeros(appealTypes),
    byChannel: zeros(appealChannels),
    byResult: zeros(answerResults),
    repeated: 0,
    collective: 0,
  };
  for (const reception of receptions) {
    if (reception.deletedAt) continue;
    counts.total++;
    counts.byType[reception.appealType ?? 'none']++;
    counts.byChannel[reception.channel ?? 'none']++;
    counts.byResult[(reception.answer && reception.answer.result) ?? 'none']++;
    if (reception.repeatOfId) counts.repeated++;
    if (reception.coApplicantCount) counts.collective++;
  }
  return counts;
}
