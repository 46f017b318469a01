import { Fieldset, Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { answerForms, answerResults } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import type { ReceptionFormValues } from './reception-form-values';

/** The answer given to the applicant: when, in what form, and what the appeal came to. */
export function AnswerSection({ form }: Readonly<{ form: UseFormReturnType<ReceptionFormValues> }>) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('receptions.appeal.answerSection')} data-testid="answer-section">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('receptions.appeal.answeredOn')}
          data-testid="answer-date"
          {...form.getInputProps('answeredOn')}
        />
        <Select
          label={t('receptions.appeal.answerForm')}
          clearable
          data-testid="answer-form"
          data={answerForms.map((value) => ({ value, label: t(`enums.answerForm.${value}`) }))}
          {...form.getInputProps('answerForm')}
          onChange={(next) => form.setFieldValue('answerForm', (next ?? '') as ReceptionFormValues['answerForm'])}
        />
        <Select
          label={t('receptions.appeal.answerResult')}
          clearable
          data-testid="answer-result"
          data={answerResults.map((value) => ({ value, label: t(`enums.answerResult.${value}`) }))}
          {...form.getInputProps('answerResult')}
          onChange={(next) => form.setFieldValue('answerResult', (next ?? '') as ReceptionFormValues['answerResult'])}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
