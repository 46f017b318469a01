import { Button } from '@mantine/core';
import { IconFileImport, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '@shared/model/ids';
import type { Plan } from '@shared/model/records';
import { useCan } from '@/db/hooks';
import { ExecutionReportModal } from './ExecutionReportModal';
import { PlanImportModal } from './PlanImportModal';

/** The plan toolbar's «Импорт плана» and «Отчёт об исполнении», each for whoever may import or export. */
export function PlanFileButtons({
  plans,
  planId,
  onImported,
}: Readonly<{ plans: readonly Plan[]; planId: PlanId | null; onImported: (planId: PlanId) => void }>) {
  const { t } = useTranslation();
  const canImport = useCan('import');
  const canExport = useCan('export');
  const [importing, setImporting] = useState(false);
  const [reporting, setReporting] = useState(false);
  return (
    <>
      {canImport && (
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => setImporting(true)}
          data-testid="plan-import"
        >
          {t('planFiles.import.button')}
        </Button>
      )}
      {canExport && plans.length > 0 && (
        <Button
          variant="default"
          leftSection={<IconReportAnalytics size={16} />}
          onClick={() => setReporting(true)}
          data-testid="plan-execution-report"
        >
          {t('planFiles.report.button')}
        </Button>
      )}
      {importing && (
        <PlanImportModal
          onClose={() => setImporting(false)}
          onImported={(batch) => {
            const id = batch.added.plans?.[0];
            if (id) onImported(id as PlanId);
          }}
        />
      )}
      {reporting && <ExecutionReportModal plans={plans} planId={planId} onClose={() => setReporting(false)} />}
    </>
  );
}
