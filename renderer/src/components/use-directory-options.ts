import { useMemo } from 'react';
import type { DirectoryKind } from '@shared/model/records';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/** A directory's items as a select's options in the interface language, chosen by id or by code. */
export function useDirectoryOptions(kind: DirectoryKind, by: 'id' | 'code'): { value: string; label: string }[] {
  const { localName } = useLanguage();
  const items = useDirectory(kind);
  return useMemo(
    () => (items ?? []).map((item) => ({ value: item[by], label: localName(item) })),
    [items, by, localName],
  );
}
