import { Input, SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKinds, periodOf, type Period, type PeriodKind } from '@shared/events/period';
import type { HeaderLanguage } from '@shared/export/table';
import { DateField } from './DateField';

/**
 * A report period: month, quarter, half-year or year around the chosen start, or any range typed in
 * the two dates. Renders its three controls side by side for the caller's row.
 */
export function PeriodPicker({
  period,
  onChange,
  initialKind = 'quarter',
  testId,
}: Readonly<{ period: Period; onChange: (period: Period) => void; initialKind?: PeriodKind; testId: string }>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>(initialKind);
  return (
    <>
      <Input.Wrapper label={t('events.periodKind')}>
        <div>
          <SegmentedControl
            value={kind}
            onChange={(value) => {
              setKind(value as PeriodKind);
              onChange(periodOf(value as PeriodKind, period.from));
            }}
            data={periodKinds.map((value) => ({ value, label: t(`events.periods.${value}`) }))}
            data-testid={`${testId}-period-kind`}
          />
        </div>
      </Input.Wrapper>
      <DateField
        label={t('events.from')}
        value={period.from}
        onChange={(from) => from && onChange({ ...period, from })}
        w={140}
        data-testid={`${testId}-from`}
      />
      <DateField
        label={t('events.to')}
        value={period.to}
        onChange={(to) => to && onChange({ ...period, to })}
        w={140}
        data-testid={`${testId}-to`}
      />
    </>
  );
}

/** The language of a file's headers: Russian, Kazakh, or both side by side. */
export function HeaderLanguagePicker({
  value,
  onChange,
  testId,
  label,
  bothLabel,
}: Readonly<{
  value: HeaderLanguage;
  onChange: (value: HeaderLanguage) => void;
  testId?: string;
  /** The picker chooses the language of a whole document, not only of the headers. */
  label?: string;
  bothLabel?: string;
}>) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label ?? t('exports.headerLanguage')}>
      <div>
        <SegmentedControl
          value={value}
          onChange={(next) => onChange(next as HeaderLanguage)}
          data={[
            { value: 'ru', label: t('languages.ru') },
            { value: 'kk', label: t('languages.kk') },
            { value: 'both', label: bothLabel ?? t('exports.both') },
          ]}
          data-testid={testId}
        />
      </div>
    </Input.Wrapper>
  );
}
