import type { TFunction } from 'i18next';
import type { ChainCheck } from '@shared/audit/chain';

/** What the audit check found, in the user's language: for the settings screen and the inspector's export. */
export function auditCheckText(t: TFunction, check: ChainCheck): string {
  if (check.intact) return t('audit.intact', { n: check.entries });
  switch (check.problem) {
    case 'broken':
      return t('audit.broken', { seq: check.brokenAt });
    case 'truncated':
      return t('audit.truncated', { seq: check.recorded.seq, last: check.last });
    case 'rewritten':
      return t('audit.rewritten', { seq: check.recorded.seq });
  }
}
