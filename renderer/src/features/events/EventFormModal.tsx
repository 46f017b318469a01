import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInput } from '@shared/events/event-input';
import { eventAsTemplate, eventToInput } from '@shared/events/event-template';
import type { SeriesScope } from '@shared/events/recurrence';
import { toEventId } from '@shared/model/ids';
import type { KelisimEvent } from '@shared/model/records';
import { PersonListField } from '@/components/PersonListField';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { createEvent, deleteEvent, updateEvent } from '@/db';
import { EventPublicationsCount } from '@/features/publications/EventPublicationsCount';
import { EventAttachments } from './EventAttachments';
import { EventAttendeesField } from './EventAttendeesField';
import { EventFormActions } from './EventFormActions';
import {
  eventFormErrors,
  eventInputOf,
  eventValuesOf,
  recurrenceOf,
  storedEndDate,
  type EventFormValues,
} from './event-form-values';
import { EventLinksField } from './EventLinksField';
import { EventPlanItemField } from './EventPlanItemField';
import { EventParticipationFields } from './EventParticipationFields';
import { RepeatFields, SeriesScopeChoice } from './EventSeriesFields';
import { EventStatusFields } from './EventStatusFields';
import { EventSubjectFields } from './EventSubjectFields';
import { EventTimeFields } from './EventTimeFields';

export { blankEvent } from './event-form-values';

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
  const run = useSafeAction();
  const messages = useProblemMessages();
  const [current, setCurrent] = useState<KelisimEvent | null>(event);
  const [scope, setScope] = useState<SeriesScope>('this');
  const form = useForm<EventFormValues>({
    initialValues: eventValuesOf(event ? eventToInput(event) : draft),
    validate: (values) => eventFormErrors(values, storedEndDate(current), messages, t('common.required')),
  });

  const save = (next: EventFormValues) =>
    run(async () => {
      const input = eventInputOf(next, storedEndDate(current));
      if (current) {
        await updateEvent(current.id, input, scope);
        notifications.show({ color: 'teal', message: t('common.saved') });
      } else {
        const created = await createEvent(input, recurrenceOf(next));
        notifications.show({
          color: 'teal',
          message: created.length > 1 ? t('events.createdMany', { count: created.length }) : t('events.created'),
        });
      }
      onClose();
    });

  const remove = () =>
    run(async () => {
      if (!current) return;
      await deleteEvent(toEventId(current.id));
      notifications.show({ message: t('common.deleted') });
      onClose();
    });

  const copyAsTemplate = () => {
    if (!current) return;
    setCurrent(null);
    form.setValues(eventValuesOf(eventAsTemplate(current)));
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
            <EventSubjectFields form={form} />
            <EventTimeFields form={form} />
            <EventParticipationFields form={form} />
            <PersonListField
              label={t('events.fields.organiserPeople')}
              ids={form.values.organiserPersonIds}
              onChange={(index, id) => form.setFieldValue(`organiserPersonIds.${index}`, id ?? '')}
              onRemove={(index) => form.removeListItem('organiserPersonIds', index)}
              onAdd={() => form.insertListItem('organiserPersonIds', '')}
              addLabel={t('events.addOrganiser')}
              readOnly={readOnly}
            />
            <EventStatusFields form={form} />
            <EventPlanItemField form={form} />
            <EventAttendeesField form={form} readOnly={readOnly} />
            <EventLinksField form={form} />
            {current && <EventAttachments eventId={current.id} readOnly={readOnly} />}
            {current && <EventPublicationsCount eventId={current.id} />}
            {!current && <RepeatFields form={form} />}
            {current?.seriesId && <SeriesScopeChoice value={scope} onChange={setScope} />}
          </Stack>
        </fieldset>
        <EventFormActions
          current={current}
          readOnly={readOnly}
          onDelete={remove}
          onCopy={copyAsTemplate}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
