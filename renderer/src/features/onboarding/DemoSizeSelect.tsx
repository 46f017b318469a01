import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/text/number-format';
import { DEMO_SIZES } from './use-demo-loader';

export function DemoSizeSelect({ value, onChange }: Readonly<{ value: number; onChange: (size: number) => void }>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('onboarding.demoSize')}
      data-testid="demo-size"
      allowDeselect={false}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
      data={DEMO_SIZES.map((size) => ({ value: String(size), label: formatNumber(size) }))}
      w={220}
    />
  );
}
