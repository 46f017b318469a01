import {
  Button,
  Group,
  Input,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '@shared/model/ids';
import type { PlanDeadline, PlanItem } from '@shared/model/records';
import { quarterRoman, quarters } from '@shared/plans/deadline';
import { planItemInputSchema } from '@shared/plans/plan-input';
import { DateField } from '@/components/DateField';
import { useProblemMessages } from '@/components/problem-message';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { createPlanItem, updatePlanItem } from '@/db';
import { itemFormValues, itemInputOf, type PlanItemFormValues } from './plan-item-form-values';

const deadlineKinds: PlanDeadline['kind'][] = ['date', 'quarter', 'year', 'monthly', 'quarterly'];

/** An item of the plan: its text in both languages, who is responsible, its deadline and target. */
export function PlanItemFormModal({
  planId,
  item,
  nextNumber,
  onClose,
}: Readonly<{ planId: PlanId; item: PlanItem | null; nextNumber: string; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const agencies = useDirectoryOptions('agency', 'id');
  const form = useForm<PlanItemFormValues>({
    initialValues: itemFormValues(item, nextNumber),
    validate: (values) => {
      const parsed = planItemInputSchema.safeParse(itemInputOf(values));
      if (parsed.success) return {};
      const { deadline, ...errors } = messages(parsed.error);
      if (deadline) errors[values.deadlineKind === 'quarter' ? 'deadlineQuarter' : 'deadlineDate'] = deadline;
      return errors;
    },
  });
  const kind = form.values.deadlineKind;

  return (
    <Modal opened onClose={onClose} size="xl" title={item ? t('plans.editItem') : t('plans.newItem')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            const input = itemInputOf(values);
            if (item) await updatePlanItem(item.id, input);
            else await createPlanItem(planId, input);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <Group align="flex-start" grow preventGrowOverflow={false}>
            <TextInput
              label={t('plans.item.number')}
              description={t('plans.item.numberHint')}
              withAsterisk
              w={120}
              style={{ flexGrow: 0 }}
              data-testid="item-number"
              {...form.getInputProps('number')}
            />
            <MultiSelect
              label={t('plans.item.responsible')}
              description=" "
              searchable
              data={agencies}
              data-testid="item-responsible"
              {...form.getInputProps('responsibleAgencyIds')}
            />
          </Group>
          <Textarea
            label={t('plans.item.textRu')}
            withAsterisk
            autosize
            minRows={2}
            data-testid="item-text-ru"
            {...form.getInputProps('textRu')}
          />
          <Textarea
            label={t('plans.item.textKk')}
            autosize
            minRows={2}
            data-testid="item-text-kk"
            {...form.getInputProps('textKk')}
          />
          <TextInput label={t('plans.item.coExecutors')} {...form.getInputProps('coExecutors')} />
          <Input.Wrapper label={t('plans.item.deadline')} withAsterisk>
            <Stack gap={6}>
              <SegmentedControl
                data={deadlineKinds.map((value) => ({ value, label: t(`plans.deadlineKinds.${value}`) }))}
                value={kind}
                onChange={(value) => form.setFieldValue('deadlineKind', value as PlanDeadline['kind'])}
                aria-label={t('plans.item.deadline')}
                data-testid="item-deadline-kind"
              />
              {kind === 'date' && (
                <DateField
                  aria-label={t('plans.item.deadline')}
                  w={200}
                  data-testid="item-deadline-date"
                  {...form.getInputProps('deadlineDate')}
                />
              )}
              {kind === 'quarter' && (
                <Select
                  aria-label={t('plans.item.deadline')}
                  w={200}
                  data={quarters.map((quarter) => ({
                    value: String(quarter),
                    label: t('plans.quarterOption', { roman: quarterRoman(quarter) }),
                  }))}
                  data-testid="item-deadline-quarter"
                  {...form.getInputProps('deadlineQuarter')}
                />
              )}
            </Stack>
          </Input.Wrapper>
          <TextInput label={t('plans.item.completionForm')} {...form.getInputProps('completionForm')} />
          <SimpleGrid cols={3}>
            <NumberInput
              label={t('plans.item.targetValue')}
              min={0}
              data-testid="item-target-value"
              {...form.getInputProps('targetValue')}
            />
            <TextInput label={t('plans.item.targetUnit')} {...form.getInputProps('targetUnit')} />
            <DateField
              label={t('plans.item.doneOn')}
              description={t('plans.item.doneOnHint')}
              {...form.getInputProps('doneOn')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="item-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
