import { Input, SegmentedControl, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { deadlineNote } from './deadline-suggestion';
import type { ReceptionFormValues } from './reception-form-values';

/**
 * The outcome, chosen with the arrow keys, and what that outcome needs: the help given, the body
 * responsible and the deadline (suggested until set by hand), the agency referred to, the reason
 * for declining.
 */
export function OutcomeSection({
  form,
  suggestedDeadline,
  knownUntil,
  onDeadlineSet,
}: Readonly<{
  form: UseFormReturnType<ReceptionFormValues>;
  suggestedDeadline: IsoDate | '';
  /** The last day of the known holidays: a deadline past it says it was counted without them. */
  knownUntil?: IsoDate | undefined;
  onDeadlineSet: () => void;
}>) {
  const { t } = useTranslation();
  const agencies = useDirectoryOptions('agency', 'id');
  const outcome = form.values.outcome;
  const note = deadlineNote(suggestedDeadline, form.values.deadline, knownUntil);
  return (
    <>
      <Input.Wrapper label={t('receptions.fields.outcome')} withAsterisk error={form.errors.outcome}>
        <div>
          <SegmentedControl
            fullWidth
            data-testid="reception-outcome"
            value={outcome}
            onChange={(next) => form.setFieldValue('outcome', next as ReceptionOutcome)}
            data={receptionOutcomes.map((value) => ({ value, label: t(`enums.receptionOutcome.${value}`) }))}
          />
        </div>
      </Input.Wrapper>
      {outcome === 'helped' && (
        <TextInput
          label={t('receptions.fields.helpText')}
          withAsterisk
          data-testid="reception-help"
          {...form.getInputProps('helpText')}
        />
      )}
      {outcome === 'control' && (
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
            description={
              note?.kind === 'beyond-calendar' ? (
                <Text span inherit c="orange.9" data-testid="deadline-beyond-calendar">
                  {t('workingCalendar.deadlineBeyond', { known: formatDate(note.knownUntil) })}
                </Text>
              ) : (
                note && t('receptions.deadlineHint', { date: formatDate(note.date) })
              )
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="reception-deadline"
            {...form.getInputProps('deadline')}
            onChange={(next) => {
              onDeadlineSet();
              form.setFieldValue('deadline', next);
            }}
          />
        </SimpleGrid>
      )}
      {outcome === 'referred' && (
        <Select
          label={t('receptions.fields.agency')}
          withAsterisk
          searchable
          data-testid="reception-agency"
          data={agencies}
          {...form.getInputProps('referredToAgencyId')}
        />
      )}
      {outcome === 'declined' && (
        <TextInput
          label={t('receptions.fields.declineReason')}
          withAsterisk
          data-testid="reception-decline"
          {...form.getInputProps('declineReason')}
        />
      )}
    </>
  );
}
