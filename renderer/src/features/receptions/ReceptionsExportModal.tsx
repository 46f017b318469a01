import { Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import type { HeaderLanguage } from '@shared/export/table';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { ExportActions } from '@/components/ExportActions';
import { useExportRun } from '@/components/use-export-run';
import { useSaveExport } from '@/export/use-save-export';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { receptionsReport } from '@/db';
import { useCan, useReceptionsInPeriod } from '@/db/hooks';

/**
 * The reception journal and its topics × outcomes summary for a period, as a styled workbook.
 * Confidential receptions go into the file only when the user ticks them in; otherwise the file
 * says how many were left out.
 */
export function ReceptionsExportModal({ onClose }: Readonly<{ onClose: () => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { working, start } = useExportRun();
  const saveExport = useSaveExport();
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [mask, setMask] = useState(false);
  const canSeeConfidential = useCan('view-confidential');
  const receptions = useReceptionsInPeriod(period, includeConfidential);
  const shown = receptions?.rows ?? [];
  const leftOut = receptions?.hidden ?? 0;
  const underControl = shown.filter((reception) => reception.outcome === 'control').length;

  const exportFile = () =>
    start(async () => {
      const tables = await receptionsReport(period, {
        language,
        headers,
        maskPersonalData: mask,
        asOf: today(),
        today: today(),
        includeConfidential,
      });
      const bytes = await buildWorkbookInWorker(tables);
      const name = `${t('receptionExport.title')} ${formatDate(period.from)}-${formatDate(period.to)}.xlsx`;
      await saveExport(name, bytes, {
        kind: 'receptions',
        ...period,
        includeConfidential,
        masked: mask,
        rows: tables[0]?.rows.length ?? 0,
      });
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={t('receptionExport.title')} size="lg">
      <Stack>
        <Group align="flex-end">
          <PeriodPicker period={period} onChange={setPeriod} testId="export" />
        </Group>
        <HeaderLanguagePicker value={headers} onChange={setHeaders} />
        {canSeeConfidential && (
          <Checkbox
            label={t('receptionExport.includeConfidential')}
            description={t('receptionExport.includeConfidentialHint')}
            checked={includeConfidential}
            onChange={(event) => setIncludeConfidential(event.currentTarget.checked)}
            data-testid="export-include-confidential"
          />
        )}
        <Checkbox
          label={t('receptionExport.maskPersonalData')}
          checked={mask}
          onChange={(event) => setMask(event.currentTarget.checked)}
          data-testid="export-mask"
        />
        <div data-testid="export-summary">
          <Text>{t('receptionExport.summary', { count: shown.length, control: underControl })}</Text>
          {leftOut > 0 && (
            <Text size="sm" c="dimmed">
              {t('receptionExport.leftOut', { count: leftOut })}
            </Text>
          )}
        </div>
        <ExportActions working={working} disabled={!receptions} onCancel={onClose} onExport={exportFile} />
      </Stack>
    </Modal>
  );
}
