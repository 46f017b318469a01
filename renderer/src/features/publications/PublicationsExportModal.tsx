import { Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import { publicationsExport } from '@shared/export/publication-exports';
import type { HeaderLanguage } from '@shared/export/table';
import { countPublications } from '@shared/publications/counts';
import { nameIn } from '@shared/text/name-in';
import { ExportActions } from '@/components/ExportActions';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { useExportRun } from '@/components/use-export-run';
import { eventsByIds } from '@/db';
import { usePublicationsInPeriod } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useSaveExport } from '@/export/use-save-export';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

/** The publications of a period as a workbook: the list and the totals by outlet type and language. */
export function PublicationsExportModal({
  initialPeriod,
  onClose,
}: Readonly<{ initialPeriod: Period; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { working, start } = useExportRun();
  const saveExport = useSaveExport();
  const [period, setPeriod] = useState<Period>(initialPeriod);
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const publications = usePublicationsInPeriod(period);
  const counts = useMemo(() => countPublications(publications ?? [], period), [publications, period]);

  const exportFile = () =>
    start(async () => {
      const rows = publications ?? [];
      const linked = [...new Set(rows.flatMap((publication) => (publication.eventId ? [publication.eventId] : [])))];
      const events = await eventsByIds(linked);
      const titles = new Map(events.map((event) => [event.id as string, nameIn(language, event)]));
      const tables = publicationsExport(rows, (id) => titles.get(id) ?? '', period, {
        language,
        headers,
        maskPersonalData: false,
        asOf: today(),
      });
      const bytes = await buildWorkbookInWorker(tables);
      const name = `${t('publications.exports.title')} ${formatDate(period.from)}-${formatDate(period.to)}.xlsx`;
      await saveExport(name, bytes, { kind: 'publications', ...period, rows: counts.count });
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={t('publications.export')} size="lg">
      <Stack>
        <Group align="flex-end">
          <PeriodPicker period={period} onChange={setPeriod} testId="export" />
        </Group>
        <HeaderLanguagePicker value={headers} onChange={setHeaders} />
        <Text data-testid="export-summary">
          {t('publications.summary', { count: counts.count, reach: counts.reach.toLocaleString('ru-RU') })}
        </Text>
        <ExportActions working={working} onCancel={onClose} onExport={exportFile} />
      </Stack>
    </Modal>
  );
}
