import { Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import { eventTotals } from '@shared/events/totals';
import { eventsHeldExport } from '@shared/export/event-exports';
import type { HeaderLanguage } from '@shared/export/table';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { ExportActions } from '@/components/ExportActions';
import { useExportRun } from '@/components/use-export-run';
import { useSaveExport } from '@/export/use-save-export';
import { type EventFilter } from '@/db';
import { useDirectory, useEventsInPeriod } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { useDistrictOf } from './use-district-of';

/** "Information on events held" for a period and the calendar's filters, as a styled workbook. */
export function EventsExportModal({ filter, onClose }: Readonly<{ filter: EventFilter; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { working, start } = useExportRun();
  const saveExport = useSaveExport();
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const { districtOf, places } = useDistrictOf();
  const types = useDirectory('event_type');
  const directions = useDirectory('direction');
  const events = useEventsInPeriod(period, filter, districtOf);
  const totals = useMemo(() => eventTotals(events ?? [], districtOf), [events, districtOf]);

  const exportFile = () =>
    start(async () => {
      const lookups = {
        places: new Map(places.map((place) => [place.id, place])),
        eventTypes: new Map((types ?? []).map((item) => [item.code, item])),
        directions: new Map((directions ?? []).map((item) => [item.id, item])),
        districtOf,
      };
      const tables = eventsHeldExport(events ?? [], lookups, period, {
        language,
        headers,
        maskPersonalData: false,
        asOf: today(),
      });
      const bytes = await buildWorkbookInWorker(tables);
      const name = `${t('events.exportTitle')} ${formatDate(period.from)}-${formatDate(period.to)}.xlsx`;
      await saveExport(name, bytes, { kind: 'events-held', ...period, ...filter, rows: totals.events });
      onClose();
    });

  return (
    <Modal opened onClose={onClose} title={t('events.exportTitle')} size="lg">
      <Stack>
        <Group align="flex-end">
          <PeriodPicker period={period} onChange={setPeriod} testId="export" />
        </Group>
        <HeaderLanguagePicker value={headers} onChange={setHeaders} />
        <Text data-testid="export-summary">
          {t('events.heldInPeriod', { events: totals.events, participants: totals.participants })}
        </Text>
        <ExportActions working={working} onCancel={onClose} onExport={exportFile} />
      </Stack>
    </Modal>
  );
}
