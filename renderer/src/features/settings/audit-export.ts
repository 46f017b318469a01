import type { TFunction } from 'i18next';
import { fileHash } from '@shared/audit/chain';
import type { ExportTable } from '@shared/export/table';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { localWallClock } from '@/lib/clock';
import { auditChains, recordExport } from '@/db';
import { recordedAuditHead } from '@/backup/backup-service';
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
export async function exportAuditLog(
  t: TFunction,
  fileName: string,
  operators: readonly AuditOperator[],
): Promise<void> {
  const { entries, checks, device } = await auditChains(await recordedAuditHead());
  const table: ExportTable = {
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
  const bytes = await buildWorkbookInWorker([table]);
  const result = await desktop.saveFile(fileName, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
  if (result.saved) await recordExport({ kind: 'audit-log', rows: entries.length }, fileHash(bytes));
}
