import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/model/records';
import { planInputSchema } from '@shared/plans/plan-input';
import { DateField } from '@/components/DateField';
import { KazakhNameInput } from '@/components/KazakhNameInput';
import { useProblemMessages } from '@/components/problem-message';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { createPlan, updatePlan } from '@/db';

interface Values {
  name: string;
  nameKk: string;
  approvedBy: string;
  documentNo: string;
  documentDate: string;
  year: number | string;
  projectId: string;
}

/** A plan's heading: its name, who approved it and by which document, its year and project. */
export function PlanFormModal({
  plan,
  defaultYear,
  onSaved,
  onClose,
}: Readonly<{ plan: Plan | null; defaultYear: number; onSaved: (plan: Plan) => void; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const projects = useDirectoryOptions('project', 'id');
  const form = useForm<Values>({
    initialValues: {
      name: plan?.name ?? '',
      nameKk: plan?.nameKk ?? '',
      approvedBy: plan?.approvedBy ?? '',
      documentNo: plan?.documentNo ?? '',
      documentDate: plan?.documentDate ?? '',
      year: plan?.year ?? defaultYear,
      projectId: plan?.projectId ?? '',
    },
    validate: (values) => {
      const parsed = planInputSchema.safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });

  return (
    <Modal opened onClose={onClose} size="lg" title={plan ? t('plans.editPlan') : t('plans.newPlan')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            const saved = plan ? await updatePlan(plan.id, values) : await createPlan(values);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onSaved(saved);
          }),
        )}
      >
        <Stack>
          <TextInput
            label={t('plans.plan.name')}
            withAsterisk
            data-testid="plan-name"
            {...form.getInputProps('name')}
          />
          <KazakhNameInput data-testid="plan-name-kk" {...form.getInputProps('nameKk')} />
          <TextInput
            label={t('plans.plan.approvedBy')}
            placeholder={t('plans.plan.approvedByHint')}
            data-testid="plan-approved-by"
            {...form.getInputProps('approvedBy')}
          />
          <SimpleGrid cols={3}>
            <TextInput label={t('plans.plan.documentNo')} {...form.getInputProps('documentNo')} />
            <DateField label={t('plans.plan.documentDate')} {...form.getInputProps('documentDate')} />
            <NumberInput
              label={t('plans.plan.year')}
              withAsterisk
              min={2000}
              max={2100}
              allowDecimal={false}
              data-testid="plan-year"
              {...form.getInputProps('year')}
            />
          </SimpleGrid>
          <Select label={t('plans.plan.project')} clearable data={projects} {...form.getInputProps('projectId')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="plan-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
