import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventStatuses } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { useLanguage } from '@/i18n/use-language';
import { type EventFilter, type EventFilterOptions } from '@/db';

const NO_OPTIONS: EventFilterOptions = {
  types: [],
  projects: [],
  directions: [],
  groups: [],
  associations: [],
  places: [],
};

interface EventFiltersProps {
  filter: EventFilter;
  options: EventFilterOptions | undefined;
  onChange: (key: keyof EventFilter, value: string | null) => void;
}

/**
 * The calendar's filters. Drawn apart from the calendar and only when the filter or its lists
 * change: seven comboboxes redrawn on every update of the page cost more than the month grid.
 */
export const EventFilters = memo(function EventFilters({ filter, options = NO_OPTIONS, onChange }: EventFiltersProps) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const districts = useMemo(() => options.places.filter((place) => place.level === 'district'), [options.places]);
  const [text, setText] = useState(filter.text ?? '');
  // The calendar is read again on every change of the filter; a pause in typing is one read.
  const applyText = useDebouncedCallback((value: string) => onChange('text', value.trim() || null), 250);
  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        size="xs"
        w={220}
        leftSection={<IconSearch size={14} />}
        placeholder={t('bilingualName.searchTitle')}
        aria-label={t('bilingualName.searchTitle')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value);
        }}
        data-testid="filter-title"
      />
      <Select
        size="xs"
        clearable
        searchable
        placeholder={t('events.allTypes')}
        data={options.types.map((item) => ({ value: item.code, label: localName(item) }))}
        value={filter.typeCode ?? null}
        onChange={(value) => onChange('typeCode', value)}
        data-testid="filter-type"
      />
      <Select
        size="xs"
        clearable
        placeholder={t('events.allStatuses')}
        data={eventStatuses.map((status) => ({ value: status, label: t(`enums.eventStatus.${status}`) }))}
        value={filter.status ?? null}
        onChange={(value) => onChange('status', value)}
      />
      <Select
        size="xs"
        clearable
        placeholder={t('events.allGroups')}
        data={options.groups.map((group) => ({ value: group.id, label: nameIn(language, group) }))}
        value={filter.workingGroupId ?? null}
        onChange={(value) => onChange('workingGroupId', value)}
      />
      <Select
        size="xs"
        clearable
        placeholder={t('events.allProjects')}
        data={options.projects.map((item) => ({ value: item.id, label: localName(item) }))}
        value={filter.projectId ?? null}
        onChange={(value) => onChange('projectId', value)}
      />
      <Select
        size="xs"
        clearable
        disabled={!filter.projectId}
        placeholder={t('events.allDirections')}
        data={options.directions
          .filter((item) => item.parentId === filter.projectId)
          .map((item) => ({ value: item.id, label: localName(item) }))}
        value={filter.directionId ?? null}
        onChange={(value) => onChange('directionId', value)}
      />
      <Select
        size="xs"
        clearable
        searchable
        placeholder={t('events.allAssociations')}
        data={options.associations.map((association) => ({
          value: association.id,
          label: localName(association),
        }))}
        value={filter.associationId ?? null}
        onChange={(value) => onChange('associationId', value)}
      />
      <Select
        size="xs"
        clearable
        searchable
        placeholder={t('events.allDistricts')}
        data={districts.map((place) => ({ value: place.id, label: localName(place) }))}
        value={filter.districtId ?? null}
        onChange={(value) => onChange('districtId', value)}
      />
    </Group>
  );
});
