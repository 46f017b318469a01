import { Button, Group, Input, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { formatDate } from '@shared/dates/format';
import { periodKinds, periodOf, type Period, type PeriodKind } from '@shared/events/period';
import { eventTotals } from '@shared/events/totals';
import { eventsHeldExport } from '@shared/export/event-exports';
import type { HeaderLanguage } from '@shared/export/table';
import { DateField } from '@/components/DateField';
import { useSafeAction } from '@/components/use-safe-action';
import { db } from '@/db';
import { useDirectory, useEventsInPeriod } from '@/db/hooks';
import { appendAudit } from '@/db/repositories/audit';
import type { EventFilter } from '@/db/repositories/events';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { useDistrictOf } from './use-district-of';

/** "Information on events held" for a period and the calendar's filters, as a styled workbook. */
export function EventsExportModal({ filter, onClose }: Readonly<{ filter: EventFilter; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const [kind, setKind] = useState<PeriodKind>('quarter');
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
        const result = await desktop.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
        if (result.saved) {
          await db.transaction('rw', db.auditLog, () =>
            appendAudit(db, 'export', {
              details: { kind: 'events-held', ...period, ...filter, rows: totals.events, sha256: fileHash(bytes) },
            }),
          );
          notifications.show({ color: 'teal', message: t('exports.saved', { name: result.fileName ?? name }) });
        }
        onClose();
      } finally {
        setWorking(false);
      }
    });

  return (
    <Modal opened onClose={onClose} title={t('events.exportTitle')} size="lg">
      <Stack>
        <Input.Wrapper label={t('events.periodKind')}>
          <div>
            <SegmentedControl
              value={kind}
              onChange={(value) => {
                setKind(value as PeriodKind);
                setPeriod(periodOf(value as PeriodKind, period.from));
              }}
              data={periodKinds.map((value) => ({ value, label: t(`events.periods.${value}`) }))}
            />
          </div>
        </Input.Wrapper>
        <Group grow>
          <DateField
            label={t('events.from')}
            value={period.from}
            onChange={(from) => from && setPeriod((current) => ({ ...current, from }))}
            data-testid="export-from"
          />
          <DateField
            label={t('events.to')}
            value={period.to}
            onChange={(to) => to && setPeriod((current) => ({ ...current, to }))}
            data-testid="export-to"
          />
        </Group>
        <Input.Wrapper label={t('exports.headerLanguage')}>
          <div>
            <SegmentedControl
              value={headers}
              onChange={(value) => setHeaders(value as HeaderLanguage)}
              data={[
                { value: 'ru', label: t('languages.ru') },
                { value: 'kk', label: t('languages.kk') },
                { value: 'both', label: t('exports.both') },
              ]}
            />
          </div>
        </Input.Wrapper>
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
