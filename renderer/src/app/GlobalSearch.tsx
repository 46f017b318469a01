import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import { fullName } from '@shared/people/search';
import { formatPhone } from '@shared/text/phone';
import { usePeopleSearch } from '@/db/hooks';

/** Ctrl+K anywhere: people by surname, name, IIN or phone, as you type. */
export function GlobalSearch({ onOpenPerson }: Readonly<{ onOpenPerson: (id: PersonId) => void }>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // A short debounce keeps typing smooth; the index query itself takes milliseconds.
  const [debounced] = useDebouncedValue(query, 80);
  const people = usePeopleSearch(debounced);
  const hasQuery = debounced.trim().length > 0;
  // Physical keys: on a Russian layout Ctrl+K arrives as Ctrl+Л, and it should open search too,
  // also from inside a form field.
  useHotkeys([['mod+K', () => spotlight.open(), { usePhysicalKeys: true }]], []);

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={480}>
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={18} />}
        aria-label={t('search.title')}
        data-testid="search-input"
      />
      <Spotlight.ActionsList>
        {!hasQuery && <Spotlight.Empty>{t('search.typeToSearch')}</Spotlight.Empty>}
        {hasQuery && people?.length === 0 && <Spotlight.Empty>{t('search.nothingFound')}</Spotlight.Empty>}
        {hasQuery &&
          people?.map((person) => (
            <Spotlight.Action key={person.id} onClick={() => onOpenPerson(person.id)} data-testid="search-result">
              <Group justify="space-between" wrap="nowrap" w="100%">
                <div>
                  <Text size="sm" fw={500}>
                    {fullName(person)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[formatDate(person.birthDate), formatPhone(person.phone)].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                {person.iin && (
                  <Badge variant="light" color="gray" ff="monospace">
                    {person.iin}
                  </Badge>
                )}
              </Group>
            </Spotlight.Action>
          ))}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
