import type { TFunction } from 'i18next';
import { catalogue, catalogueFigure, type FigureId, type FigurePeriod } from '@shared/forms/catalogue';
import type { CalendarNames } from '@shared/dates/format';
import { cardFigures } from '@shared/dashboard/rules';

const DASHBOARD_FIGURES = new Set<string>(cardFigures);

/** A figure as the catalogue lists it: "Проведено мероприятий по районам". */
export function figureLabel(t: TFunction, id: FigureId): string {
  const { source, dimension } = catalogueFigure(id);
  const base = DASHBOARD_FIGURES.has(source)
    ? t(`dashboard.figures.${source as 'eventsHeld'}`)
    : t(`forms.sources.${source as 'officeName'}`);
  return dimension === 'none' ? base : `${base} ${t(`forms.byDimension.${dimension}`)}`;
}

/** A cell's period within the filled period's year: "III квартал", "март", "с начала года". */
export function figurePeriodLabel(t: TFunction, period: FigurePeriod, names: CalendarNames): string {
  if (/^m\d\d$/.test(period)) return names.months[Number(period.slice(1)) - 1] ?? period;
  return t(`forms.figurePeriods.${period as 'q1'}`);
}

/** The catalogue as Select groups, for a single cell (no dimension) or a block's column (its dimension). */
export function figureOptions(t: TFunction, dimension: (typeof catalogue)[number]['dimension']) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const entry of catalogue) {
    if (entry.dimension !== dimension) continue;
    const group = t(`forms.groups.${entry.group}`);
    groups.set(group, [...(groups.get(group) ?? []), { value: entry.id, label: figureLabel(t, entry.id) }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** Whether a figure is a fixed text (office name, period, date, signatory) and so takes no period. */
export const isFixedFigure = (id: FigureId) => catalogueFigure(id).group === 'fixed';
