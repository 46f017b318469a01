import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { modals } from '@mantine/modals';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PlanId, PlanItemId } from '@shared/model/ids';
import type { Plan, PlanItem } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { deletePlan, deletePlanItem, restorePlan, restorePlanItem } from '@/db';
import { useCan, usePlanItemRows, usePlans } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { useToday } from '@/lib/use-today';
import { PlanFileButtons } from './PlanFileButtons';
import { PlanFormModal } from './PlanFormModal';
import { PlanItemDrawer } from './PlanItemDrawer';
import { PlanItemFormModal } from './PlanItemFormModal';
import { PlanItemsTable } from './PlanItemsTable';
import { nextItemNumber } from './plan-item-form-values';
import { takePlanFilterRequest } from './plan-filter-request';

/** The plan of measures: its items with their status, each item's events and quarterly execution. */
export function PlansPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const canEdit = useCan('edit');
  const run = useSafeAction();
  const today = useToday();
  const plans = usePlans();
  const [chosenId, setChosenId] = useState<PlanId | null>(null);
  const [request] = useState(takePlanFilterRequest);
  const plan = useMemo(() => {
    const list = plans ?? [];
    const year = Number(today.slice(0, 4));
    return (
      list.find((candidate) => candidate.id === chosenId) ??
      list.find((candidate) => candidate.year === (request?.year ?? year)) ??
      list[0] ??
      null
    );
  }, [plans, chosenId, today, request]);
  const rows = usePlanItemRows(plan?.id ?? null, today);
  const [editingPlan, setEditingPlan] = useState<{ plan: Plan | null } | null>(null);
  const [editingItem, setEditingItem] = useState<{ item: PlanItem | null } | null>(null);
  const [openedId, setOpenedId] = useState<PlanItemId | null>(null);
  const opened = rows?.find((row) => row.item.id === openedId) ?? null;

  const removePlan = (target: Plan) =>
    modals.openConfirmModal({
      title: t('plans.deletePlan'),
      children: <Text size="sm">{t('plans.deletePlanText', { name: nameIn(language, target) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'plan-delete-confirm' },
      onConfirm: () =>
        run(async () => {
          await deletePlan(target.id);
          setChosenId(null);
          showUndoNotification(
            (tr) => tr('plans.planDeleted', { name: nameIn(language, target) }),
            () => run(() => restorePlan(target.id)),
          );
        }),
    });

  const removeItem = (item: PlanItem) =>
    run(async () => {
      await deletePlanItem(item.id);
      setOpenedId(null);
      showUndoNotification(
        (tr) => tr('plans.itemDeleted', { number: item.number }),
        () => run(() => restorePlanItem(item.id)),
      );
    });

  const planLabel = (candidate: Plan) => `${nameIn(language, candidate)} (${candidate.year})`;

  return (
    <Stack data-testid="plans-page">
      <Title order={2}>{t('nav.plan')}</Title>
      <Group data-testid="plan-toolbar" justify="space-between">
        {/* The selector takes the row's free width: plan names are long («План мероприятий АНК Кордайского
            района на 2026 год») and the year at their end is what tells two plans apart. */}
        <Group wrap="nowrap" style={{ flex: '1 1 420px' }}>
          {plans && plans.length > 0 && (
            <Select
              aria-label={t('plans.choosePlan')}
              style={{ flex: 1 }}
              maw={760}
              title={plan ? planLabel(plan) : undefined}
              allowDeselect={false}
              data={plans.map((candidate) => ({ value: candidate.id, label: planLabel(candidate) }))}
              value={plan?.id ?? null}
              onChange={(value) => setChosenId(value as PlanId | null)}
              data-testid="plan-select"
            />
          )}
          {canEdit && plan && (
            <>
              <ActionIcon
                variant="subtle"
                aria-label={t('plans.editPlan')}
                onClick={() => setEditingPlan({ plan })}
                data-testid="plan-edit"
              >
                <IconPencil size={18} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('plans.deletePlan')}
                onClick={() => removePlan(plan)}
                data-testid="plan-delete"
              >
                <IconTrash size={18} />
              </ActionIcon>
            </>
          )}
        </Group>
        <Group>
          <PlanFileButtons plans={plans ?? []} planId={plan?.id ?? null} onImported={setChosenId} />
          {canEdit && (
            <>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditingPlan({ plan: null })}
                data-testid="plan-new"
              >
                {t('plans.newPlan')}
              </Button>
              {plan && (
                <Button
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setEditingItem({ item: null })}
                  data-testid="item-new"
                >
                  {t('plans.newItem')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>

      {plans && plans.length === 0 && <Text c="dimmed">{t('plans.noPlans')}</Text>}
      {plan && (
        <Paper withBorder p="md">
          <PlanHeading plan={plan} />
          <PlanItemsTable
            rows={rows}
            year={plan.year}
            initialStatus={request?.year === plan.year ? request.status : null}
            onOpen={(id) => setOpenedId(id)}
            onEdit={canEdit ? (item) => setEditingItem({ item }) : undefined}
          />
        </Paper>
      )}

      {editingPlan && (
        <PlanFormModal
          plan={editingPlan.plan}
          defaultYear={Number(today.slice(0, 4))}
          onSaved={(saved) => {
            setChosenId(saved.id);
            setEditingPlan(null);
          }}
          onClose={() => setEditingPlan(null)}
        />
      )}
      {editingItem && plan && (
        <PlanItemFormModal
          planId={plan.id}
          item={editingItem.item}
          nextNumber={nextItemNumber((rows ?? []).map((row) => row.item.number))}
          onClose={() => setEditingItem(null)}
        />
      )}
      {plan && (
        <PlanItemDrawer
          plan={plan}
          row={opened}
          onEdit={canEdit && opened ? () => setEditingItem({ item: opened.item }) : undefined}
          onDelete={canEdit ? removeItem : undefined}
          onClose={() => setOpenedId(null)}
        />
      )}
    </Stack>
  );
}

function PlanHeading({ plan }: Readonly<{ plan: Plan }>) {
  const { t } = useTranslation();
  const parts = [
    plan.approvedBy ? t('plans.approvedLine', { body: plan.approvedBy }) : '',
    plan.documentNo
      ? t('plans.documentLine', { number: plan.documentNo, date: formatDate(plan.documentDate) }).trim()
      : '',
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <Text size="sm" c="dimmed" mb="sm" data-testid="plan-heading">
      {parts.join(', ')}
    </Text>
  );
}
