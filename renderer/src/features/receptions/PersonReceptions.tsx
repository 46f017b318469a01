import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import { useCan, useReceptionsOfCitizen } from '@/db/hooks';
import { useTopicName } from './use-topic-name';
import { LabelBadge } from '@/components/LabelBadge';

/**
 * A citizen's earlier receptions on their card, so a repeated visitor is recognised. Confidential
 * ones are listed only for users allowed to see them; others see that some exist.
 */
export function PersonReceptions({ personId }: Readonly<{ personId: PersonId }>) {
  const { t } = useTranslation();
  const canSeeConfidential = useCan('view-confidential');
  const receptions = useReceptionsOfCitizen(personId);
  const topicName = useTopicName();
  if (!receptions) return null;
  const shown = receptions.filter((reception) => canSeeConfidential || !reception.confidential);
  const hidden = receptions.length - shown.length;
  return (
    <Stack gap={4} data-testid="person-receptions">
      <Title order={5}>{t('receptions.earlierTitle')}</Title>
      {receptions.length === 0 && <Text c="dimmed">{t('receptions.noEarlier')}</Text>}
      {shown.map((reception) => (
        <Group key={reception.id} gap="xs" wrap="nowrap">
          <Text size="sm" w={90}>
            {formatDate(reception.date)}
          </Text>
          <Text size="sm" truncate="end" style={{ flex: 1 }}>
            {topicName(reception.topicCode)}
          </Text>
          <LabelBadge size="sm" variant="light">
            {t(`enums.receptionOutcome.${reception.outcome}`)}
          </LabelBadge>
        </Group>
      ))}
      {hidden > 0 && (
        <Text size="xs" c="dimmed">
          {t('receptions.confidentialHidden', { count: hidden })}
        </Text>
      )}
    </Stack>
  );
}
