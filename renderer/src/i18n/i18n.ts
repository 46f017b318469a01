import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
import { isLanguage, type Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import type { CalendarNames } from '@shared/dates/format';

const STORAGE_KEY = 'kelisim.language';

dayjs.extend(customParseFormat);

/** The language remembered on this PC; Russian on the very first start. */
export function rememberedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'ru';
}

export async function initI18n(): Promise<void> {
  const language = rememberedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { ru: { translation: resources.ru }, kk: { translation: resources.kk } },
    lng: language,
    // No fallback: a missing Kazakh text must show up as a missing key, not as Russian.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguageSideEffects(language);
}

function applyLanguageSideEffects(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  applyLanguageSideEffects(language);
}

export function calendarNames(language: Language): CalendarNames {
  return resources[language].dates;
}
