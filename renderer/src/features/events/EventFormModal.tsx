import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventInputSchema, type EventInput } from '@shared/events/event-input';
import { occurrenceDates, type RecurrenceFrequency, type SeriesScope } from '@shared/events/recurrence';
import { toEventId } from '@shared/model/ids';
import { eventStatuses, type KelisimEvent } from '@shared/model/records';
import { allowedExternalUrl } from '@shared/security/external-link';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { createEvent, deleteEvent, updateEvent } from '@/db';
import { useAssociationNames, useDirectory, useWorkingGroups } from '@/db/hooks';
import { desktop } from '@/desktop';
import { useLanguage } from '@/i18n/use-language';
import { EventAttachments } from './EventAttachments';
import { eventAsTemplate, eventToInput } from '@shared/events/event-template';

interface Values {
  title: string;
  typeCode: string;
  projectId: string;
  directionId: string;
  workingGroupId: string;
  visitId: string;
  date: string;
  time: string;
  endTime: string;
  allDay: boolean;
  placeId: string;
  venue: string;
  associationIds: string[];
  audienceCodes: string[];
  organiserAgencyIds: string[];
  organiserPersonIds: string[];
  plannedParticipants: number | string;
  actualParticipants: number | string;
  status: KelisimEvent['status'];
  statusReason: string;
  result: string;
  links: string;
  repeat: 'none' | RecurrenceFrequency;
  repeatUntil: string;
}

function valuesOf(input: EventInput): Values {
  const time = input.start.length > 10 ? input.start.slice(11, 16) : '';
  const endTime = input.end && input.end.length > 10 ? input.end.slice(11, 16) : '';
  return {
    title: input.title,
    typeCode: input.typeCode,
    projectId: input.projectId ?? '',
    directionId: input.directionId ?? '',
    workingGroupId: input.workingGroupId ?? '',
    visitId: input.visitId ?? '',
    date: input.start.slice(0, 10),
    time,
    endTime,
    allDay: input.allDay,
    placeId: input.placeId ?? '',
    venue: input.venue ?? '',
    associationIds: input.associationIds,
    audienceCodes: input.audienceCodes,
    organiserAgencyIds: input.organiserAgencyIds,
    organiserPersonIds: input.organiserPersonIds,
    plannedParticipants: input.plannedParticipants ?? '',
    actualParticipants: input.actualParticipants ?? '',
    status: input.status,
    statusReason: input.statusReason ?? '',
    result: input.result ?? '',
    links: input.links.join('\n'),
    repeat: 'none',
    repeatUntil: '',
  };
}

/** What the schema checks: the form's separate date and times become local date-times. */
function inputOf(values: Values, keepEndDate?: string): Record<string, unknown> {
  const start = values.allDay || !values.time ? values.date : `${values.date}T${values.time}`;
  const endDate = keepEndDate && keepEndDate > values.date ? keepEndDate : values.date;
  const end = !values.allDay && values.time && values.endTime ? `${endDate}T${values.endTime}` : undefined;
  return {
    title: values.title,
    typeCode: values.typeCode,
    projectId: values.projectId,
    directionId: values.directionId,
    workingGroupId: values.workingGroupId,
    visitId: values.visitId,
    start,
    end,
    allDay: values.allDay || !values.time,
    placeId: values.placeId,
    venue: values.venue,
    organiserAgencyIds: values.organiserAgencyIds,
    // An organiser row left empty is not an organiser.
    organiserPersonIds: values.organiserPersonIds.filter(Boolean),
    associationIds: values.associationIds,
    audienceCodes: values.audienceCodes,
    plannedParticipants: values.plannedParticipants,
    actualParticipants: values.actualParticipants,
    status: values.status,
    statusReason: values.statusReason,
    result: values.result,
    links: values.links
      .split('\n')
      .map((link) => link.trim())
      .filter(Boolean),
  };
}

export const blankEvent = (
  date: string,
  visit?: { id: string; workingGroupId: string; placeId: string },
): EventInput => ({
  title: '',
  typeCode: '',
  start: date,
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: [],
  audienceCodes: [],
  status: 'planned',
  links: [],
  projectId: undefined,
  directionId: undefined,
  workingGroupId: visit?.workingGroupId,
  visitId: visit?.id,
  end: undefined,
  placeId: visit?.placeId,
  venue: undefined,
  plannedParticipants: undefined,
  actualParticipants: undefined,
  statusReason: undefined,
  result: undefined,
});

/**
 * Creates or edits an event. A new one can repeat weekly or monthly; an occurrence of a series
 * is saved alone or with the following ones. "Copy as template" opens a new event with the plan
 * and none of the facts.
 */
export function EventFormModal({
  event,
  draft,
  readOnly,
  onClose,
}: Readonly<{
  event: KelisimEvent | null;
  draft: EventInput;
  readOnly: boolean;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const types = useDirectory('event_type');
  const projects = useDirectory('project');
  const directions = useDirectory('direction');
  const audiences = useDirectory('audience');
  const agencies = useDirectory('agency');
  const associations = useAssociationNames();
  const groups = useWorkingGroups();
  const [current, setCurrent] = useState<KelisimEvent | null>(event);
  const [scope, setScope] = useState<SeriesScope>('this');
  const form = useForm<Values>({
    initialValues: valuesOf(event ? eventToInput(event) : draft),
    validate: (values) => {
      const parsed = eventInputSchema.safeParse(inputOf(values, current?.end?.slice(0, 10)));
      const errors: Record<string, string> = parsed.success ? {} : messages(parsed.error);
      if (errors.start) errors.date = errors.start;
      if (errors.end) errors.endTime = errors.end;
      if (!values.typeCode) errors.typeCode = t('common.required');
      if (values.repeat !== 'none' && !values.repeatUntil) errors.repeatUntil = t('common.required');
      return errors;
    },
  });
  const values = form.values;
  const project = projects?.find((item) => item.id === values.projectId);
  const options = (
    items: { id: string; code: string; nameRu: string; nameKk: string }[] | undefined,
    by: 'id' | 'code',
  ) => (items ?? []).map((item) => ({ value: item[by], label: localName(item) }));
  const occurrences =
    values.repeat !== 'none' && values.repeatUntil
      ? occurrenceDates(values.date, { frequency: values.repeat, interval: 1, until: values.repeatUntil }).length
      : 0;

  const save = (next: Values) =>
    run(async () => {
      const input = inputOf(next, current?.end?.slice(0, 10));
      if (current) {
        await updateEvent(current.id, input, scope);
        notifications.show({ color: 'teal', message: t('common.saved') });
      } else {
        const created = await createEvent(
          input,
          next.repeat === 'none' ? undefined : { frequency: next.repeat, interval: 1, until: next.repeatUntil },
        );
        notifications.show({
          color: 'teal',
          message: created.length > 1 ? t('events.createdMany', { count: created.length }) : t('events.created'),
        });
      }
      onClose();
    });

  const copyAsTemplate = () => {
    if (!current) return;
    setCurrent(null);
    form.setValues(valuesOf(eventAsTemplate(current)));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={current ? t('events.editEvent') : t('events.newEvent')}
      data-testid="event-form"
    >
      <form onSubmit={form.onSubmit(save)}>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <TextInput
              label={t('events.fields.title')}
              withAsterisk
              data-testid="event-title"
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={2}>
              <Select
                label={t('events.fields.type')}
                withAsterisk
                searchable
                data-testid="event-type"
                data={options(types, 'code')}
                {...form.getInputProps('typeCode')}
              />
              <Select
                label={t('events.fields.workingGroup')}
                clearable
                data-testid="event-group"
                data={(groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
                {...form.getInputProps('workingGroupId')}
              />
              <Select
                label={t('events.fields.project')}
                clearable
                data={options(projects, 'id')}
                {...form.getInputProps('projectId')}
                onChange={(next) => {
                  form.setFieldValue('projectId', next ?? '');
                  form.setFieldValue('directionId', '');
                }}
              />
              <Select
                label={t('events.fields.direction')}
                clearable
                disabled={!project}
                data={options(
                  directions?.filter((item) => item.parentId === project?.id),
                  'id',
                )}
                {...form.getInputProps('directionId')}
              />
            </SimpleGrid>
            <Group align="flex-end" grow>
              <DateField
                label={t('events.fields.date')}
                withAsterisk
                data-testid="event-date"
                {...form.getInputProps('date')}
              />
              <TextInput
                type="time"
                label={t('events.fields.time')}
                disabled={values.allDay}
                data-testid="event-time"
                {...form.getInputProps('time')}
              />
              <TextInput
                type="time"
                label={t('events.fields.endTime')}
                disabled={values.allDay}
                {...form.getInputProps('endTime')}
              />
              <Checkbox
                label={t('events.fields.allDay')}
                mb={8}
                {...form.getInputProps('allDay', { type: 'checkbox' })}
              />
            </Group>
            <SimpleGrid cols={2}>
              <PlaceSelect label={t('events.fields.place')} testId="event-place" {...form.getInputProps('placeId')} />
              <TextInput label={t('events.fields.venue')} {...form.getInputProps('venue')} />
              <MultiSelect
                label={t('events.fields.associations')}
                searchable
                data={(associations ?? []).map((association) => ({
                  value: association.id,
                  label: localName(association),
                }))}
                {...form.getInputProps('associationIds')}
              />
              <MultiSelect
                label={t('events.fields.audiences')}
                searchable
                data={options(audiences, 'code')}
                {...form.getInputProps('audienceCodes')}
              />
              <MultiSelect
                label={t('events.fields.organiserAgencies')}
                searchable
                data={options(agencies, 'id')}
                {...form.getInputProps('organiserAgencyIds')}
              />
              <NumberInput
                label={t('events.fields.planned')}
                min={0}
                allowDecimal={false}
                {...form.getInputProps('plannedParticipants')}
              />
            </SimpleGrid>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('events.fields.organiserPeople')}
              </Text>
              {values.organiserPersonIds.map((personId, index) => (
                <Group key={index} gap="xs" align="flex-end">
                  <div style={{ flex: 1 }}>
                    <PersonSelect
                      label=""
                      value={personId}
                      onChange={(id) => form.setFieldValue(`organiserPersonIds.${index}`, id ?? '')}
                    />
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={6}
                    aria-label={t('common.delete')}
                    onClick={() => form.removeListItem('organiserPersonIds', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {!readOnly && (
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => form.insertListItem('organiserPersonIds', '')}
                  >
                    {t('events.addOrganiser')}
                  </Button>
                </Group>
              )}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('events.fields.status')}
              </Text>
              <SegmentedControl
                data-testid="event-status"
                data={eventStatuses.map((status) => ({ value: status, label: t(`enums.eventStatus.${status}`) }))}
                {...form.getInputProps('status')}
              />
            </Stack>
            {(values.status === 'postponed' || values.status === 'cancelled') && (
              <TextInput label={t('events.fields.reason')} withAsterisk {...form.getInputProps('statusReason')} />
            )}
            {values.status === 'held' && (
              <SimpleGrid cols={2}>
                <NumberInput
                  label={t('events.fields.actual')}
                  min={0}
                  allowDecimal={false}
                  data-testid="event-actual"
                  {...form.getInputProps('actualParticipants')}
                />
                <Textarea label={t('events.fields.result')} autosize minRows={2} {...form.getInputProps('result')} />
              </SimpleGrid>
            )}
            <Textarea label={t('events.fields.links')} autosize minRows={1} {...form.getInputProps('links')} />
            {values.links
              .split('\n')
              .map((link) => link.trim())
              .filter((link) => allowedExternalUrl(link))
              .map((link) => (
                <Group key={link} gap={4}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('events.openLink')}
                    onClick={() =>
                      void desktop.openExternal(link).then((opened) => {
                        if (!opened) notifications.show({ color: 'orange', message: t('events.linkRefused') });
                      })
                    }
                  >
                    <IconExternalLink size={16} />
                  </ActionIcon>
                  <Text size="sm">{link}</Text>
                </Group>
              ))}
            {current && <EventAttachments eventId={current.id} readOnly={readOnly} />}
            {!current && (
              <Group align="flex-end">
                <Select
                  label={t('events.repeat')}
                  data={[
                    { value: 'none', label: t('events.repeatNone') },
                    { value: 'weekly', label: t('events.repeatWeekly') },
                    { value: 'monthly', label: t('events.repeatMonthly') },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps('repeat')}
                />
                {values.repeat !== 'none' && (
                  <DateField label={t('events.repeatUntil')} {...form.getInputProps('repeatUntil')} />
                )}
                {occurrences > 0 && <Text size="sm">{t('events.occurrences', { count: occurrences })}</Text>}
              </Group>
            )}
            {current?.seriesId && (
              <Group>
                <Text size="sm">{t('events.seriesScope')}</Text>
                <SegmentedControl
                  size="xs"
                  value={scope}
                  onChange={(next) => setScope(next as SeriesScope)}
                  data={[
                    { value: 'this', label: t('events.scopeThis') },
                    { value: 'following', label: t('events.scopeFollowing') },
                  ]}
                />
              </Group>
            )}
          </Stack>
        </fieldset>
        <Group justify="space-between" mt="md">
          <Group>
            {current && !readOnly && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  run(async () => {
                    await deleteEvent(toEventId(current.id));
                    notifications.show({ message: t('common.deleted') });
                    onClose();
                  })
                }
              >
                {current.seriesId ? t('events.skip') : t('common.delete')}
              </Button>
            )}
            {current && !readOnly && (
              <Button variant="default" onClick={copyAsTemplate} data-testid="event-copy">
                {t('events.copyAsTemplate')}
              </Button>
            )}
          </Group>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {!readOnly && (
              <Button type="submit" data-testid="event-save">
                {t('common.save')}
              </Button>
            )}
          </Group>
        </Group>
      </form>
    </Modal>
  );
}
