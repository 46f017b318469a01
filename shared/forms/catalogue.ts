import type { FigureName } from '../dashboard/rules';

/** What the rows of a block are: one row per district, village, ethnic group…; 'none' for a single cell. */
export const dimensions = [
  'none',
  'district',
  'village',
  'ethnos',
  'eventType',
  'direction',
  'project',
  'topic',
  'outcome',
] as const;
export type Dimension = (typeof dimensions)[number];

/** Values a form takes from the fill itself rather than from the records. */
export const fixedValues = ['officeName', 'periodText', 'fillDate', 'signatory'] as const;
export type FixedValue = (typeof fixedValues)[number];

/**
 * Figures of the registers the dashboard does not count: field visits, the confidential monitoring
 * registers (counts only) and the settlements with no event held.
 */
export const registerFigures = [
  'visits',
  'mediationCases',
  'risks',
  'risksHigh',
  'risksMedium',
  'risksLow',
  'settlementsWithoutWork',
] as const;
export type RegisterFigure = (typeof registerFigures)[number];

export type FigureGroup = 'events' | 'receptions' | 'associations' | 'visits' | 'monitoring' | 'fixed';

export interface CatalogueFigure {
  id: string;
  group: FigureGroup;
  dimension: Dimension;
  /** The dashboard figure it is (./compute-figures counts it by the dashboard's rules), another register's, or a fixed value. */
  source: FigureName | RegisterFigure | FixedValue;
}

const figure = <const Id extends string>(
  id: Id,
  group: FigureGroup,
  dimension: Dimension,
  source: FigureName | RegisterFigure | FixedValue,
) => ({ id, group, dimension, source });

/**
 * Every figure a cell of a form can take. A single cell takes a figure of dimension 'none'; a block
 * whose rows are districts, villages, event types… takes in each column a figure of its dimension.
 */
export const catalogue = [
  figure('eventsHeld', 'events', 'none', 'eventsHeld'),
  figure('eventsHeldByDistrict', 'events', 'district', 'eventsHeld'),
  figure('eventsHeldByVillage', 'events', 'village', 'eventsHeld'),
  figure('eventsHeldByType', 'events', 'eventType', 'eventsHeld'),
  figure('eventsHeldByDirection', 'events', 'direction', 'eventsHeld'),
  figure('eventsHeldByProject', 'events', 'project', 'eventsHeld'),
  figure('eventsPlanned', 'events', 'none', 'eventsPlanned'),
  figure('eventsPlannedByDistrict', 'events', 'district', 'eventsPlanned'),
  figure('eventsPlannedByVillage', 'events', 'village', 'eventsPlanned'),
  figure('eventsPlannedByType', 'events', 'eventType', 'eventsPlanned'),
  figure('eventsPlannedByDirection', 'events', 'direction', 'eventsPlanned'),
  figure('eventsPlannedByProject', 'events', 'project', 'eventsPlanned'),
  figure('participants', 'events', 'none', 'participants'),
  figure('participantsByDistrict', 'events', 'district', 'participants'),
  figure('participantsByVillage', 'events', 'village', 'participants'),
  figure('participantsByType', 'events', 'eventType', 'participants'),
  figure('participantsByDirection', 'events', 'direction', 'participants'),
  figure('participantsByProject', 'events', 'project', 'participants'),
  figure('receptions', 'receptions', 'none', 'receptions'),
  figure('receptionsByDistrict', 'receptions', 'district', 'receptions'),
  figure('receptionsByVillage', 'receptions', 'village', 'receptions'),
  figure('receptionsByTopic', 'receptions', 'topic', 'receptions'),
  figure('receptionsByOutcome', 'receptions', 'outcome', 'receptions'),
  figure('helped', 'receptions', 'none', 'helped'),
  figure('helpedByDistrict', 'receptions', 'district', 'helped'),
  figure('helpedByVillage', 'receptions', 'village', 'helped'),
  figure('helpedByTopic', 'receptions', 'topic', 'helped'),
  figure('takenUnderControl', 'receptions', 'none', 'takenUnderControl'),
  figure('takenUnderControlByDistrict', 'receptions', 'district', 'takenUnderControl'),
  figure('takenUnderControlByVillage', 'receptions', 'village', 'takenUnderControl'),
  figure('takenUnderControlByTopic', 'receptions', 'topic', 'takenUnderControl'),
  figure('underControl', 'receptions', 'none', 'underControl'),
  figure('underControlByDistrict', 'receptions', 'district', 'underControl'),
  figure('underControlByVillage', 'receptions', 'village', 'underControl'),
  figure('underControlByTopic', 'receptions', 'topic', 'underControl'),
  figure('overdue', 'receptions', 'none', 'overdue'),
  figure('overdueByDistrict', 'receptions', 'district', 'overdue'),
  figure('overdueByVillage', 'receptions', 'village', 'overdue'),
  figure('overdueByTopic', 'receptions', 'topic', 'overdue'),
  figure('associations', 'associations', 'none', 'associations'),
  figure('associationsByDistrict', 'associations', 'district', 'associations'),
  figure('associationsByVillage', 'associations', 'village', 'associations'),
  figure('members', 'associations', 'none', 'members'),
  figure('membersByDistrict', 'associations', 'district', 'members'),
  figure('membersByVillage', 'associations', 'village', 'members'),
  figure('membersByEthnos', 'associations', 'ethnos', 'members'),
  figure('visits', 'visits', 'none', 'visits'),
  figure('mediationCases', 'monitoring', 'none', 'mediationCases'),
  figure('risks', 'monitoring', 'none', 'risks'),
  figure('risksHigh', 'monitoring', 'none', 'risksHigh'),
  figure('risksMedium', 'monitoring', 'none', 'risksMedium'),
  figure('risksLow', 'monitoring', 'none', 'risksLow'),
  figure('settlementsWithoutWork', 'monitoring', 'none', 'settlementsWithoutWork'),
  figure('officeName', 'fixed', 'none', 'officeName'),
  figure('periodText', 'fixed', 'none', 'periodText'),
  figure('fillDate', 'fixed', 'none', 'fillDate'),
  figure('signatory', 'fixed', 'none', 'signatory'),
] as const satisfies readonly CatalogueFigure[];

export type FigureId = (typeof catalogue)[number]['id'];
export const figureIds = catalogue.map((entry) => entry.id) as [FigureId, ...FigureId[]];

const byId = new Map<string, CatalogueFigure>(catalogue.map((entry) => [entry.id, entry]));

export function catalogueFigure(id: FigureId): CatalogueFigure {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown form figure ${id}`);
  return entry;
}

/** The figures a cell of a block of this dimension can take, in the catalogue's order. */
export const figuresOfDimension = (dimension: Dimension): (typeof catalogue)[number][] =>
  catalogue.filter((entry) => entry.dimension === dimension);

/**
 * The periods a cell may take within the year of the period being filled: the period itself, a
 * quarter, half-year or month of its year, or the year up to the period's end.
 */
export const figurePeriods = [
  'selected',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  'm01',
  'm02',
  'm03',
  'm04',
  'm05',
  'm06',
  'm07',
  'm08',
  'm09',
  'm10',
  'm11',
  'm12',
  'yearToDate',
] as const;
export type FigurePeriod = (typeof figurePeriods)[number];

export interface FigureRef {
  figure: FigureId;
  /** 'selected' when not given. */
  period?: FigurePeriod;
}
