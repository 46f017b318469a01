import { Select } from '@mantine/core';
import { compareText } from '@shared/text/collator';
import { useMemo } from 'react';
import type { Place } from '@shared/model/records';
import { foldForSearch } from '@shared/text/search-normalize';
import { usePlaces } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/**
 * Settlements (and districts) of the office's oblast. Villages share names across districts,
 * so each option names its district too.
 */
export function PlaceSelect({
  value,
  onChange,
  label,
  error,
  testId,
  levels = ['settlement', 'district', 'sub_district'],
}: Readonly<{
  value?: string;
  onChange: (id: string) => void;
  label: string;
  error?: string;
  testId?: string;
  levels?: Place['level'][];
}>) {
  const { localName } = useLanguage();
  const places = usePlaces();
  const options = useMemo(() => {
    const byId = new Map<string, Place>((places ?? []).map((place) => [place.id, place]));
    const districtOf = (place: Place) => byId.get(`${place.id.slice(0, 4)}00000`);
    return (places ?? [])
      .filter((place) => levels.includes(place.level))
      .map((place) => {
        const district = place.level === 'district' ? undefined : districtOf(place);
        return { value: place.id, label: district ? `${localName(place)} — ${localName(district)}` : localName(place) };
      })
      .sort((a, b) => compareText(a.label, b.label));
  }, [places, localName, levels]);
  return (
    <Select
      label={label}
      searchable
      clearable
      limit={80}
      data-testid={testId}
      error={error}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      filter={({ options: all, search }) => {
        const query = foldForSearch(search);
        return all.filter((option) => 'label' in option && foldForSearch(option.label).includes(query));
      }}
      data={options}
    />
  );
}
