import type { TFunction } from 'i18next';
import type { DeviceChainCheck } from '@shared/audit/chains';
import type { ExportTable } from '@shared/export/table';
import type { AuditEntry } from '@shared/model/records';
import { localWallClock } from '@/lib/clock';
import { auditChainsText } from './audit-check-text';
import {
  auditActionText,
  auditActorText,
  auditDetailsText,
  auditDeviceText,
  auditRecordText,
  type AuditOperator,
} from './audit-text';

/**
 * Every PC's chain as a styled sheet with its verification, for an inspector: each entry with its
 * PC, in words as on screen, then as it was recorded and hashed (device, actor, action and details
 * as written), so the hashes can be checked against the very facts they cover, chain by chain.
 */
export function auditLogTable(
  t: TFunction,
  { entries, checks, device }: { entries: readonly AuditEntry[]; checks: readonly DeviceChainCheck[]; device: string },
  operators: readonly AuditOperator[],
): ExportTable {
  return {
    sheetName: t('audit.title'),
    title: t('audit.title'),
    subtitle: auditChainsText(t, checks).join(' '),
    columns: [
      { header: t('audit.device'), width: 20, kind: 'text' },
      { header: t('audit.seq'), width: 8, kind: 'number' },
      { header: t('audit.at'), width: 18, kind: 'text' },
      { header: t('audit.actor'), width: 24, kind: 'text' },
      { header: t('audit.action'), width: 22, kind: 'text' },
      { header: t('audit.record'), width: 40, kind: 'code' },
      { header: t('audit.details'), width: 50, kind: 'text' },
      { header: 'device', width: 38, kind: 'code' },
      { header: 'actor', width: 14, kind: 'code' },
      { header: 'action', width: 16, kind: 'code' },
      { header: 'details', width: 40, kind: 'code' },
      { header: 'prevHash', width: 20, kind: 'code' },
      { header: 'hash', width: 20, kind: 'code' },
      { header: 'link', width: 14, kind: 'code' },
    ],
    rows: entries.map((entry) => [
      auditDeviceText(t, entry.device, device),
      entry.seq,
      localWallClock(entry.at).replace('T', ' '),
      auditActorText(t, entry.actor, operators),
      auditActionText(t, entry.action),
      auditRecordText(t, entry, operators, true) || null,
      auditDetailsText(t, entry.action, entry.details) || null,
      entry.device ?? device,
      entry.actor,
      entry.action,
      entry.details ? JSON.stringify(entry.details) : null,
      entry.prevHash,
      entry.hash,
      entry.link ?? 'sha256',
    ]),
  };
}
