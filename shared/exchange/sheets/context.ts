import type { Period } from '../../events/period';
import type { Named } from '../../export/columns';
import type { Language } from '../../i18n/languages';
import { resources, type LocaleResources } from '../../i18n/resources';
import type { Association, Person } from '../../model/records';

/** Names of what the records refer to by id or code; anything missing is written without its name. */
export interface PackageLookups {
  /** Places by id (the KATO code for classifier places). */
  places: ReadonlyMap<string, Named>;
  ethnicGroups: ReadonlyMap<string, Named>;
  /** Legal forms by directory code. */
  legalForms: ReadonlyMap<string, Named>;
  /** Event types (forms) by directory code. */
  eventTypes: ReadonlyMap<string, Named>;
  /** Directions by directory item id. */
  directions: ReadonlyMap<string, Named>;
  /** Reception topics by directory code. */
  topics: ReadonlyMap<string, Named>;
  /** Agencies by directory item id. */
  agencies: ReadonlyMap<string, Named>;
  /** Working group names by id: the name as given, or it with its Kazakh name. */
  workingGroups: ReadonlyMap<string, string | { name: string; nameKk?: string }>;
  /** Chairmen, receiving officials, citizens, risk responsibles and mediators by id. */
  people: ReadonlyMap<string, Pick<Person, 'surname' | 'givenName' | 'patronymic' | 'iin'>>;
}

/** What every sheet's mapper needs besides its own records. */
export interface SheetContext {
  /** The language of the names and words written into the cells. */
  language: Language;
  enums: LocaleResources['enums'];
  maskPersonalData: boolean;
  period: Period;
  lookups: PackageLookups;
  /** The associations of the package by id, in registry order: members and events name them. */
  associations: ReadonlyMap<string, Association>;
}

const EMPTY = new Map<string, never>();

export function sheetContext(
  options: { language: Language; maskPersonalData: boolean; period: Period; lookups: Partial<PackageLookups> },
  associations: readonly Association[],
): SheetContext {
  const { lookups } = options;
  return {
    language: options.language,
    enums: resources[options.language].enums,
    maskPersonalData: options.maskPersonalData,
    period: options.period,
    lookups: {
      places: lookups.places ?? EMPTY,
      ethnicGroups: lookups.ethnicGroups ?? EMPTY,
      legalForms: lookups.legalForms ?? EMPTY,
      eventTypes: lookups.eventTypes ?? EMPTY,
      directions: lookups.directions ?? EMPTY,
      topics: lookups.topics ?? EMPTY,
      agencies: lookups.agencies ?? EMPTY,
      workingGroups: lookups.workingGroups ?? EMPTY,
      people: lookups.people ?? EMPTY,
    },
    associations: new Map(associations.map((association) => [association.id as string, association])),
  };
}
