import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PlansPage() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="plans-page">
      <Title order={2}>{t('nav.plan')}</Title>
    </Stack>
  );
}
