import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PublicationsPage() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="publications-page">
      <Title order={2}>{t('nav.publications')}</Title>
    </Stack>
  );
}
