import type { AppealChannel, AppealType, Reception } from '../model/records';

export interface AppealFilter {
  type: AppealType | null;
  channel: AppealChannel | null;
}

export const noAppealFilter: AppealFilter = { type: null, channel: null };

/** The receptions of the given type and channel; a filter left empty lets every reception through. */
export function filterAppeals<T extends Pick<Reception, 'appealType' | 'channel'>>(
  receptions: readonly T[],
  filter: AppealFilter,
): readonly T[] {
  if (!filter.type && !filter.channel) return receptions;
  return receptions.filter(
    (reception) =>
      (!filter.type || reception.appealType === filter.type) &&
      (!filter.channel || reception.channel === filter.channel),
  );
}
