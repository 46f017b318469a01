import { useCallback, useMemo } from 'react';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/** A reception topic's name in the interface language; its code while the directory is read or when it has none. */
export function useTopicName(): (code: string) => string {
  const { localName } = useLanguage();
  const topics = useDirectory('reception_topic');
  const names = useMemo(() => new Map((topics ?? []).map((item) => [item.code, localName(item)])), [topics, localName]);
  return useCallback((code: string) => names.get(code) ?? code, [names]);
}
