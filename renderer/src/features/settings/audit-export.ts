import type { TFunction } from 'i18next';
import { fileHash } from '@shared/audit/chain';
import type { ExportTable } from '@shared/export/table';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { localWallClock } from '@/lib/clock';
import { auditChain, recordExport } from '@/db';
import { recordedAuditHead } from '@/backup/backup-service';
import { auditCheckText } from './audit-check-text';

/** The whole chain as a styled sheet with its verification, hashes included, for an inspector. */
export async function exportAuditLog(t: TFunction, fileName: string): Promise<void> {
  const { entries, check } = await auditChain(await recordedAuditHead());
  const table: ExportTable = {
    sheetName: t('audit.title'),
    title: t('audit.title'),
    subtitle: auditCheckText(t, check),
    columns: [
      { header: t('audit.seq'), width: 8, kind: 'number' },
      { header: t('audit.at'), width: 18, kind: 'text' },
      { header: t('audit.actor'), width: 14, kind: 'text' },
      { header: t('audit.action'), width: 22, kind: 'text' },
      { header: t('audit.record'), width: 40, kind: 'code' },
      { header: t('audit.details'), width: 50, kind: 'text' },
      { header: 'prevHash', width: 20, kind: 'code' },
      { header: 'hash', width: 20, kind: 'code' },
      { header: 'link', width: 14, kind: 'code' },
    ],
    rows: entries.map((entry) => [
      entry.seq,
      localWallClock(entry.at).replace('T', ' '),
      entry.actor,
      entry.action,
      entry.table ? `${entry.table}/${entry.recordId ?? ''}` : null,
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
