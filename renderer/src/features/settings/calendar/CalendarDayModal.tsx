import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  officeDayKinds,
  officeDayProblem,
  type OfficeCalendar,
  type OfficeDayKind,
} from '@shared/dates/office-calendar';
import type { ShippedDay } from '@shared/dates/working-days';
import { DateField } from '@/components/DateField';
import { useSafeAction } from '@/components/use-safe-action';
import { addCalendarDay, CalendarDayError, type DeadlineCheck } from '@/db';

interface Values {
  date: string;
  kind: OfficeDayKind;
  nameRu: string;
  nameKk: string;
}

/** A holiday, a moved day off or a moved working day, typed by an administrator for any year. */
export function CalendarDayModal({
  year,
  shipped,
  office,
  onSaved,
  onClose,
}: Readonly<{
  year: number;
  shipped: readonly ShippedDay[];
  office: OfficeCalendar;
  onSaved: (check: DeadlineCheck) => void;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const form = useForm<Values>({
    initialValues: { date: '', kind: 'day_off', nameRu: '', nameKk: '' },
    validate: {
      date: (date, values) => {
        if (!date) return t('common.required');
        const problem = officeDayProblem({ date, kind: values.kind }, shipped, office);
        return problem && t(`workingCalendar.problems.${problem}`);
      },
    },
  });

  const save = (values: Values) =>
    run(async () => {
      try {
        const check = await addCalendarDay({
          date: values.date,
          kind: values.kind,
          ...(values.nameRu.trim() ? { nameRu: values.nameRu } : {}),
          ...(values.nameKk.trim() ? { nameKk: values.nameKk } : {}),
        });
        notifications.show({ color: 'teal', message: t('workingCalendar.added') });
        onClose();
        onSaved(check);
      } catch (error) {
        if (!(error instanceof CalendarDayError)) throw error;
        form.setFieldError('date', t(`workingCalendar.problems.${error.problem}`));
      }
    });

  return (
    <Modal opened onClose={onClose} title={t('workingCalendar.addTitle')} data-testid="calendar-day-modal">
      <form onSubmit={form.onSubmit(save)}>
        <Stack>
          <DateField
            label={t('workingCalendar.fields.date')}
            withAsterisk
            defaultDate={`${year}-01-01`}
            data-testid="calendar-day-date"
            {...form.getInputProps('date')}
          />
          <Radio.Group label={t('workingCalendar.fields.kind')} {...form.getInputProps('kind')}>
            <Stack gap="xs" mt={4}>
              {officeDayKinds.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={t(`workingCalendar.kindOptions.${kind}`)}
                  data-testid={`calendar-day-kind-${kind}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('workingCalendar.fields.nameRu')}
            data-testid="calendar-day-name-ru"
            {...form.getInputProps('nameRu')}
          />
          <TextInput
            label={t('workingCalendar.fields.nameKk')}
            data-testid="calendar-day-name-kk"
            {...form.getInputProps('nameKk')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="calendar-day-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
