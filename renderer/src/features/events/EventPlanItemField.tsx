import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@shared/text/name-in';
import { usePlanItemChoices } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import type { EventFormValues } from './event-form-values';

const SHOWN_TEXT = 90;

/** «3.2. Провести круглый стол…»: the item's number and the start of its text in the interface language. */
function choiceLabel(number: string, text: string): string {
  const short = text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT).trimEnd()}…` : text;
  return `${number.replace(/\.$/, '')}. ${short}`;
}

/** The item of the year's plan of measures the event carries out: its execution gathers the event. */
export function EventPlanItemField({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const year = Number(form.values.date.slice(0, 4)) || Number(today().slice(0, 4));
  const choices = usePlanItemChoices(year);
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const { plan, item } of choices ?? []) {
      const group = nameIn(language, plan);
      const text = language === 'kk' ? item.textKk || item.textRu : item.textRu;
      groups.set(group, [...(groups.get(group) ?? []), { value: item.id, label: choiceLabel(item.number, text) }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [choices, language]);
  if (choices && choices.length === 0 && !form.values.planItemId) return null;
  return (
    <Select
      label={t('plans.eventField.label')}
      placeholder={t('plans.eventField.placeholder')}
      searchable
      clearable
      data={data}
      nothingFoundMessage={t('plans.eventField.none', { year })}
      value={form.values.planItemId || null}
      onChange={(value) => form.setFieldValue('planItemId', value ?? '')}
      data-testid="event-plan-item"
    />
  );
}
