import { DateInput } from '@mantine/dates';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof DateInput>, 'value' | 'onChange' | 'valueFormat'> & {
  value?: string;
  onChange: (value: string) => void;
};

/** A date typed or picked as dd.MM.yyyy and kept as YYYY-MM-DD. */
export function DateField({ value, onChange, ...props }: Readonly<Props>) {
  return (
    <DateInput
      {...props}
      value={value || null}
      onChange={(next) => onChange(next ? String(next).slice(0, 10) : '')}
      valueFormat="DD.MM.YYYY"
      placeholder="дд.мм.гггг"
      clearable
    />
  );
}
