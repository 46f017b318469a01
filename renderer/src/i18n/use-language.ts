import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@shared/i18n/languages';

type Named = { nameRu: string; nameKk: string };

/** The current interface language, and a helper to pick the ru or kk name of a record. */
export function useLanguage(): { language: Language; localName: (record: Named) => string } {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'ru';
  const localName = useCallback(
    (record: Named) => (language === 'kk' ? record.nameKk || record.nameRu : record.nameRu || record.nameKk),
    [language],
  );
  return { language, localName };
}
