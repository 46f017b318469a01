import type { Place } from '../model/records';
import type { Dimension } from './catalogue';
import type { LabelEntry } from './labels';

/** The office's directories a form's rows are matched against, as the screens already hold them. */
export interface RowDirectories {
  places: readonly Pick<Place, 'id' | 'level' | 'nameRu' | 'nameKk' | 'deletedAt'>[];
  /** The office's district (a district office) or none (an oblast office: every district is its own). */
  districtId?: string;
  districtOf: (placeId: string | undefined) => string;
  ethnicGroups: readonly LabelEntry[];
  eventTypes: readonly { code: string; nameRu: string; nameKk: string }[];
  /** The directory's directions and projects: events name them by the item's id, not its code. */
  directions: readonly LabelEntry[];
  projects: readonly LabelEntry[];
  topics: readonly { code: string; nameRu: string; nameKk: string }[];
  outcomes: readonly LabelEntry[];
}

const live = <T extends { deletedAt?: string }>(items: readonly T[]) => items.filter((item) => !item.deletedAt);
const byCode = (items: readonly { code: string; nameRu: string; nameKk: string }[]): LabelEntry[] =>
  items.map(({ code, nameRu, nameKk }) => ({ id: code, nameRu, nameKk }));

/**
 * What a block's rows may be, by its dimension: the districts of the classifier, the villages and
 * rural districts of the office's own district (of any district for an oblast office), the ethnic
 * groups, the event types, directions and projects, the reception topics and outcomes. Each entry's id is the key
 * figureComputer counts a row by.
 */
export function rowEntries(dimension: Exclude<Dimension, 'none'>, directories: RowDirectories): LabelEntry[] {
  const place = ({ id, nameRu, nameKk }: RowDirectories['places'][number]) => ({ id, nameRu, nameKk });
  switch (dimension) {
    case 'district':
      return live(directories.places)
        .filter((item) => item.level === 'district')
        .map(place);
    case 'village':
      return live(directories.places)
        .filter((item) => item.level === 'settlement' || item.level === 'sub_district')
        .filter((item) => !directories.districtId || directories.districtOf(item.id) === directories.districtId)
        .map(place);
    case 'ethnos':
      return [...directories.ethnicGroups];
    case 'eventType':
      return byCode(directories.eventTypes);
    case 'direction':
      return [...directories.directions];
    case 'project':
      return [...directories.projects];
    case 'topic':
      return byCode(directories.topics);
    case 'outcome':
      return [...directories.outcomes];
  }
}
