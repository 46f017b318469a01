import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { toPersonId, type PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { usePeopleSearch, usePerson } from '@/db/hooks';

export function personLabel(person: Person): string {
  return [fullName(person), person.iin ?? formatDate(person.birthDate)].filter(Boolean).join(' · ');
}

/** Picks a person by typing a name, an IIN or a phone; results come from the search index. */
export function PersonSelect({
  value,
  onChange,
  label,
  error,
  testId,
  inputRef,
}: Readonly<{
  value: string;
  onChange: (id: PersonId | null) => void;
  label: string;
  error?: string;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
}>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 80);
  const results = usePeopleSearch(debounced) ?? [];
  const selected = usePerson(value ? toPersonId(value) : null);
  const options = [...(selected ? [selected] : []), ...results.filter((person) => person.id !== selected?.id)];
  return (
    <Select
      label={label}
      placeholder={t('registry.people.pickPerson')}
      searchable
      clearable
      ref={inputRef}
      data-testid={testId}
      error={error}
      value={value || null}
      onChange={(next) => onChange(next ? toPersonId(next) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced ? t('search.nothingFound') : t('search.typeToSearch')}
      data={options.map((person) => ({ value: person.id, label: personLabel(person) }))}
    />
  );
}
