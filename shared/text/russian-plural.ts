/**
 * The three forms a Russian noun takes after a number: 1 мероприятие, 2 мероприятия,
 * 5 мероприятий. Kazakh needs none of this: a noun after a numeral stays singular.
 */
export interface RussianForms {
  /** After 1, 21, 101 (but not 11, 111): мероприятие, гражданин, человек */
  one: string;
  /** After 2–4, 22–24 (but not 12–14): мероприятия, гражданина, человека */
  few: string;
  /** After 0, 5–20, 25–30, 11–14 and so on: мероприятий, граждан, человек */
  many: string;
}

export type RussianPluralCategory = keyof RussianForms;

/** Which form a whole number takes; the rule of Russian grammar (and of CLDR for `ru`). */
export function russianPluralCategory(count: number): RussianPluralCategory {
  const n = Math.abs(Math.trunc(count));
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'many';
  if (last === 1) return 'one';
  if (last >= 2 && last <= 4) return 'few';
  return 'many';
}

export function russianForm(count: number, forms: RussianForms): string {
  return forms[russianPluralCategory(count)];
}
