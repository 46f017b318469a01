import { computeBreakdown, type Breakdown, type BreakdownBy } from '../dashboard/breakdown';
import { computeDashboard, type DashboardFigures } from '../dashboard/compute';
import type { DashboardData } from '../dashboard/data';
import type { DashboardPlace } from '../dashboard/places';
import type { FigureName } from '../dashboard/rules';
import { periodOf, type Period } from '../events/period';
import type { IsoDate } from '../model/records';
import {
  catalogueFigure,
  fixedValues,
  registerFigures,
  type Dimension,
  type FigurePeriod,
  type FigureRef,
  type FixedValue,
  type RegisterFigure,
} from './catalogue';
import { registerFigure, type RegisterData } from './register-figures';

/**
 * What a form is filled from: the dashboard's data and place, the other registers its figures
 * count (absent ones leave their cells empty), and the fill's own values.
 */
export interface FigureSource extends RegisterData {
  data: DashboardData;
  today: IsoDate;
  /** The office's place: every figure counts the records in it, as the dashboard does. */
  place: DashboardPlace;
  districtOf: (placeId: string | undefined) => string;
  parentOf?: (placeId: string) => string | undefined;
  /**
   * False for someone without the right to confidential records: confidential receptions are left
   * out as on the dashboard, mediation and risk figures left empty. Either way a form only ever
   * gets counts.
   */
  includeConfidential?: boolean;
  /** Office name, the period as the form words it, the fill's date, the signatory; absent ones stay empty. */
  fixed: Partial<Record<FixedValue, string>>;
}

/** A number of records, a fixed text, or null: nothing to write (no period yet, no row, no text). */
export type FigureValue = number | string | null;

/** A cell's value; `key` is the row's directory entry in a block (a district's КАТО code, an ethnos id…). */
export type FigureComputer = (ref: FigureRef, key?: string) => FigureValue;

const breakdownOf: Readonly<Record<Exclude<Dimension, 'none'>, BreakdownBy>> = {
  district: 'district',
  village: 'place',
  ethnos: 'ethnos',
  eventType: 'eventType',
  direction: 'direction',
  project: 'project',
  topic: 'topic',
  outcome: 'outcome',
};

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The days a cell's period covers when `selected` is filled: a quarter, half-year or month of the
 * selected period's year, or the year up to it. A part after the selected period's end is cut
 * there (the form is filled as of that day); null when it starts after it (no data yet to give).
 */
export function periodOfFigure(figurePeriod: FigurePeriod, selected: Period): Period | null {
  if (figurePeriod === 'selected') return selected;
  const year = selected.from.slice(0, 4);
  const number = Number(figurePeriod.slice(1));
  const whole =
    figurePeriod === 'yearToDate'
      ? { from: `${year}-01-01`, to: selected.to }
      : figurePeriod.startsWith('q')
        ? periodOf('quarter', `${year}-${pad(number * 3 - 2)}-01`)
        : figurePeriod.startsWith('h')
          ? periodOf('half', `${year}-${pad(number * 6 - 5)}-01`)
          : periodOf('month', `${year}-${pad(number)}-01`);
  if (whole.from > selected.to) return null;
  return whole.to > selected.to ? { from: whole.from, to: selected.to } : whole;
}

const isFixed = (source: string): source is FixedValue => (fixedValues as readonly string[]).includes(source);
const isRegister = (source: string): source is RegisterFigure =>
  (registerFigures as readonly string[]).includes(source);

/**
 * The values of a fill of `selected`, through the dashboard's own computations: a single figure is
 * computeDashboard's, a row of a block computeBreakdown's (equal to the dashboard narrowed to the
 * row's place, or to its chart bucket). Each period and dimension is computed once, for all the
 * rows given in `rowKeys`, so a form of 2,000 cells costs a few passes over the data; a key not
 * given is computed on its own when asked.
 */
export function figureComputer(
  source: FigureSource,
  selected: Period,
  rowKeys: Partial<Record<Dimension, readonly string[]>> = {},
): FigureComputer {
  const options = { includeConfidential: source.includeConfidential ?? true, parentOf: source.parentOf };
  const totals = new Map<string, DashboardFigures>();
  const splits = new Map<string, { positions: Map<string, number>; breakdown: Breakdown }>();

  const total = (name: FigureName, period: Period) => {
    const cacheKey = `${period.from}:${period.to}`;
    let figures = totals.get(cacheKey);
    if (!figures) {
      figures = computeDashboard(source.data, period, source.place, source.today, source.districtOf, options);
      totals.set(cacheKey, figures);
    }
    return figures[name].current;
  };

  const split = (name: FigureName, period: Period, dimension: Exclude<Dimension, 'none'>, key: string) => {
    const declared = rowKeys[dimension] ?? [];
    const keys = declared.includes(key) ? declared : [key];
    const cacheKey = `${period.from}:${period.to}:${dimension}:${keys === declared ? '' : key}`;
    let entry = splits.get(cacheKey);
    if (!entry) {
      const breakdown = computeBreakdown(
        source.data,
        period,
        source.place,
        source.today,
        source.districtOf,
        breakdownOf[dimension],
        keys,
        options,
      );
      entry = { positions: new Map(keys.map((row, at) => [row, at])), breakdown };
      splits.set(cacheKey, entry);
    }
    return entry.breakdown[name]?.[entry.positions.get(key) ?? -1] ?? null;
  };

  return (ref, key) => {
    const { dimension, source: of } = catalogueFigure(ref.figure);
    if (isFixed(of)) return source.fixed[of]?.trim() || null;
    const period = periodOfFigure(ref.period ?? 'selected', selected);
    if (!period) return null;
    if (isRegister(of)) return registerFigure(source, of, period);
    if (dimension === 'none') return total(of, period);
    return key === undefined ? null : split(of, period, dimension, key);
  };
}
