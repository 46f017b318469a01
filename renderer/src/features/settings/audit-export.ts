import type { TFunction } from 'i18next';
import { fileHash } from '@shared/audit/chain';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { auditChains, recordExport } from '@/db';
import { recordedAuditHead } from '@/backup/backup-service';
import { auditLogTable } from './audit-log-table';
import type { AuditOperator } from './audit-text';

/** Saves the sheet where the user says and writes the export, with the file's hash, to the log. */
export async function exportAuditLog(
  t: TFunction,
  fileName: string,
  operators: readonly AuditOperator[],
): Promise<void> {
  const chains = await auditChains(await recordedAuditHead());
  const bytes = await buildWorkbookInWorker([auditLogTable(t, chains, operators)]);
  const result = await desktop.saveFile(fileName, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
  if (result.saved) await recordExport({ kind: 'audit-log', rows: chains.entries.length }, fileHash(bytes));
}
