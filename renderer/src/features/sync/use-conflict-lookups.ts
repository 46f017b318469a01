import { useMemo } from 'react';
import { useDirectory, useEthnicGroups, usePlaces } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import type { ConflictLookups } from './conflict-text';

/** Names for the ids and codes versions hold (places, ethnic groups, reception topics), in the user's language. */
export function useConflictLookups(): ConflictLookups {
  const { localName } = useLanguage();
  const places = usePlaces();
  const groups = useEthnicGroups();
  const topics = useDirectory('reception_topic');
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const place of places ?? []) names.set(place.id, localName(place));
    for (const group of groups ?? []) names.set(group.id, localName(group));
    for (const topic of topics ?? []) {
      names.set(topic.id, localName(topic));
      names.set(topic.code, localName(topic));
    }
    return { names };
  }, [places, groups, topics, localName]);
}
