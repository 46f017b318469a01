import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '@shared/model/records';
import { toPlaceId } from '@shared/model/ids';
import { addCustomPlace, setPlaceRemote } from '@/db';
import { useCan, usePlaces } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { useSafeAction } from '@/components/use-safe-action';
import { filterPlaces } from '@shared/places/filter-places';
import { LabelBadge } from '@/components/LabelBadge';

const SHOWN = 200;

/** The office's part of КАТО: searchable by name in either language or by code. */
export function PlacesTab() {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const places = usePlaces();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const [adding, setAdding] = useState(false);
  const canEdit = useCan('edit');
  const run = useSafeAction();
  const markRemote = (place: Place, remote: boolean) =>
    run(async () => {
      await setPlaceRemote(toPlaceId(place.id), remote);
      notifications.show({
        color: 'teal',
        message: t(remote ? 'coverage.remoteMarked' : 'coverage.remoteUnmarked'),
      });
    });
  const byId = useMemo(() => new Map((places ?? []).map((place) => [place.id, place])), [places]);
  const sorted = useMemo(() => [...(places ?? [])].sort((a, b) => a.id.localeCompare(b.id)), [places]);
  const matching = useMemo(() => filterPlaces(sorted, debounced), [sorted, debounced]);

  return (
    <Stack data-testid="directory-places">
      <Alert variant="light" color="gray">
        {t('directories.placesHint')}
      </Alert>
      <Group justify="space-between">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('directories.searchPlaces')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={360}
          data-testid="places-search"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('directories.addPlace')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" data-testid="places-count">
        {t('directories.placesShown', { shown: Math.min(SHOWN, matching.length), total: matching.length })}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.code')}</Table.Th>
            <Table.Th>{t('common.nameRu')}</Table.Th>
            <Table.Th>{t('common.nameKk')}</Table.Th>
            <Table.Th>{t('directories.placeLevel')}</Table.Th>
            <Table.Th>{t('directories.placeParent')}</Table.Th>
            <Table.Th>{t('coverage.remote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matching.slice(0, SHOWN).map((place) => {
            const parent = place.parentId ? byId.get(place.parentId) : undefined;
            return (
              <Table.Tr key={place.id}>
                <Table.Td>
                  {place.custom ? (
                    <LabelBadge variant="light" color="grape">
                      {t('directories.customPlace')}
                    </LabelBadge>
                  ) : (
                    <Text size="xs" ff="monospace">
                      {place.id}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{place.nameRu}</Table.Td>
                <Table.Td>{place.nameKk}</Table.Td>
                <Table.Td>{t(`enums.placeLevel.${place.level}`)}</Table.Td>
                <Table.Td>{parent ? localName(parent) : t('common.notSet')}</Table.Td>
                <Table.Td>
                  {place.level === 'settlement' && (
                    <Checkbox
                      checked={place.remote === true}
                      disabled={!canEdit}
                      aria-label={t(place.remote ? 'coverage.unmarkRemote' : 'coverage.markRemote')}
                      title={t(place.remote ? 'coverage.unmarkRemote' : 'coverage.markRemote')}
                      onChange={(event) => markRemote(place, event.currentTarget.checked)}
                      data-testid={`place-remote-${place.id}`}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {adding && <CustomPlaceModal places={sorted} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function CustomPlaceModal({ places, onClose }: Readonly<{ places: readonly Place[]; onClose: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const run = useSafeAction();
  const required = (value: string) => (value.trim() ? null : t('common.required'));
  const form = useForm({
    initialValues: { nameRu: '', nameKk: '', parentId: '' },
    validate: { nameRu: required, nameKk: required, parentId: required },
  });
  const parents = places
    .filter((place) => place.level === 'district' || place.level === 'sub_district')
    .map((place) => ({ value: place.id, label: `${localName(place)} (${place.id})` }));
  return (
    <Modal opened onClose={onClose} title={t('directories.addPlace')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await addCustomPlace(values);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <TextInput label={t('common.nameRu')} {...form.getInputProps('nameRu')} />
          <TextInput label={t('common.nameKk')} {...form.getInputProps('nameKk')} />
          <Select
            label={t('directories.placeParent')}
            data={parents}
            searchable
            {...form.getInputProps('parentId')}
            onChange={(value) => form.setFieldValue('parentId', value ?? '')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
