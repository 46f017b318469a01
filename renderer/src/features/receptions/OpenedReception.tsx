import { useLocation } from 'wouter';
import type { ReceptionId } from '@shared/model/ids';
import type { Reception } from '@shared/model/records';
import { riskFromReception, type RiskDraft } from '@shared/monitoring/risks';
import { getReception } from '@/db';
import { RiskFormModal } from '@/features/monitoring/RiskFormModal';
import { useToday } from '@/lib/use-today';
import { ControlItemModal } from './ControlItemModal';
import type { QueueSession } from './reception-form-values';
import { ReceptionFormModal } from './ReceptionFormModal';

/** What is open over the journal: the entry form, a control item's card, or a risk opened from a reception. */
export type Opened =
  | { kind: 'form'; reception: Reception | null; prefill?: QueueSession }
  | { kind: 'control'; id: ReceptionId }
  | { kind: 'risk'; draft: RiskDraft }
  | null;

/** The dialog of what is open; one leads to another (a control card to its reception's form, a form to a risk). */
export function OpenedReception({ opened, onChange }: Readonly<{ opened: Opened; onChange: (next: Opened) => void }>) {
  const [, navigate] = useLocation();
  const day = useToday();
  if (opened?.kind === 'form')
    return (
      <ReceptionFormModal
        reception={opened.reception}
        prefill={opened.prefill}
        onClose={() => onChange(null)}
        onOpenRisk={(reception) => onChange({ kind: 'risk', draft: riskFromReception(reception, day) ?? {} })}
      />
    );
  if (opened?.kind === 'risk')
    return (
      <RiskFormModal
        risk={null}
        draft={opened.draft}
        onClose={(saved) => {
          onChange(null);
          if (saved) navigate('/monitoring/risks');
        }}
      />
    );
  if (opened?.kind === 'control')
    return (
      <ControlItemModal
        id={opened.id}
        onClose={() => onChange(null)}
        onEdit={() => {
          void getReception(opened.id).then((found) => found && onChange({ kind: 'form', reception: found }));
        }}
      />
    );
  return null;
}
