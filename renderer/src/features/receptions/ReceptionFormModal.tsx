import { Checkbox, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { IsoDate, Reception } from '@shared/model/records';
import { useProblemMessages } from '@/components/problem-message';
import { showUndoNotification } from '@/components/undo-notification';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { createReception, deleteReception, restoreReception, updateReception } from '@/db';
import { today } from '@/lib/clock';
import { AnswerSection } from './AnswerSection';
import { AppealSection } from './AppealSection';
import { CitizenSection } from './CitizenSection';
import { EarlierReceptions } from './EarlierReceptions';
import { OutcomeSection } from './OutcomeSection';
import { ReceptionFormActions } from './ReceptionFormActions';
import {
  blankReceptionValues,
  initialReceptionValues,
  nextInQueue,
  type QueueSession,
  receptionFormErrors,
  receptionToSave,
  type ReceptionFormValues,
} from './reception-form-values';
import { ReceptionSessionFields } from './ReceptionSessionFields';
import { isSaveShortcut } from './shortcuts';
import { useCitizenFocus } from './use-citizen-focus';
import { useDeadlineSuggestion } from './use-deadline-suggestion';

/**
 * A reception entered with the keyboard alone: Tab from field to field, type to search, arrows for
 * the outcome, Ctrl+Enter to save. "Save and next" keeps the date, place, visit and official for
 * the next citizen in the queue.
 */
export function ReceptionFormModal({
  reception,
  prefill,
  onClose,
  onOpenRisk,
}: Readonly<{
  reception: Reception | null;
  /** A new reception's sitting, given when a citizen is taken under control at a mass reception. */
  prefill?: QueueSession;
  onClose: () => void;
  onOpenRisk?: (reception: Reception) => void;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const topics = useDirectoryOptions('reception_topic', 'code');
  const form = useForm<ReceptionFormValues>({
    initialValues:
      !reception && prefill
        ? { ...blankReceptionValues(prefill), outcome: 'control' }
        : initialReceptionValues(reception, today()),
    validate: (values) => receptionFormErrors(values, today(), messages, t('common.required')),
  });
  const values = form.values;
  const deadline = useDeadlineSuggestion(
    values,
    (suggested: IsoDate) => form.setFieldValue('deadline', suggested),
    Boolean(reception?.control),
  );
  const { citizenRef, focusNextCitizen } = useCitizenFocus(values.newCitizen);

  const save = (next: ReceptionFormValues, andNext: boolean) =>
    run(async () => {
      const { input, citizen } = receptionToSave(next);
      if (reception) await updateReception(reception.id, input, citizen);
      else await createReception(input, citizen);
      notifications.show({ color: 'teal', message: reception ? t('common.saved') : t('receptions.created') });
      if (andNext && !reception) {
        form.setValues(nextInQueue(next));
        form.resetDirty();
        deadline.release();
        focusNextCitizen();
      } else onClose();
    });

  const remove = () =>
    run(async () => {
      if (!reception) return;
      await deleteReception(reception.id);
      onClose();
      showUndoNotification(
        (t) => t('receptions.deleted'),
        () =>
          run(async () => {
            await restoreReception(reception.id);
          }),
      );
    });

  const submit = (andNext: boolean) => form.onSubmit((next) => save(next, andNext))();

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
          if (isSaveShortcut(event)) {
            event.preventDefault();
            submit(!reception);
          }
        }}
      >
        <Stack gap="sm">
          <ReceptionSessionFields form={form} />
          <CitizenSection form={form} citizenRef={citizenRef} />
          <EarlierReceptions citizenId={values.citizenId} receptionId={reception?.id} />
          <AppealSection form={form} receptionId={reception?.id} />
          <Select
            label={t('receptions.fields.topic')}
            withAsterisk
            searchable
            selectFirstOptionOnChange
            data-testid="reception-topic"
            data={topics}
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
          <OutcomeSection
            form={form}
            suggestedDeadline={deadline.suggested}
            knownUntil={deadline.knownUntil}
            onDeadlineSet={deadline.touch}
          />
          <AnswerSection form={form} />
          <Checkbox
            label={t('receptions.fields.confidential')}
            data-testid="reception-confidential"
            {...form.getInputProps('confidential', { type: 'checkbox' })}
          />
          <ReceptionFormActions
            reception={reception}
            onOpenRisk={onOpenRisk}
            onDelete={remove}
            onCancel={onClose}
            onSaveAndNext={() => submit(true)}
          />
        </Stack>
      </form>
    </Modal>
  );
}
