import { ageOn } from '../dates/iso';
import { checkIin } from '../identity/iin';
import type { IsoDate, Person } from '../model/records';

/**
 * Age bands of the member charts. Youth is 14 to 35 by the Law "On state youth policy"
 * (No. 285-V of 9 February 2015, art. 1, as amended): youth policy reports count it up to the
 * 35th birthday, so the band is 14–34. Below it are children; 60 is where the older generation
 * (ақсақалдар, the elders' councils and veterans' events) begins, as the UN counts older persons.
 * Every band but 'unknown' is a range of full years, `to` included; the last is open.
 */
export const ageBandLimits: readonly { band: Exclude<AgeBand, 'unknown'>; from: number; to: number | null }[] = [
  { band: 'child', from: 0, to: 13 },
  { band: 'youth', from: 14, to: 34 },
  { band: 'adult', from: 35, to: 59 },
  { band: 'senior', from: 60, to: null },
];

/** The bands in chart order. */
export const ageBands = ['child', 'youth', 'adult', 'senior', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of an age in full years; 'unknown' for no age or an impossible one (born after the day). */
export function bandOfAge(age: number): AgeBand {
  if (!(age >= 0) || age > 150) return 'unknown';
  for (const limit of ageBandLimits) if (limit.to === null || age <= limit.to) return limit.band;
  return 'unknown';
}

/** The band a person born on `birthDate` is in on `onDay`. */
export function ageBand(birthDate: IsoDate | undefined, onDay: IsoDate): AgeBand {
  if (!birthDate || birthDate > onDay) return 'unknown';
  return bandOfAge(ageOn(birthDate, onDay));
}

export const sexKeys = ['male', 'female', 'unknown'] as const;
export type SexKey = (typeof sexKeys)[number];

export type PersonFactsSource = Pick<Person, 'iin' | 'birthDate' | 'sex'>;

export interface PersonFacts {
  birthDate?: IsoDate;
  sex: SexKey;
}

/**
 * Birth date and sex as the charts count them: from the IIN when it is valid (its first six digits
 * and its seventh, the century-and-sex digit), since that is what the state registered; else what
 * was typed on the person's card; else unknown. `today` rules out an IIN that would be born later.
 */
export function personFacts(person: PersonFactsSource, today: IsoDate): PersonFacts {
  const check = person.iin ? checkIin(person.iin, today) : undefined;
  if (check?.ok) return { birthDate: check.facts.birthDate, sex: check.facts.sex };
  const sex: SexKey = person.sex ?? 'unknown';
  return person.birthDate ? { birthDate: person.birthDate, sex } : { sex };
}

export function sexOf(person: PersonFactsSource, today: IsoDate): SexKey {
  return personFacts(person, today).sex;
}

export function birthDateOf(person: PersonFactsSource, today: IsoDate): IsoDate | undefined {
  return personFacts(person, today).birthDate;
}
