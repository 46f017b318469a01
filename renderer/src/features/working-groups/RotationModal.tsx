import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { proposeRotation, rotationBeyondCalendar, rotationProblems, type RotationVisit } from '@shared/events/rotation';
import { rotationExport } from '@shared/export/event-exports';
import type { Place } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { DateField } from '@/components/DateField';
import { useSafeAction } from '@/components/use-safe-action';
import { confirmRotation } from '@/db';
import { useCan, usePlaces, useWorkingGroups } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useSaveExport } from '@/export/use-save-export';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { useWorkingCalendar } from '@/db/hooks';

/**
 * Proposes a tour where every chosen group visits every chosen place once, with no two groups in
 * one place at a time; the user may change a row's place before confirming, and the problems
 * that change causes are shown at once.
 */
export function RotationModal({ onClose }: Readonly<{ onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const canExport = useCan('export');
  const groups = useWorkingGroups();
  const places = usePlaces();
  const calendar = useWorkingCalendar();
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [placeIds, setPlaceIds] = useState<string[]>([]);
  const [start, setStart] = useState(today());
  const [daysPerVisit, setDaysPerVisit] = useState<number>(2);
  const [gapDays, setGapDays] = useState<number>(0);
  const [schedule, setSchedule] = useState<RotationVisit[] | null>(null);
  const placeById = useMemo(() => new Map<string, Place>((places ?? []).map((place) => [place.id, place])), [places]);
  const groupName = (id: string) =>
    nameIn(
      language,
      groups?.find((group) => group.id === id),
    );
  const placeName = (id: string) => {
    const place = placeById.get(id);
    return place ? localName(place) : id;
  };
  const placeOptions = useMemo(
    () =>
      (places ?? [])
        .filter((place) => place.level === 'district' || place.level === 'settlement')
        .map((place) => ({ value: place.id, label: localName(place) })),
    [places, localName],
  );
  const problems = schedule ? rotationProblems(schedule, groupIds, placeIds) : null;

  // Weekends and the production calendar's holidays are skipped (issue 18).
  const propose = () =>
    calendar && setSchedule(proposeRotation({ groupIds, placeIds, start, daysPerVisit, gapDays, calendar }));
  const beyondCalendar = schedule && calendar?.knownUntil && rotationBeyondCalendar(schedule, calendar);

  const exportSchedule = () =>
    run(async () => {
      if (!schedule) return;
      const table = rotationExport(schedule, groupName, placeName, {
        language,
        headers: language,
        maskPersonalData: false,
        asOf: today(),
      });
      const bytes = await buildWorkbookInWorker([table]);
      await saveExport(`${t('workingGroups.rotation')} ${formatDate(start)}.xlsx`, bytes, {
        kind: 'rotation',
        rows: schedule.length,
      });
    });

  return (
    <Modal opened onClose={onClose} size="xl" title={t('workingGroups.rotation')}>
      <Stack>
        <Text size="sm">{t('workingGroups.rotationIntro')}</Text>
        <MultiSelect
          label={t('workingGroups.groups')}
          searchable
          data={(groups ?? []).map((group) => ({ value: group.id, label: nameIn(language, group) }))}
          value={groupIds}
          onChange={(value) => {
            setGroupIds(value);
            setSchedule(null);
          }}
          data-testid="rotation-groups"
        />
        <MultiSelect
          label={t('workingGroups.places')}
          searchable
          limit={80}
          data={placeOptions}
          value={placeIds}
          onChange={(value) => {
            setPlaceIds(value);
            setSchedule(null);
          }}
          data-testid="rotation-places"
        />
        <Group grow>
          <DateField
            label={t('workingGroups.startDate')}
            value={start}
            onChange={(value) => value && setStart(value)}
            data-testid="rotation-start"
          />
          <NumberInput
            label={t('workingGroups.daysPerVisit')}
            min={1}
            max={30}
            value={daysPerVisit}
            onChange={(value) => setDaysPerVisit(Number(value) || 1)}
            data-testid="rotation-days"
          />
          <NumberInput
            label={t('workingGroups.gapDays')}
            min={0}
            max={30}
            value={gapDays}
            onChange={(value) => setGapDays(Number(value) || 0)}
            data-testid="rotation-gap"
          />
        </Group>
        <Group>
          <Button
            onClick={propose}
            disabled={!calendar || groupIds.length === 0 || placeIds.length === 0}
            data-testid="rotation-propose"
          >
            {t('workingGroups.propose')}
          </Button>
        </Group>
        {schedule && (
          <>
            <Table striped withTableBorder data-testid="rotation-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('workingGroups.round')}</Table.Th>
                  <Table.Th>{t('workingGroups.dates')}</Table.Th>
                  <Table.Th>{t('workingGroups.group')}</Table.Th>
                  <Table.Th>{t('events.fields.place')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {schedule.map((visit, index) => (
                  <Table.Tr key={`${visit.groupId}-${visit.round}`}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>{visit.round + 1}</Table.Td>
                    <Table.Td>
                      {formatDate(visit.start)} – {formatDate(visit.end)}
                    </Table.Td>
                    <Table.Td>{groupName(visit.groupId)}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        allowDeselect={false}
                        data={placeIds.map((id) => ({ value: id, label: placeName(id) }))}
                        value={visit.placeId}
                        onChange={(next) =>
                          next &&
                          setSchedule((current) =>
                            (current ?? []).map((row, rowIndex) =>
                              rowIndex === index ? { ...row, placeId: next } : row,
                            ),
                          )
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {beyondCalendar && (
              <Text size="sm" c="orange.9" data-testid="rotation-beyond-calendar">
                {t('workingCalendar.rotationBeyond', { known: formatDate(calendar.knownUntil) })}
              </Text>
            )}
            {problems && (problems.clashes.length > 0 || problems.missing.length > 0) && (
              <Alert color="red" data-testid="rotation-problems">
                {problems.clashes.map(([a, b]) => (
                  <Text key={`${a}-${b}`} size="sm">
                    {t('workingGroups.clash', { a: a + 1, b: b + 1 })}
                  </Text>
                ))}
                {problems.missing.map((missing) => (
                  <Text key={`${missing.groupId}-${missing.placeId}`} size="sm">
                    {t('workingGroups.missing', {
                      group: groupName(missing.groupId),
                      place: placeName(missing.placeId),
                    })}
                  </Text>
                ))}
              </Alert>
            )}
            <Group justify="flex-end">
              {canExport && (
                <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportSchedule}>
                  {t('exports.exportButton')}
                </Button>
              )}
              <Button
                data-testid="rotation-confirm"
                disabled={!problems || problems.clashes.length > 0}
                onClick={() =>
                  run(async () => {
                    const visits = await confirmRotation(schedule);
                    notifications.show({
                      color: 'teal',
                      message: t('workingGroups.confirmed', { count: visits.length }),
                    });
                    onClose();
                  })
                }
              >
                {t('workingGroups.confirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
