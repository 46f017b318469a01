import { z } from 'zod';
import { addDays, daysInMonth, isRealDate } from '../dates/iso';
import { type EthnicGroupId, type EventId, type PersonId, type ReceptionId, toPlaceId } from '../model/ids';
import {
  riskLevels,
  riskSources,
  riskStatuses,
  type IsoDate,
  type Reception,
  type RiskLevel,
  type RiskLevelChange,
  type TensionRisk,
} from '../model/records';
import { optionalId, optionalIsoDate, requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

const ids = <Id extends string>() =>
  z
    .array(z.string().min(1).max(100))
    .default([])
    .transform((list) => [...new Set(list)] as Id[]);

/**
 * A tension risk (hotspot) as its form gives it. A watched risk needs the day it is next looked
 * at; risks are confidential unless the user says otherwise.
 */
export function riskInputSchema(today: IsoDate) {
  return z
    .object({
      placeId: requiredText(100).transform((id) => toPlaceId(id)),
      description: requiredText(4000),
      groupIds: ids<EthnicGroupId>(),
      source: z.enum(riskSources, { error: 'required' satisfies ProblemCode }),
      level: z.enum(riskLevels, { error: 'required' satisfies ProblemCode }),
      identifiedOn: z
        .string({ error: 'required' satisfies ProblemCode })
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .refine((date) => date <= today, { error: 'date_future' satisfies ProblemCode }),
      responsiblePersonId: optionalId<PersonId>(),
      status: z.enum(riskStatuses).default('watched'),
      nextReviewOn: optionalIsoDate(),
      measureEventIds: ids<EventId>(),
      confidential: z.boolean().default(true),
      originReceptionId: optionalId<ReceptionId>(),
    })
    .superRefine((value, context) => {
      if (value.status === 'watched' && !value.nextReviewOn)
        context.addIssue({ code: 'custom', path: ['nextReviewOn'], message: 'required' satisfies ProblemCode });
      if (value.nextReviewOn && value.nextReviewOn < value.identifiedOn)
        context.addIssue({ code: 'custom', path: ['nextReviewOn'], message: 'review_order' satisfies ProblemCode });
    });
}

export type RiskInput = z.infer<ReturnType<typeof riskInputSchema>>;
/** What the form starts from: any field may still be missing. */
export type RiskDraft = Partial<z.input<ReturnType<typeof riskInputSchema>>>;

/** A starting interval between reviews, which the user changes: a high risk weekly, a low one quarterly. */
export const reviewIntervalDays: Readonly<Record<RiskLevel, number>> = { high: 7, medium: 30, low: 90 };

export function defaultReviewDate(level: RiskLevel, from: IsoDate): IsoDate {
  return addDays(from, reviewIntervalDays[level]);
}

/** The reception topic whose appeals can open a risk. */
export const INTERETHNIC_TOPIC = 'interethnic';

/**
 * A risk prefilled from a reception on inter-ethnic relations: its place, its summary as the
 * description, source "reception", a medium level to review in 30 days. Null for any other topic.
 */
export function riskFromReception(
  reception: Pick<Reception, 'id' | 'date' | 'placeId' | 'topicCode' | 'summary'>,
  today: IsoDate,
): RiskDraft | null {
  if (reception.topicCode !== INTERETHNIC_TOPIC) return null;
  const level: RiskLevel = 'medium';
  return {
    ...(reception.placeId ? { placeId: reception.placeId } : {}),
    description: reception.summary ?? '',
    groupIds: [],
    source: 'reception',
    level,
    identifiedOn: reception.date,
    status: 'watched',
    nextReviewOn: defaultReviewDate(level, today),
    measureEventIds: [],
    confidential: true,
    originReceptionId: reception.id,
  };
}

type RiskFields = Omit<TensionRisk, 'id' | 'createdAt' | 'updatedAt' | 'author' | 'deletedAt'>;

/** Who changes a risk, on which day, and why (the note goes into the level history). */
export interface RiskChange {
  on: IsoDate;
  author: string;
  note?: string;
}

/**
 * A level change appended to the history; the same level changes nothing. A change is never dated
 * before the last one: an earlier day is taken as the last one's, so the history stays in order.
 */
export function changeLevel<T extends Pick<TensionRisk, 'level' | 'levelHistory'>>(
  risk: T,
  to: RiskLevel,
  change: RiskChange,
): T {
  if (risk.level === to) return risk;
  const last = risk.levelHistory.at(-1)?.on;
  const entry: RiskLevelChange = {
    on: last && change.on < last ? last : change.on,
    from: risk.level,
    to,
    author: change.author,
    ...(change.note ? { note: change.note } : {}),
  };
  return { ...risk, level: to, levelHistory: [...risk.levelHistory, entry] };
}

/**
 * The stored fields of a risk from its form. A new risk starts its history with the level it was
 * identified with; an edited one keeps its history and adds a change when the level differs.
 * Resolving sets the day it was resolved; watching it again clears it.
 */
export function riskFields(input: RiskInput, previous: TensionRisk | undefined, change: RiskChange): RiskFields {
  const history: Pick<TensionRisk, 'level' | 'levelHistory'> = previous
    ? changeLevel(previous, input.level, change)
    : {
        level: input.level,
        levelHistory: [
          {
            on: input.identifiedOn,
            to: input.level,
            author: change.author,
            ...(change.note ? { note: change.note } : {}),
          },
        ],
      };
  const fields: RiskFields = {
    placeId: input.placeId,
    description: input.description,
    groupIds: input.groupIds,
    source: input.source,
    level: history.level,
    levelHistory: history.levelHistory,
    status: input.status,
    identifiedOn: input.identifiedOn,
    measureEventIds: input.measureEventIds,
    confidential: input.confidential,
  };
  if (input.status === 'resolved') fields.resolvedOn = previous?.resolvedOn ?? change.on;
  if (input.nextReviewOn) fields.nextReviewOn = input.nextReviewOn;
  if (input.responsiblePersonId) fields.responsiblePersonId = input.responsiblePersonId;
  if (input.originReceptionId) fields.originReceptionId = input.originReceptionId;
  return fields;
}

/** A watched risk whose review day has passed: on the review day itself it is not yet overdue. */
export function reviewOverdue(risk: Pick<TensionRisk, 'status' | 'nextReviewOn'>, today: IsoDate): boolean {
  return risk.status === 'watched' && risk.nextReviewOn !== undefined && risk.nextReviewOn < today;
}

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { high: 0, medium: 1, low: 2 };

/**
 * The register of risks: high first, then medium, then low; within a level the overdue reviews
 * first, then by review day (none last). Watched risks only, unless resolved ones are asked for:
 * they follow all the watched ones, in the same order. Deleted risks are left out.
 */
export function riskRegister<T extends Pick<TensionRisk, 'level' | 'status' | 'nextReviewOn' | 'deletedAt'>>(
  risks: readonly T[],
  today: IsoDate,
  options: { includeResolved?: boolean } = {},
): T[] {
  return risks
    .filter((risk) => !risk.deletedAt && (options.includeResolved || risk.status === 'watched'))
    .sort(
      (a, b) =>
        Number(a.status === 'resolved') - Number(b.status === 'resolved') ||
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        Number(reviewOverdue(b, today)) - Number(reviewOverdue(a, today)) ||
        (a.nextReviewOn ?? '\uffff').localeCompare(b.nextReviewOn ?? '\uffff'),
    );
}

/**
 * The level a risk had at the end of a day: the last change on or before it. Null when the risk was
 * not yet identified, or already resolved, by then.
 */
export function levelOn(
  risk: Pick<TensionRisk, 'level' | 'levelHistory' | 'identifiedOn' | 'resolvedOn'>,
  day: IsoDate,
): RiskLevel | null {
  if (risk.identifiedOn > day || (risk.resolvedOn && risk.resolvedOn <= day)) return null;
  let level: RiskLevel | null = null;
  for (const entry of risk.levelHistory) if (entry.on <= day) level = entry.to;
  return level ?? risk.levelHistory[0]?.to ?? risk.level;
}

export interface RiskLevelBar extends Record<RiskLevel, number> {
  /** `YYYY-MM` */
  month: string;
  districtId: string;
}

const monthEnd = (month: string) =>
  `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;

/**
 * Risks open at the end of each month by district and by the level they had then (from the level
 * history): the chart of risks over time. Every district with a risk in any of the months gets a
 * bar in every month, so the series line up.
 */
export function risksByLevelAndDistrict(
  risks: readonly Pick<
    TensionRisk,
    'placeId' | 'level' | 'levelHistory' | 'identifiedOn' | 'resolvedOn' | 'deletedAt'
  >[],
  districtOf: (placeId: string | undefined) => string,
  months: readonly string[],
): RiskLevelBar[] {
  const live = risks.filter((risk) => !risk.deletedAt);
  const counted = months.map((month) => {
    const end = monthEnd(month);
    const byDistrict = new Map<string, Record<RiskLevel, number>>();
    for (const risk of live) {
      const level = levelOn(risk, end);
      if (!level) continue;
      const districtId = districtOf(risk.placeId);
      const bar = byDistrict.get(districtId) ?? { low: 0, medium: 0, high: 0 };
      bar[level]++;
      byDistrict.set(districtId, bar);
    }
    return { month, byDistrict };
  });
  const districts = [...new Set(counted.flatMap(({ byDistrict }) => [...byDistrict.keys()]))].sort();
  return counted.flatMap(({ month, byDistrict }) =>
    districts.map((districtId) => ({
      month,
      districtId,
      ...(byDistrict.get(districtId) ?? { low: 0, medium: 0, high: 0 }),
    })),
  );
}
