import { Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { toPersonId } from '@shared/model/ids';
import { useReceptionsOfCitizen } from '@/db/hooks';
import type { ReceptionFormValues } from './reception-form-values';
import { earlierToLink } from './appeal-links';
import { useTopicName } from './use-topic-name';

/** The earlier appeal a repeated one comes back to, picked from the applicant's earlier receptions. */
export function RepeatOfSelect({
  form,
  receptionId,
}: Readonly<{ form: UseFormReturnType<ReceptionFormValues>; receptionId: string | undefined }>) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const { citizenId, date } = form.values;
  const receptions = useReceptionsOfCitizen(citizenId ? toPersonId(citizenId) : null);
  const earlier = earlierToLink(receptions ?? [], receptionId, date);
  if (!citizenId || earlier.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="appeal-repeat-none">
        {t('receptions.appeal.noEarlierToLink')}
      </Text>
    );
  return (
    <Select
      label={t('receptions.appeal.repeatOf')}
      withAsterisk
      data-testid="appeal-repeat-of"
      data={earlier.map((item) => ({
        value: item.id,
        label: [
          formatDate(item.date),
          item.registrationNo ? `№ ${item.registrationNo}` : '',
          topicName(item.topicCode),
          t(`enums.receptionOutcome.${item.outcome}`),
        ]
          .filter(Boolean)
          .join(' · '),
      }))}
      {...form.getInputProps('repeatOfId')}
      onChange={(next) => form.setFieldValue('repeatOfId', next ?? '')}
    />
  );
}
