import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { MediationTab } from './MediationTab';
import { RisksTab } from './RisksTab';
import { SettlementsTab } from './SettlementsTab';

const TABS = ['settlements', 'risks', 'mediation'] as const;
type Tab = (typeof TABS)[number];

/** Settlements and places of compact residence, the register of tension risks, mediation and councils. */
export function MonitoringPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, params] = useRoute<{ tab: string }>('/monitoring/:tab');
  const tab: Tab = TABS.find((value) => value === params?.tab) ?? 'settlements';
  return (
    <Stack data-testid="monitoring-page">
      <Title order={2}>{t('monitoring.title')}</Title>
      <Alert color="gray" variant="light" p="xs">
        {t('monitoring.confidentialNote')}
      </Alert>
      <Tabs value={tab} onChange={(next) => navigate(`/monitoring/${next ?? 'settlements'}`)}>
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`monitoring-tab-${value}`}>
              {t(`monitoring.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'settlements' && <SettlementsTab />}
      {tab === 'risks' && <RisksTab />}
      {tab === 'mediation' && <MediationTab />}
    </Stack>
  );
}
