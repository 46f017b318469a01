import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectoryKind } from '@shared/model/records';
import { DirectoryTab } from './DirectoryTab';
import { EthnicGroupsTab } from './EthnicGroupsTab';
import { PlacesTab } from './PlacesTab';

const DIRECTORY_TABS: readonly DirectoryKind[] = [
  'event_type',
  'audience',
  'reception_topic',
  'agency',
  'project',
  'direction',
  'legal_form',
  'unit_kind',
];

export function DirectoriesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('directories.title')}</Title>
      <Tabs defaultValue="places" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="places" data-testid="tab-places">
            {t('directories.places')}
          </Tabs.Tab>
          <Tabs.Tab value="ethnicGroups" data-testid="tab-ethnic-groups">
            {t('directories.ethnicGroups')}
          </Tabs.Tab>
          {DIRECTORY_TABS.map((kind) => (
            <Tabs.Tab key={kind} value={kind} data-testid={`tab-${kind}`}>
              {t(`directories.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="places" pt="md">
          <PlacesTab />
        </Tabs.Panel>
        <Tabs.Panel value="ethnicGroups" pt="md">
          <EthnicGroupsTab />
        </Tabs.Panel>
        {DIRECTORY_TABS.map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="md">
            <DirectoryTab kind={kind} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
