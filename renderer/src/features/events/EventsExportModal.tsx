import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import { eventTotals } from '@shared/events/totals';
import { eventsHeldExport } from '@shared/export/event-exports';
import type { HeaderLanguage } from '@shared/export/table';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { useSafeAction } from '@/components/use-safe-action';
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
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const [working, setWorking] = useState(false);
  const { districtOf, places } = useDistrictOf();
  const types = useDirectory('event_type');
  const directions = useDirectory('direction');
  const events = useEventsInPeriod(period, filter, districtOf);
  const totals = useMemo(() => eventTotals(events ?? [], districtOf), [events, districtOf]);

  const exportFile = () =>
    run(async () => {
      setWorking(true);
      try {
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
      } finally {
        setWorking(false);
      }
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} />}
            loading={working}
            onClick={exportFile}
            data-testid="export-run"
          >
            {t('exports.exportButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
