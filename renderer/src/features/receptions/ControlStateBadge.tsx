import { useTranslation } from 'react-i18next';
import type { ControlState } from '@shared/receptions/control';
import { LabelBadge } from '@/components/LabelBadge';

/** State badge of a control item, shared by the journal, the control list and the card. */
export function ControlStateBadge({ state }: Readonly<{ state: ControlState }>) {
  const { t } = useTranslation();
  if (state === 'none') return null;
  const color = { open: 'blue', overdue: 'red', closed: 'gray' }[state];
  return (
    <LabelBadge color={color} variant={state === 'overdue' ? 'filled' : 'light'} data-testid="control-state">
      {t(`receptions.control.${state}`)}
    </LabelBadge>
  );
}
