import { Alert, Button, Group, Input, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileReport, IconLock, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import type { Language } from '@shared/i18n/languages';
import type { ExportTable } from '@shared/export/table';
import { PeriodPicker } from '@/components/PeriodPicker';
import { useSafeAction } from '@/components/use-safe-action';
import { buildSituationReport } from '@/db';
import { useCan } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useSaveExport } from '@/export/use-save-export';
import { usePrintReport } from '@/export/use-print-report';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { ReportPreview } from './ReportPreview';

const PRINT_ROWS = 5_000;
const SCREEN_ROWS = 100;

/**
 * The справка on the inter-ethnic situation of a period, in Russian or Kazakh. It is built only when
 * asked (each build is written to the action log), then previewed, saved as a workbook or printed
 * the way every report is. The reports page shows it only to operators with the confidential right.
 */
export function SituationReport() {
  const { t } = useTranslation();
  const { language: interfaceLanguage } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const { printing, print: printReport } = usePrintReport();
  const canExport = useCan('export');
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const [built, setBuilt] = useState<{ tables: ExportTable[]; period: Period; language: Language } | null>(null);
  const [working, setWorking] = useState(false);

  // A change of period or language asks for a new build rather than showing the old one under it.
  const current = built && built.period === period && built.language === language ? built : null;
  const fileName = current
    ? `${t('situation.title')} ${formatDate(current.period.from)}-${formatDate(current.period.to)}`
    : '';
  const details = (format: 'xlsx' | 'pdf') => ({
    kind: 'report-situation',
    format,
    ...(current?.period ?? period),
    language,
  });

  const build = () =>
    run(async () => {
      setWorking(true);
      try {
        const tables = await buildSituationReport(period, language, today());
        setBuilt({ tables, period, language });
        notifications.show({ color: 'teal', message: t('situation.built') });
      } finally {
        setWorking(false);
      }
    });

  const saveExcel = () =>
    run(async () => {
      if (!current) return;
      const bytes = await buildWorkbookInWorker(current.tables);
      await saveExport(`${fileName}.xlsx`, bytes, details('xlsx'));
    });

  const print = () => run(() => printReport(`${fileName}.pdf`, details('pdf')));

  return (
    <Stack data-testid="situation-report">
      <Paper withBorder p="md" className="no-print">
        <Stack gap="sm">
          <Alert color="orange" variant="light" icon={<IconLock size={18} />} p="xs">
            {t('situation.hint')}
          </Alert>
          <Group align="flex-end">
            <PeriodPicker period={period} onChange={setPeriod} testId="situation" />
            <Input.Wrapper label={t('situation.language')}>
              <div>
                <SegmentedControl
                  value={language}
                  onChange={(next) => setLanguage(next as Language)}
                  data={[
                    { value: 'ru', label: t('languages.ru') },
                    { value: 'kk', label: t('languages.kk') },
                  ]}
                  data-testid="situation-language"
                />
              </div>
            </Input.Wrapper>
          </Group>
          <Group justify="flex-end">
            <Button
              leftSection={<IconFileReport size={16} />}
              onClick={build}
              loading={working}
              data-testid="situation-build"
            >
              {t('situation.build')}
            </Button>
            {canExport && (
              <>
                <Button
                  variant="default"
                  leftSection={<IconPrinter size={16} />}
                  onClick={print}
                  disabled={!current}
                  data-testid="situation-print"
                >
                  {t('reports.print')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={saveExcel}
                  disabled={!current}
                  data-testid="situation-excel"
                >
                  {t('exports.exportButton')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </Paper>
      {current ? (
        <ReportPreview
          tables={current.tables}
          rowLimit={printing ? PRINT_ROWS : SCREEN_ROWS}
          moreText={(count) => t('reports.moreRows', { count })}
        />
      ) : (
        <Text c="dimmed" className="no-print">
          {t('situation.hint')}
        </Text>
      )}
    </Stack>
  );
}
