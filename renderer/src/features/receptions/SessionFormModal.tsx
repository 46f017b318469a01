import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { receptionOutcomes, type ReceptionOutcome, type ReceptionSession } from '@shared/model/records';
import { outcomesStated, sessionInputSchema } from '@shared/receptions/session-input';
import { DateField } from '@/components/DateField';
import { PersonListField } from '@/components/PersonListField';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { showUndoNotification } from '@/components/undo-notification';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { createSession, deleteSession, restoreSession, updateSession } from '@/db';
import { useVisits, useWorkingGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { visitOptions } from './visit-labels';

interface SessionFormValues {
  date: string;
  placeId: string;
  visitId: string;
  officialIds: string[];
  received: number | '';
  byTopic: Record<string, number | ''>;
  byOutcome: Partial<Record<ReceptionOutcome, number | ''>>;
  notes: string;
}

function initialValues(session: ReceptionSession | null): SessionFormValues {
  return {
    date: session?.date ?? today(),
    placeId: session?.placeId ?? '',
    visitId: session?.visitId ?? '',
    officialIds: session?.officialIds ?? [],
    received: session?.received ?? '',
    byTopic: { ...session?.byTopic },
    byOutcome: { ...session?.byOutcome },
    notes: session?.notes ?? '',
  };
}

/** What the schema checks: an official's line added and left empty is dropped, an empty count is not 0. */
const toSave = (values: SessionFormValues) => ({
  ...values,
  officialIds: values.officialIds.filter(Boolean),
  received: values.received === '' ? undefined : values.received,
});

/**
 * A mass reception as its totals: how many came, by topic and by outcome (the same lists as a
 * reception), who received them. The outcomes may not add up to more than were received.
 */
export function SessionFormModal({
  session,
  onClose,
}: Readonly<{ session: ReceptionSession | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const topics = useDirectoryOptions('reception_topic', 'code');
  const visits = useVisits();
  const groups = useWorkingGroups();
  const { language } = useLanguage();
  const visitChoices = useMemo(() => visitOptions(visits ?? [], groups ?? [], language), [visits, groups, language]);
  const form = useForm<SessionFormValues>({
    initialValues: initialValues(session),
    validate: (values) => {
      const stated = outcomesStated(values.byOutcome);
      const received = values.received === '' ? 0 : values.received;
      if (stated > received) return { byOutcome: t('receptionSessions.outcomesExceed', { stated, received }) };
      const parsed = sessionInputSchema(today()).safeParse(toSave(values));
      return parsed.success ? {} : messages(parsed.error);
    },
  });

  const save = (values: SessionFormValues) =>
    run(async () => {
      if (session) await updateSession(session.id, toSave(values));
      else await createSession(toSave(values));
      notifications.show({ color: 'teal', message: session ? t('common.saved') : t('receptionSessions.created') });
      onClose();
    });

  const remove = () =>
    run(async () => {
      if (!session) return;
      await deleteSession(session.id);
      onClose();
      showUndoNotification(
        (t) => t('receptionSessions.deleted'),
        () =>
          run(async () => {
            await restoreSession(session.id);
          }),
      );
    });

  const officials = form.values.officialIds;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={session ? t('receptionSessions.editSession') : t('receptionSessions.newSession')}
      closeOnClickOutside={false}
      data-testid="session-form"
    >
      <form onSubmit={form.onSubmit(save)}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <DateField
              label={t('receptionSessions.fields.date')}
              withAsterisk
              data-autofocus
              data-testid="session-date"
              {...form.getInputProps('date')}
            />
            <Select
              label={t('receptionSessions.fields.visit')}
              searchable
              clearable
              data-testid="session-visit"
              data={visitChoices}
              {...form.getInputProps('visitId')}
              onChange={(next) => {
                form.setFieldValue('visitId', next ?? '');
                const visit = visits?.find((item) => item.id === next);
                if (visit && !form.values.placeId) form.setFieldValue('placeId', visit.placeId);
              }}
            />
            <PlaceSelect
              label={t('receptionSessions.fields.place')}
              testId="session-place"
              {...form.getInputProps('placeId')}
            />
            <NumberInput
              label={t('receptionSessions.fields.received')}
              withAsterisk
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              data-testid="session-received"
              {...form.getInputProps('received')}
            />
          </SimpleGrid>
          <PersonListField
            label={t('receptionSessions.fields.officials')}
            ids={officials}
            onChange={(index, id) =>
              form.setFieldValue(
                'officialIds',
                officials.map((current, at) => (at === index ? (id ?? '') : current)),
              )
            }
            onRemove={(index) =>
              form.setFieldValue(
                'officialIds',
                officials.filter((_, at) => at !== index),
              )
            }
            onAdd={() => form.setFieldValue('officialIds', [...officials, ''])}
            addLabel={t('receptionSessions.fields.addOfficial')}
            testId="session-officials"
          />
          <Text size="sm" fw={500}>
            {t('receptionSessions.fields.byOutcome')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {receptionOutcomes.map((outcome) => (
              <NumberInput
                key={outcome}
                label={t(`enums.receptionOutcome.${outcome}`)}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                data-testid={`session-outcome-${outcome}`}
                value={form.values.byOutcome[outcome] ?? ''}
                onChange={(value) =>
                  form.setFieldValue('byOutcome', {
                    ...form.values.byOutcome,
                    [outcome]: value === '' ? '' : Number(value),
                  })
                }
              />
            ))}
          </SimpleGrid>
          {typeof form.errors.byOutcome === 'string' && (
            <Text size="sm" c="red" data-testid="session-outcomes-error">
              {form.errors.byOutcome}
            </Text>
          )}
          <Text size="sm" fw={500}>
            {t('receptionSessions.fields.byTopic')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {topics.map((topic) => (
              <NumberInput
                key={topic.value}
                label={topic.label}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                data-testid={`session-topic-${topic.value}`}
                value={form.values.byTopic[topic.value] ?? ''}
                onChange={(value) =>
                  form.setFieldValue('byTopic', {
                    ...form.values.byTopic,
                    [topic.value]: value === '' ? '' : Number(value),
                  })
                }
              />
            ))}
          </SimpleGrid>
          <Textarea
            label={t('receptionSessions.fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="session-notes"
            {...form.getInputProps('notes')}
          />
          <Group justify="space-between">
            <div>
              {session && (
                <Button variant="subtle" color="red" onClick={remove} data-testid="session-delete">
                  {t('common.delete')}
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-testid="session-save">
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
