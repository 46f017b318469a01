import { Button, Drawer, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@shared/dates/format';
import type { VisitId } from '@shared/model/ids';
import type { KelisimEvent } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { StatCard } from '@/components/StatCard';
import { useSafeAction } from '@/components/use-safe-action';
import { useCan, useDirectory, usePlaces, useVisitDetail } from '@/db/hooks';
import { useSavePdf } from '@/export/use-save-pdf';
import { useLanguage } from '@/i18n/use-language';
import { blankEvent, EventFormModal } from '../events/EventFormModal';
import { LabelBadge } from '@/components/LabelBadge';

/** A field visit: where and when the group went, what it held and whom it received, with the totals. */
export function VisitCard({ visitId, onClose }: Readonly<{ visitId: VisitId; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const canEdit = useCan('edit');
  const canExport = useCan('export');
  const run = useSafeAction();
  const savePdf = useSavePdf();
  const detail = useVisitDetail(visitId);
  const places = usePlaces();
  const types = useDirectory('event_type');
  const [editing, setEditing] = useState<{ event: KelisimEvent | null } | null>(null);
  const place = places?.find((item) => item.id === detail?.visit.placeId);
  const typeName = (code: string) => {
    const type = types?.find((item) => item.code === code);
    return type ? localName(type) : code;
  };

  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={t('workingGroups.visit')}>
      {detail && (
        <Stack data-testid="visit-card">
          <Stack gap={2}>
            <Title order={3}>{place ? localName(place) : detail.visit.placeId}</Title>
            <Text c="dimmed">
              {nameIn(language, detail.group)} · {formatDate(detail.visit.start)} – {formatDate(detail.visit.end)}
            </Text>
          </Stack>
          <Title order={5}>{t('workingGroups.visitTotals')}</Title>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <StatCard label={t('workingGroups.totals.events')} value={detail.totals.events} testId="visit-events" />
            <StatCard
              label={t('workingGroups.totals.participants')}
              value={detail.totals.participants}
              testId="visit-participants"
            />
            <StatCard
              label={t('workingGroups.totals.received')}
              value={detail.totals.received}
              testId="visit-received"
            />
            <StatCard label={t('workingGroups.totals.helped')} value={detail.totals.helped} testId="visit-helped" />
            <StatCard
              label={t('workingGroups.totals.underControl')}
              value={detail.totals.underControl}
              testId="visit-control"
            />
          </SimpleGrid>
          <Group justify="space-between">
            <Title order={5}>{t('workingGroups.visitEvents')}</Title>
            <Group gap="xs" className="no-print">
              {canExport && (
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPrinter size={14} />}
                  onClick={() =>
                    run(async () => {
                      await savePdf(t('workingGroups.visit'), false, { kind: 'visit', visit: visitId });
                    })
                  }
                  data-testid="visit-print"
                >
                  {t('workingGroups.print')}
                </Button>
              )}
              {canEdit && (
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setEditing({ event: null })}
                  data-testid="visit-add-event"
                >
                  {t('workingGroups.addEventToVisit')}
                </Button>
              )}
            </Group>
          </Group>
          {detail.events.length === 0 ? (
            <Text c="dimmed">{t('workingGroups.noVisitEvents')}</Text>
          ) : (
            <Table striped>
              <Table.Tbody>
                {detail.events.map((event) => (
                  <Table.Tr key={event.id} style={{ cursor: 'pointer' }} onClick={() => setEditing({ event })}>
                    <Table.Td>{formatDateTime(event.start)}</Table.Td>
                    <Table.Td>{nameIn(language, event)}</Table.Td>
                    <Table.Td>{typeName(event.typeCode)}</Table.Td>
                    <Table.Td>
                      <LabelBadge variant="light">{t(`enums.eventStatus.${event.status}`)}</LabelBadge>
                    </Table.Td>
                    <Table.Td>{event.status === 'held' ? (event.actualParticipants ?? 0) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {editing && detail && (
        <EventFormModal
          event={editing.event}
          draft={blankEvent(detail.visit.start, detail.visit)}
          readOnly={!canEdit}
          onClose={() => setEditing(null)}
        />
      )}
    </Drawer>
  );
}
