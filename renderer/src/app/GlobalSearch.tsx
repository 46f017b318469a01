import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import { fullName } from '@shared/people/search';
import { nameIn } from '@shared/text/name-in';
import { formatPhone } from '@shared/text/phone';
import { useNamedSearch, usePeopleSearch } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/**
 * Ctrl+K anywhere: people by surname, name, IIN or phone, as you type; and events, working groups
 * and councils by their name in Russian or Kazakh, each opening its screen.
 */
export function GlobalSearch({ onOpenPerson }: Readonly<{ onOpenPerson: (id: PersonId) => void }>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // A short debounce keeps typing smooth; the index query itself takes milliseconds.
  const [debounced] = useDebouncedValue(query, 80);
  const people = usePeopleSearch(debounced);
  const named = useNamedSearch(debounced);
  const { language } = useLanguage();
  const [, navigate] = useLocation();
  const hasQuery = debounced.trim().length > 0;
  const namedCount = named ? named.events.length + named.workingGroups.length + named.councils.length : 0;
  const namedSections = named
    ? [
        {
          key: 'events' as const,
          path: '/events',
          items: named.events.map((event) => ({
            id: event.id,
            name: nameIn(language, event),
            note: formatDate(event.start),
          })),
        },
        {
          key: 'workingGroups' as const,
          path: '/working-groups',
          items: named.workingGroups.map((group) => ({ id: group.id, name: nameIn(language, group), note: '' })),
        },
        {
          key: 'councils' as const,
          path: '/monitoring/mediation',
          items: named.councils.map((council) => ({ id: council.id, name: nameIn(language, council), note: '' })),
        },
      ].filter((section) => section.items.length > 0)
    : [];
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
        {hasQuery && people?.length === 0 && namedCount === 0 && (
          <Spotlight.Empty>{t('search.nothingFound')}</Spotlight.Empty>
        )}
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
        {hasQuery &&
          namedSections.map((section) => (
            <Spotlight.ActionsGroup key={section.key} label={t(`bilingualName.found.${section.key}`)}>
              {section.items.map((item) => (
                <Spotlight.Action
                  key={item.id}
                  onClick={() => navigate(section.path)}
                  data-testid={`search-result-${section.key}`}
                >
                  <Group justify="space-between" wrap="nowrap" w="100%">
                    <Text size="sm" fw={500}>
                      {item.name}
                    </Text>
                    {item.note && (
                      <Text size="xs" c="dimmed">
                        {item.note}
                      </Text>
                    )}
                  </Group>
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>
          ))}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
