import type { TFunction } from 'i18next';
import type { ChainCheck } from '@shared/audit/chain';
import type { DeviceChainCheck } from '@shared/audit/chains';
import { formatDateTime } from '@shared/dates/format';
import { localWallClock } from '@/lib/clock';
import { auditDeviceText } from './audit-text';

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

/**
 * Another PC's chain: what could be checked here (order and links), and what that PC said of its
 * own chain when it last checked it with its key.
 */
function otherChainText(t: TFunction, chain: DeviceChainCheck): string {
  if (!chain.check.intact) return auditCheckText(t, chain.check);
  const reported = chain.lastOwnCheck;
  const own = reported
    ? t('audit.lastOwnCheck', {
        at: formatDateTime(localWallClock(reported.at)),
        result: reported.intact
          ? t('audit.lastOwnCheckIntact', { n: reported.entries })
          : t('audit.lastOwnCheckBroken'),
      })
    : t('audit.noOwnCheck');
  return `${t('audit.linksIntact', { n: chain.check.entries })} ${own}`;
}

/** This PC's chain, and any change to its entries that arrived from elsewhere and was refused. */
function ownChainText(t: TFunction, chain: DeviceChainCheck): string {
  const refused = chain.refused ?? [];
  const seqs = [...new Set(refused.map((arrival) => arrival.seq))].sort((a, b) => a - b).join(', ');
  const check = auditCheckText(t, chain.check);
  return refused.length > 0 ? `${check} ${t('audit.refusedArrivals', { seqs })}` : check;
}

/** One line per PC's chain, this PC's first. */
export function auditChainsText(t: TFunction, chains: readonly DeviceChainCheck[]): string[] {
  return chains.map((chain) =>
    t('audit.chainOf', {
      device: auditDeviceText(t, chain.device, chain.thisPc ? chain.device : undefined),
      result: chain.thisPc ? ownChainText(t, chain) : otherChainText(t, chain),
    }),
  );
}
