import { Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import type { HeaderLanguage } from '@shared/export/table';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { useSafeAction } from '@/components/use-safe-action';
import { useSaveExport } from '@/export/use-save-export';
import { usePrintReport } from '@/export/use-print-report';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { buildStandardReport, reportKinds, type ReportKind } from '@/db';
import { useCan, useStandardReport } from '@/db/hooks';
import { ReportPreview } from './ReportPreview';
import { WordExportModal } from './WordExportModal';

/** Rows shown on screen per sheet; printing shows up to PRINT_ROWS, the workbook all of them. */
const SCREEN_ROWS = 50;
const PRINT_ROWS = 5_000;

const periodless: readonly ReportKind[] = ['associations', 'members'];

/**
 * The standard reports of a period: chosen, previewed, saved as a styled workbook or printed
 * (to paper, or to PDF), with headers in Russian, Kazakh or both.
 */
export function StandardReports() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const { printing, print: printReport } = usePrintReport();
  const canExport = useCan('export');
  const canSeeConfidential = useCan('view-confidential');
  const [kind, setKind] = useState<ReportKind>('information');
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const [mask, setMask] = useState(true);
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [working, setWorking] = useState(false);
  const [savingWord, setSavingWord] = useState(false);
  const options = { language, headers, maskPersonalData: mask, asOf: today(), today: today(), includeConfidential };

  const tables = useStandardReport(kind, period, options);

  const fileName = `${t(`reports.kinds.${kind}`)} ${
    periodless.includes(kind) ? formatDate(today()) : `${formatDate(period.from)}-${formatDate(period.to)}`
  }`;

  const details = (format: 'xlsx' | 'pdf' | 'docx') => ({
    kind: `report-${kind}`,
    format,
    ...(periodless.includes(kind) ? {} : period),
    masked: mask,
    includeConfidential,
    rows: tables?.[0]?.rows.length ?? 0,
  });

  const saveExcel = () =>
    run(async () => {
      setWorking(true);
      try {
        const built = await buildStandardReport(kind, period, options);
        const bytes = await buildWorkbookInWorker(built);
        await saveExport(`${fileName}.xlsx`, bytes, details('xlsx'));
      } finally {
        setWorking(false);
      }
    });

  const print = () => run(() => printReport(`${fileName}.pdf`, details('pdf')));

  return (
    <Stack>
      <Paper withBorder p="md" className="no-print">
        <Stack gap="sm">
          <Group align="flex-end">
            <Select
              label={t('reports.kind')}
              value={kind}
              onChange={(next) => next && setKind(next as ReportKind)}
              data={reportKinds.map((value) => ({ value, label: t(`reports.kinds.${value}`) }))}
              allowDeselect={false}
              w={320}
              data-testid="report-kind"
            />
            {!periodless.includes(kind) && <PeriodPicker period={period} onChange={setPeriod} testId="report" />}
          </Group>
          <Group align="flex-end">
            <HeaderLanguagePicker value={headers} onChange={setHeaders} testId="report-headers" />
            {(kind === 'members' || kind === 'receptions') && (
              <Checkbox
                label={t('exports.mask')}
                checked={mask}
                onChange={(event) => setMask(event.currentTarget.checked)}
                mb={6}
              />
            )}
            {kind === 'receptions' && canSeeConfidential && (
              <Checkbox
                label={t('receptionExport.includeConfidential')}
                checked={includeConfidential}
                onChange={(event) => setIncludeConfidential(event.currentTarget.checked)}
                mb={6}
                data-testid="report-include-confidential"
              />
            )}
          </Group>
          {canExport && (
            <Group justify="flex-end">
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                onClick={print}
                disabled={!tables}
                data-testid="report-print"
              >
                {t('reports.print')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconFileTypeDocx size={16} />}
                onClick={() => setSavingWord(true)}
                disabled={!tables}
                data-testid="report-word"
              >
                {t('word.button')}
              </Button>
              <Button
                leftSection={<IconDownload size={16} />}
                onClick={saveExcel}
                loading={working}
                disabled={!tables}
                data-testid="report-excel"
              >
                {t('exports.exportButton')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      {savingWord && (
        <WordExportModal
          kind={kind}
          period={period}
          options={options}
          fileName={fileName}
          details={details('docx')}
          onClose={() => setSavingWord(false)}
        />
      )}
      {tables ? (
        <ReportPreview
          tables={tables}
          rowLimit={printing ? PRINT_ROWS : SCREEN_ROWS}
          moreText={(count) => t('reports.moreRows', { count })}
        />
      ) : (
        <Text c="dimmed">{t('exports.working')}</Text>
      )}
    </Stack>
  );
}
