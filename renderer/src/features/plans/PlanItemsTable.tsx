import { ActionIcon, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPencil, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemId } from '@shared/model/ids';
import type { PlanItem } from '@shared/model/records';
import { deadlineLabel } from '@shared/plans/deadline';
import { planItemStatuses } from '@shared/plans/status';
import { filterPlanRows, type PlanStatusFilter } from '@shared/plans/summary';
import { useDirectoryOptions } from '@/components/use-directory-options';
import type { PlanItemRow } from '@/db';
import { useLanguage } from '@/i18n/use-language';
import { useToday } from '@/lib/use-today';
import { PlanStatusBadge } from './PlanStatusBadge';

/** The item's text in the interface language and, when given, in the other one below it. */
export function ItemText({ item }: Readonly<{ item: Pick<PlanItem, 'textRu' | 'textKk'> }>) {
  const { language } = useLanguage();
  const main = language === 'kk' ? item.textKk || item.textRu : item.textRu;
  const other = language === 'kk' ? (item.textKk ? item.textRu : '') : item.textKk;
  return (
    <>
      <Text size="sm">{main}</Text>
      {other && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {other}
        </Text>
      )}
    </>
  );
}

/** The plan's numbered items, filtered by status and by responsible agency; a row opens the item. */
export function PlanItemsTable({
  rows,
  year,
  initialStatus,
  onOpen,
  onEdit,
}: Readonly<{
  rows: PlanItemRow[] | undefined;
  year: number;
  initialStatus: PlanStatusFilter | null;
  onOpen: (id: PlanItemId) => void;
  onEdit?: (item: PlanItem) => void;
}>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday();
  const agencies = useDirectoryOptions('agency', 'id');
  const agencyName = useMemo(() => new Map(agencies.map((option) => [option.value, option.label])), [agencies]);
  const [status, setStatus] = useState<PlanStatusFilter | null>(initialStatus);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => filterPlanRows(rows ?? [], { status, agencyId, text: query }, year, today),
    [rows, status, agencyId, query, year, today],
  );
  const statusOptions = [
    { value: 'dueThisQuarter', label: t('plans.card.dueThisQuarter') },
    ...planItemStatuses.map((value) => ({ value, label: t(`plans.statuses.${value}`) })),
  ];

  return (
    <>
      <Group mb="sm">
        <TextInput
          size="xs"
          w={240}
          leftSection={<IconSearch size={14} />}
          placeholder={t('plans.filters.search')}
          aria-label={t('plans.filters.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Select
          size="xs"
          w={220}
          clearable
          placeholder={t('plans.filters.status')}
          aria-label={t('plans.filters.status')}
          data={statusOptions}
          value={status}
          onChange={(value) => setStatus(value as PlanStatusFilter | null)}
          data-testid="plan-status-filter"
        />
        <Select
          size="xs"
          w={280}
          clearable
          searchable
          placeholder={t('plans.filters.agency')}
          aria-label={t('plans.filters.agency')}
          data={agencies}
          value={agencyId}
          onChange={setAgencyId}
          data-testid="plan-agency-filter"
        />
      </Group>
      {rows && rows.length === 0 ? (
        <Text c="dimmed">{t('plans.noItems')}</Text>
      ) : rows && shown.length === 0 ? (
        <Text c="dimmed">{t('plans.noItemsMatch')}</Text>
      ) : (
        <Table striped highlightOnHover data-testid="plan-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('plans.item.number')}</Table.Th>
              <Table.Th>{t('plans.item.text')}</Table.Th>
              <Table.Th w={200}>{t('plans.item.responsible')}</Table.Th>
              <Table.Th w={140}>{t('plans.item.deadline')}</Table.Th>
              <Table.Th w={170}>{t('plans.item.status')}</Table.Th>
              <Table.Th w={110}>{t('plans.item.events')}</Table.Th>
              {onEdit && <Table.Th w={50} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr
                key={row.item.id}
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(row.item.id)}
                data-testid="plan-item-row"
                data-number={row.item.number}
              >
                <Table.Td>{row.item.number}</Table.Td>
                <Table.Td>
                  <ItemText item={row.item} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {row.item.responsibleAgencyIds.map((id) => agencyName.get(id) ?? '').join(', ')}
                  </Text>
                  {row.item.coExecutors && (
                    <Text size="xs" c="dimmed">
                      {row.item.coExecutors}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{deadlineLabel(row.item.deadline, language, year)}</Table.Td>
                <Table.Td>
                  <PlanStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td data-testid="plan-item-events">{row.eventIds.length}</Table.Td>
                {onEdit && (
                  <Table.Td>
                    <Tooltip label={t('plans.editItem')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('plans.editItem')}
                        onClick={(event) => {
                          event.stopPropagation();
                          onEdit(row.item);
                        }}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
