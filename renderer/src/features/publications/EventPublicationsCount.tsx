import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EventId } from '@shared/model/ids';
import { usePublicationCountOfEvent } from '@/db/hooks';

/** Under an event's form: how many publications in the media are about it, a link to the log; nothing when none. */
export function EventPublicationsCount({ eventId }: Readonly<{ eventId: EventId }>) {
  const { t } = useTranslation();
  const count = usePublicationCountOfEvent(eventId);
  if (!count) return null;
  return (
    <Text size="sm" data-testid="event-publications">
      <Anchor component={Link} href="/publications">
        {t('publications.eventPublications', { count })}
      </Anchor>
    </Text>
  );
}
