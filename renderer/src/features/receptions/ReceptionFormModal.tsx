import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Input,
  Kbd,
  Modal,
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
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { WorkingCalendar } from '@shared/dates/working-days';
import { toPersonId } from '@shared/model/ids';
import { receptionOutcomes, type Reception, type ReceptionOutcome } from '@shared/model/records';
import { personInputSchema } from '@shared/people/person-input';
import { fullName } from '@shared/people/search';
import { INTERETHNIC_TOPIC } from '@shared/monitoring/risks';
import { defaultDeadline } from '@shared/receptions/control';
import { hasTwelveDigits } from '@shared/identity/check-digit';
import { receptionInputSchema } from '@shared/receptions/reception-input';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { createReception, deleteReception, restoreReception, updateReception } from '@/db';
import {
  useDirectory,
  usePersonWithIin,
  useReceptionsOfCitizen,
  useRiskOfReception,
  useVisits,
  useWorkingGroups,
} from '@/db/hooks';
import { showUndoNotification } from '@/components/undo-notification';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { loadWorkingCalendar } from '@/reference/reference-files';

interface Values {
  date: string;
  placeId: string;
  visitId: string;
  officialId: string;
  citizenId: string;
  newCitizen: boolean;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  phone: string;
  topicCode: string;
  summary: string;
  outcome: ReceptionOutcome | '';
  helpText: string;
  responsibleBody: string;
  deadline: string;
  referredToAgencyId: string;
  declineReason: string;
  confidential: boolean;
}

/** What stays from one entry to the next when a working group receives a queue of citizens. */
type Session = Pick<Values, 'date' | 'placeId' | 'visitId' | 'officialId'>;

function blank(session: Session): Values {
  return {
    ...session,
    citizenId: '',
    newCitizen: false,
    surname: '',
    givenName: '',
    patronymic: '',
    iin: '',
    phone: '',
    topicCode: '',
    summary: '',
    outcome: '',
    helpText: '',
    responsibleBody: '',
    deadline: '',
    referredToAgencyId: '',
    declineReason: '',
    confidential: false,
  };
}

function valuesOf(reception: Reception): Values {
  return {
    ...blank({
      date: reception.date,
      placeId: reception.placeId ?? '',
      visitId: reception.visitId ?? '',
      officialId: reception.officialId ?? '',
    }),
    citizenId: reception.citizenId ?? '',
    topicCode: reception.topicCode,
    summary: reception.summary ?? '',
    outcome: reception.outcome,
    helpText: reception.helpText ?? '',
    responsibleBody: reception.control?.responsibleBody ?? '',
    deadline: reception.control?.deadline ?? '',
    referredToAgencyId: reception.referredToAgencyId ?? '',
    declineReason: reception.declineReason ?? '',
    confidential: reception.confidential,
  };
}

function receptionInput(values: Values, citizenId: string) {
  return {
    date: values.date,
    placeId: values.placeId,
    visitId: values.visitId,
    officialId: values.officialId,
    citizenId,
    topicCode: values.topicCode,
    summary: values.summary,
    outcome: values.outcome || undefined,
    helpText: values.helpText,
    responsibleBody: values.responsibleBody,
    deadline: values.deadline,
    referredToAgencyId: values.referredToAgencyId,
    declineReason: values.declineReason,
    confidential: values.confidential,
  };
}

const citizenInput = (values: Values) => ({
  surname: values.surname,
  givenName: values.givenName,
  patronymic: values.patronymic,
  iin: values.iin,
  phone: values.phone,
  placeId: values.placeId,
});

/**
 * A reception entered with the keyboard alone: Tab from field to field, type to search, arrows for
 * the outcome, Ctrl+Enter to save. "Save and next" keeps the date, place, visit and official for
 * the next citizen in the queue.
 */
export function ReceptionFormModal({
  reception,
  onClose,
  onOpenRisk,
}: Readonly<{ reception: Reception | null; onClose: () => void; onOpenRisk?: (reception: Reception) => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const topics = useDirectory('reception_topic');
  const agencies = useDirectory('agency');
  const visits = useVisits();
  const groups = useWorkingGroups();
  const [calendar, setCalendar] = useState<WorkingCalendar | null>(null);
  const [deadlineTouched, setDeadlineTouched] = useState(Boolean(reception?.control));
  const citizenRef = useRef<HTMLInputElement>(null);
  const form = useForm<Values>({
    initialValues: reception ? valuesOf(reception) : blank({ date: today(), placeId: '', visitId: '', officialId: '' }),
    validate: (values) => {
      const parsed = receptionInputSchema(today()).safeParse(receptionInput(values, values.citizenId));
      const errors: Record<string, string> = parsed.success ? {} : messages(parsed.error);
      if (errors.referredToAgencyId) errors.referredToAgencyId = t('common.required');
      if (values.newCitizen) {
        const person = personInputSchema(today()).safeParse(citizenInput(values));
        if (!person.success) Object.assign(errors, messages(person.error));
      }
      return errors;
    },
  });
  const values = form.values;
  const riskOpened = useRiskOfReception(reception?.id ?? null);
  const earlier = useReceptionsOfCitizen(values.citizenId ? toPersonId(values.citizenId) : null);
  const earlierOthers = (earlier ?? []).filter((item) => item.id !== reception?.id);

  useEffect(() => {
    void loadWorkingCalendar().then(setCalendar);
  }, []);

  // The deadline follows the date until the user sets it: 15 working days from the day after.
  const suggested = calendar && values.date ? defaultDeadline(values.date, calendar) : '';
  useEffect(() => {
    if (values.outcome === 'control' && !deadlineTouched && suggested && values.deadline !== suggested)
      form.setFieldValue('deadline', suggested);
  }, [values.outcome, suggested, deadlineTouched, values.deadline, form]);

  // An IIN typed for a new citizen that is already in the base offers that person instead.
  const sameIin = usePersonWithIin(values.newCitizen && hasTwelveDigits(values.iin) ? values.iin : null);
  const existing = sameIin ? { id: sameIin.id, label: `${fullName(sameIin)} · ${sameIin.iin ?? ''}` } : null;

  // Typing goes on in the first field of the new citizen without reaching for the mouse.
  useEffect(() => {
    if (values.newCitizen) citizenRef.current?.focus();
  }, [values.newCitizen]);

  // After "save and next" the cursor waits in the citizen field for the next person in the queue.
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    if (saved > 0) citizenRef.current?.focus();
  }, [saved]);

  const visitOptions = useMemo(() => {
    const groupName = new Map((groups ?? []).map((group) => [group.id, group.name]));
    return (visits ?? [])
      .slice()
      .sort((a, b) => b.start.localeCompare(a.start))
      .map((visit) => ({
        value: visit.id,
        label: `${groupName.get(visit.workingGroupId) ?? ''} · ${formatDate(visit.start)}–${formatDate(visit.end)}`,
      }));
  }, [visits, groups]);

  const save = (next: Values, andNext: boolean) =>
    run(async () => {
      const input = receptionInput(next, next.newCitizen ? '' : next.citizenId);
      const citizen = next.newCitizen ? citizenInput(next) : undefined;
      if (reception) await updateReception(reception.id, input, citizen);
      else await createReception(input, citizen);
      notifications.show({ color: 'teal', message: reception ? t('common.saved') : t('receptions.created') });
      if (andNext && !reception) {
        form.setValues(blank(next));
        form.resetDirty();
        setDeadlineTouched(false);
        setSaved((count) => count + 1);
      } else onClose();
    });

  const remove = () =>
    run(async () => {
      if (!reception) return;
      await deleteReception(reception.id);
      onClose();
      showUndoNotification(t('receptions.deleted'), t('common.undo'), () =>
        run(async () => {
          await restoreReception(reception.id);
        }),
      );
    });

  const submit = (andNext: boolean) => form.onSubmit((next) => save(next, andNext))();

  const topicLabel = (code: string) => {
    const topic = topics?.find((item) => item.code === code);
    return topic ? localName(topic) : code;
  };
  const topicOptions = (topics ?? []).map((item) => ({ value: item.code, label: localName(item) }));
  const agencyOptions = (agencies ?? []).map((item) => ({ value: item.id, label: localName(item) }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={reception ? t('receptions.editReception') : t('receptions.newReception')}
      closeOnClickOutside={false}
      data-testid="reception-form"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
            event.preventDefault();
            submit(!reception);
          }
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <DateField
              label={t('receptions.fields.date')}
              withAsterisk
              data-autofocus
              data-testid="reception-date"
              {...form.getInputProps('date')}
            />
            <Select
              label={t('receptions.fields.visit')}
              searchable
              clearable
              data-testid="reception-visit"
              data={visitOptions}
              {...form.getInputProps('visitId')}
              onChange={(next) => {
                form.setFieldValue('visitId', next ?? '');
                const visit = visits?.find((item) => item.id === next);
                if (visit && !values.placeId) form.setFieldValue('placeId', visit.placeId);
              }}
            />
            <PlaceSelect
              label={t('receptions.fields.place')}
              testId="reception-place"
              {...form.getInputProps('placeId')}
            />
            <PersonSelect
              label={t('receptions.fields.official')}
              testId="reception-official"
              value={values.officialId}
              onChange={(id) => form.setFieldValue('officialId', id ?? '')}
            />
          </SimpleGrid>

          <Input.Wrapper label={t('receptions.fields.citizen')}>
            {values.newCitizen ? (
              <Stack gap={6} data-testid="new-citizen">
                <SimpleGrid cols={3}>
                  <TextInput
                    label={t('receptions.citizenFields.surname')}
                    withAsterisk
                    ref={citizenRef}
                    data-testid="citizen-surname"
                    {...form.getInputProps('surname')}
                  />
                  <TextInput
                    label={t('receptions.citizenFields.givenName')}
                    withAsterisk
                    data-testid="citizen-given-name"
                    {...form.getInputProps('givenName')}
                  />
                  <TextInput label={t('receptions.citizenFields.patronymic')} {...form.getInputProps('patronymic')} />
                  <TextInput
                    label={t('receptions.citizenFields.iin')}
                    inputMode="numeric"
                    data-testid="citizen-iin"
                    {...form.getInputProps('iin')}
                  />
                  <TextInput
                    label={t('receptions.citizenFields.phone')}
                    data-testid="citizen-phone"
                    {...form.getInputProps('phone')}
                  />
                </SimpleGrid>
                {existing && (
                  <Alert color="yellow" p="xs" data-testid="citizen-exists">
                    <Group gap="xs">
                      <Text size="sm">{t('registry.people.existingTitle')}</Text>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => {
                          form.setFieldValue('citizenId', existing.id);
                          form.setFieldValue('newCitizen', false);
                        }}
                      >
                        {existing.label}
                      </Anchor>
                    </Group>
                  </Alert>
                )}
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => form.setFieldValue('newCitizen', false)}
                >
                  {t('receptions.pickCitizen')}
                </Anchor>
              </Stack>
            ) : (
              <Group align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <PersonSelect
                    label=""
                    testId="reception-citizen"
                    inputRef={citizenRef}
                    value={values.citizenId}
                    onChange={(id) => form.setFieldValue('citizenId', id ?? '')}
                  />
                </div>
                <Button
                  variant="default"
                  onClick={() => {
                    form.setFieldValue('citizenId', '');
                    form.setFieldValue('newCitizen', true);
                  }}
                  data-testid="reception-new-citizen"
                >
                  {t('receptions.newCitizen')}
                </Button>
              </Group>
            )}
          </Input.Wrapper>
          {values.citizenId && earlier && (
            <Stack gap={2} data-testid="citizen-earlier">
              <Badge variant="light" color={earlierOthers.length > 0 ? 'orange' : 'gray'}>
                {earlierOthers.length > 0
                  ? t('receptions.earlier', { count: earlierOthers.length })
                  : t('receptions.noEarlier')}
              </Badge>
              {earlierOthers.slice(0, 3).map((item) => (
                <Text key={item.id} size="xs" c="dimmed">
                  {formatDate(item.date)} · {topicLabel(item.topicCode)} · {t(`enums.receptionOutcome.${item.outcome}`)}
                </Text>
              ))}
            </Stack>
          )}

          <Select
            label={t('receptions.fields.topic')}
            withAsterisk
            searchable
            selectFirstOptionOnChange
            data-testid="reception-topic"
            data={topicOptions}
            {...form.getInputProps('topicCode')}
          />
          <Textarea
            label={t('receptions.fields.summary')}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="reception-summary"
            {...form.getInputProps('summary')}
          />
          <Input.Wrapper label={t('receptions.fields.outcome')} withAsterisk error={form.errors.outcome}>
            <div>
              <SegmentedControl
                fullWidth
                data-testid="reception-outcome"
                value={values.outcome}
                onChange={(next) => form.setFieldValue('outcome', next as ReceptionOutcome)}
                data={receptionOutcomes.map((outcome) => ({
                  value: outcome,
                  label: t(`enums.receptionOutcome.${outcome}`),
                }))}
              />
            </div>
          </Input.Wrapper>
          {values.outcome === 'helped' && (
            <TextInput
              label={t('receptions.fields.helpText')}
              withAsterisk
              data-testid="reception-help"
              {...form.getInputProps('helpText')}
            />
          )}
          {values.outcome === 'control' && (
            <SimpleGrid cols={2}>
              <TextInput
                label={t('receptions.fields.responsibleBody')}
                withAsterisk
                data-testid="reception-responsible"
                {...form.getInputProps('responsibleBody')}
              />
              <DateField
                label={t('receptions.fields.deadline')}
                withAsterisk
                description={suggested ? t('receptions.deadlineHint', { date: formatDate(suggested) }) : undefined}
                data-testid="reception-deadline"
                {...form.getInputProps('deadline')}
                onChange={(next) => {
                  setDeadlineTouched(true);
                  form.setFieldValue('deadline', next);
                }}
              />
            </SimpleGrid>
          )}
          {values.outcome === 'referred' && (
            <Select
              label={t('receptions.fields.agency')}
              withAsterisk
              searchable
              data-testid="reception-agency"
              data={agencyOptions}
              {...form.getInputProps('referredToAgencyId')}
            />
          )}
          {values.outcome === 'declined' && (
            <TextInput
              label={t('receptions.fields.declineReason')}
              withAsterisk
              data-testid="reception-decline"
              {...form.getInputProps('declineReason')}
            />
          )}
          <Checkbox
            label={t('receptions.fields.confidential')}
            data-testid="reception-confidential"
            {...form.getInputProps('confidential', { type: 'checkbox' })}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> —{' '}
              {(reception ? t('common.save') : t('receptions.saveAndNext')).toLowerCase()}
            </Text>
            <Group>
              {reception && reception.topicCode === INTERETHNIC_TOPIC && onOpenRisk && (
                <Button
                  variant="light"
                  color="orange"
                  disabled={Boolean(riskOpened)}
                  onClick={() => onOpenRisk(reception)}
                  data-testid="reception-open-risk"
                >
                  {riskOpened ? t('monitoring.riskOpened') : t('monitoring.openRisk')}
                </Button>
              )}
              {reception && (
                <Button variant="subtle" color="red" onClick={remove} data-testid="reception-delete">
                  {t('common.delete')}
                </Button>
              )}
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              {!reception && (
                <Button variant="light" onClick={() => submit(true)} data-testid="reception-save-next">
                  {t('receptions.saveAndNext')}
                </Button>
              )}
              <Button type="submit" data-testid="reception-save">
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
