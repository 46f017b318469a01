import { Button, Group, Progress, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficeProfile } from '@/db/hooks';
import { DemoSizeSelect } from './DemoSizeSelect';
import { useDemoLoader } from './use-demo-loader';

/** Demo data on demand, for an office that started with an empty database. */
export function LoadDemoButton() {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const [size, setSize] = useState(2_000);
  const { load, progress, loading } = useDemoLoader();
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <DemoSizeSelect value={size} onChange={setSize} />
        <Button loading={loading} onClick={() => void load(size, profile?.districtId)} data-testid="load-demo">
          {t('onboarding.loadDemo')}
        </Button>
      </Group>
      {progress !== null && <Progress value={progress} aria-label={t('onboarding.demoProgress')} />}
    </Stack>
  );
}
