import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { useCan, useOfficeProfile } from '@/db/hooks';
import { AuthorityForms } from './forms/AuthorityForms';
import { ReceivePackages } from './ReceivePackages';
import { SendPackage } from './SendPackage';
import { SituationReport } from './SituationReport';
import { StandardReports } from './StandardReports';

/** Reports of a period, and the exchange of packages with the oblast. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, params] = useRoute<{ tab: string }>('/reports/:tab');
  // The справка gathers confidential records: its tab is there only for those with the right to them.
  const canSeeConfidential = useCan('view-confidential');
  const tab =
    params?.tab === 'exchange' || params?.tab === 'forms'
      ? params.tab
      : params?.tab === 'situation' && canSeeConfidential
        ? 'situation'
        : 'standard';
  const profile = useOfficeProfile();
  return (
    <Stack data-testid="reports-page">
      <Title order={2} className="no-print">
        {t('reports.title')}
      </Title>
      <Tabs value={tab} onChange={(next) => navigate(`/reports/${next ?? 'standard'}`)} className="no-print">
        <Tabs.List>
          <Tabs.Tab value="standard" data-testid="reports-tab-standard">
            {t('reports.tabs.standard')}
          </Tabs.Tab>
          {canSeeConfidential && (
            <Tabs.Tab value="situation" data-testid="reports-tab-situation">
              {t('situation.tab')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="forms" data-testid="reports-tab-forms">
            {t('reports.tabs.forms')}
          </Tabs.Tab>
          <Tabs.Tab value="exchange" data-testid="reports-tab-exchange">
            {t('reports.tabs.exchange')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'standard' && <StandardReports />}
      {tab === 'situation' && <SituationReport />}
      {tab === 'forms' && <AuthorityForms />}
      {tab === 'exchange' &&
        profile &&
        (profile.level === 'district' ? <SendPackage profile={profile} /> : <ReceivePackages profile={profile} />)}
    </Stack>
  );
}
