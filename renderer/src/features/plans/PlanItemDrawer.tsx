import { Badge, Button, Drawer, Group, NumberInput, Stack, Table, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@shared/dates/format';
import type { Plan, PlanItem } from '@shared/model/records';
import { deadlineLabel, quarterOf, quarterRoman, quarters, type Quarter } from '@shared/plans/deadline';
import { planExecutionInputSchema } from '@shared/plans/plan-input';
import { reachedValue } from '@shared/plans/status';
import { nameIn } from '@shared/text/name-in';
import { useProblemMessages } from '@/components/problem-message';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { savePlanItemExecution, type PlanItemRow } from '@/db';
import { useCan, usePlanItemEvents } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { localWallClock } from '@/lib/clock';
import { useToday } from '@/lib/use-today';
import { PlanStatusBadge } from './PlanStatusBadge';
import { ItemText } from './PlanItemsTable';

/** An item opened: what it asks, the events held under it and what was done each quarter. */
export function PlanItemDrawer({
  plan,
  row,
  onEdit,
  onDelete,
  onClose,
}: Readonly<{
  plan: Plan;
  row: PlanItemRow | null;
  onEdit?: () => void;
  onDelete?: (item: PlanItem) => void;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday();
  const agencies = useDirectoryOptions('agency', 'id');
  const item = row?.item;
  const currentQuarter = today.startsWith(String(plan.year)) ? quarterOf(today) : 4;

  return (
    <Drawer
      opened={row !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={item ? `${t('plans.item.number')} ${item.number}` : ''}
      data-testid="plan-item-drawer"
    >
      {item && row && (
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <ItemText item={item} />
            </div>
            {onEdit && onDelete && (
              <Group gap="xs" wrap="nowrap">
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                  {t('plans.editItem')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => onDelete(item)}
                  data-testid="item-delete"
                >
                  {t('plans.deleteItem')}
                </Button>
              </Group>
            )}
          </Group>
          <Group gap="xs">
            <PlanStatusBadge status={row.status} />
            <Badge variant="outline" color="gray">
              {deadlineLabel(item.deadline, language, plan.year)}
            </Badge>
            {item.targetValue !== undefined && (
              <Badge variant="outline" color="gray" data-testid="plan-item-reached">
                {t('plans.detail.reached', {
                  value: reachedValue(item),
                  target: item.targetValue,
                  unit: item.targetUnit ?? '',
                }).trim()}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            <b>{t('plans.item.responsible')}:</b>{' '}
            {agencies
              .filter((option) => item.responsibleAgencyIds.includes(option.value as never))
              .map((option) => option.label)
              .join(', ') || t('common.notSet')}
            {item.coExecutors ? `; ${item.coExecutors}` : ''}
          </Text>
          {item.completionForm && (
            <Text size="sm">
              <b>{t('plans.item.completionForm')}:</b> {item.completionForm}
            </Text>
          )}

          <Title order={5}>{t('plans.detail.linkedEvents')}</Title>
          <LinkedEvents item={item} />

          <Title order={5}>{t('plans.detail.executions')}</Title>
          <Tabs defaultValue={String(currentQuarter)} keepMounted={false}>
            <Tabs.List>
              {quarters.map((quarter) => (
                <Tabs.Tab key={quarter} value={String(quarter)} data-testid={`execution-tab-${quarter}`}>
                  {t('plans.detail.quarter', { roman: quarterRoman(quarter) })}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {quarters.map((quarter) => (
              <Tabs.Panel key={quarter} value={String(quarter)} pt="sm">
                <QuarterExecution key={item.id} item={item} quarter={quarter} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}

function LinkedEvents({ item }: Readonly<{ item: PlanItem }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const events = usePlanItemEvents(item.id);
  if (events && events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('plans.detail.noEvents')}
      </Text>
    );
  return (
    <Table data-testid="plan-item-linked-events">
      <Table.Tbody>
        {(events ?? []).map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td w={100}>{formatDate(event.start)}</Table.Td>
            <Table.Td>{nameIn(language, event)}</Table.Td>
            <Table.Td w={140}>
              {t(`enums.eventStatus.${event.status}`)}
              {(event.actualParticipants ?? event.plannedParticipants) !== undefined && (
                <Text size="xs" c="dimmed">
                  {t('plans.detail.participants', { count: event.actualParticipants ?? event.plannedParticipants })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface ExecutionValues {
  textRu: string;
  textKk: string;
  value: number | string;
}

/** One quarter's execution: editors write it, everyone sees who wrote it and when. */
function QuarterExecution({ item, quarter }: Readonly<{ item: PlanItem; quarter: Quarter }>) {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const run = useSafeAction();
  const messages = useProblemMessages();
  const execution = item.executions.find((candidate) => candidate.quarter === quarter);
  const form = useForm<ExecutionValues>({
    initialValues: {
      textRu: execution?.textRu ?? '',
      textKk: execution?.textKk ?? '',
      value: execution?.value ?? '',
    },
    validate: (values) => {
      const parsed = planExecutionInputSchema.safeParse({ ...values, quarter });
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const written = execution && (
    <Text size="xs" c="dimmed" data-testid="execution-author">
      {t('plans.detail.writtenBy', {
        author: execution.author,
        time: formatDateTime(localWallClock(execution.updatedAt)),
      })}
    </Text>
  );

  if (!canEdit)
    return (
      <Stack gap="xs">
        {execution ? (
          <>
            <ItemText item={{ textRu: execution.textRu ?? execution.textKk ?? '', textKk: execution.textKk }} />
            {execution.value !== undefined && (
              <Text size="sm">
                {t('plans.detail.value')}: {execution.value}
              </Text>
            )}
            {written}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('plans.detail.notReported')}
          </Text>
        )}
      </Stack>
    );

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        run(async () => {
          await savePlanItemExecution(item.id, { ...values, quarter });
          notifications.show({ color: 'teal', message: t('common.saved') });
        }),
      )}
    >
      <Stack gap="xs">
        <Textarea
          label={t('plans.detail.executionRu')}
          autosize
          minRows={3}
          data-testid="execution-text-ru"
          {...form.getInputProps('textRu')}
        />
        <Textarea
          label={t('plans.detail.executionKk')}
          autosize
          minRows={2}
          data-testid="execution-text-kk"
          {...form.getInputProps('textKk')}
        />
        {item.targetValue !== undefined && (
          <NumberInput
            label={t('plans.detail.value')}
            min={0}
            w={240}
            rightSection={item.targetUnit ? <Text size="xs">{item.targetUnit}</Text> : undefined}
            data-testid="execution-value"
            {...form.getInputProps('value')}
          />
        )}
        <Group justify="space-between">
          <div>{written}</div>
          <Button type="submit" size="xs" data-testid="execution-save">
            {t('plans.detail.saveExecution')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
