import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanItemStatus } from '@shared/plans/status';

export const statusColors: Record<PlanItemStatus, string> = {
  done: 'teal',
  inProgress: 'blue',
  notStarted: 'gray',
  overdue: 'red',
};

export function PlanStatusBadge({ status }: Readonly<{ status: PlanItemStatus }>) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      miw="max-content"
      data-testid="plan-item-status"
      data-status={status}
    >
      {t(`plans.statuses.${status}`)}
    </Badge>
  );
}
