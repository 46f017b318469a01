import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { toPersonId, type ReceptionId } from '@shared/model/ids';
import { useReceptionsOfCitizen } from '@/db/hooks';
import { useTopicName } from './use-topic-name';
import { LabelBadge } from '@/components/LabelBadge';

/** How often the chosen citizen came before, and about what: the last three, the reception being edited aside. */
export function EarlierReceptions({
  citizenId,
  receptionId,
}: Readonly<{ citizenId: string; receptionId: ReceptionId | undefined }>) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const earlier = useReceptionsOfCitizen(citizenId ? toPersonId(citizenId) : null);
  if (!citizenId || !earlier) return null;
  const others = earlier.filter((item) => item.id !== receptionId);
  return (
    <Stack gap={2} data-testid="citizen-earlier">
      <LabelBadge variant="light" color={others.length > 0 ? 'orange' : 'gray'}>
        {others.length > 0 ? t('receptions.earlier', { count: others.length }) : t('receptions.noEarlier')}
      </LabelBadge>
      {others.slice(0, 3).map((item) => (
        <Text key={item.id} size="xs" c="dimmed">
          {formatDate(item.date)} · {topicName(item.topicCode)} · {t(`enums.receptionOutcome.${item.outcome}`)}
        </Text>
      ))}
    </Stack>
  );
}
