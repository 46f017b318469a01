import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { AssociationCard } from './AssociationCard';
import { AssociationsTab } from './AssociationsTab';
import { DuplicatesTab } from './DuplicatesTab';
import { ImportsTab } from './ImportsTab';
import { PeopleTab } from './PeopleTab';

const TABS = ['associations', 'people', 'duplicates', 'imports'] as const;
type Tab = (typeof TABS)[number];

export function RegistryPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [isCard, cardParams] = useRoute<{ id: string }>('/registry/associations/:id');
  const [, tabParams] = useRoute<{ tab: string }>('/registry/:tab');
  if (isCard) return <AssociationCard id={cardParams.id} />;
  const tab: Tab = TABS.find((candidate) => candidate === tabParams?.tab) ?? 'associations';
  return (
    <Stack>
      <Title order={2}>{t('nav.registry')}</Title>
      <Tabs value={tab} onChange={(next) => navigate(`/registry/${next ?? 'associations'}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="associations" data-testid="registry-tab-associations">
            {t('registry.associationsTab')}
          </Tabs.Tab>
          <Tabs.Tab value="people" data-testid="registry-tab-people">
            {t('registry.peopleTab')}
          </Tabs.Tab>
          <Tabs.Tab value="duplicates" data-testid="registry-tab-duplicates">
            {t('registry.duplicatesTab')}
          </Tabs.Tab>
          <Tabs.Tab value="imports" data-testid="registry-tab-imports">
            {t('registry.importsTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="associations" pt="md">
          <AssociationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <PeopleTab />
        </Tabs.Panel>
        <Tabs.Panel value="duplicates" pt="md">
          <DuplicatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="imports" pt="md">
          <ImportsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
