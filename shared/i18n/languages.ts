export const languages = ['ru', 'kk'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'ru' || value === 'kk';
}
