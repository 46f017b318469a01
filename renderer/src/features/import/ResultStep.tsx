import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '@shared/import/member-rows';
import type { CellValue, RawSheet } from '@shared/import/types';
import type { ImportBatch } from '@shared/model/records';
import { formatNumber } from '@shared/text/number-format';
import { useSafeAction } from '@/components/use-safe-action';
import { useUndoImport } from '@/components/use-undo-import';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { rowRanges, shortRowRanges } from './analysis';
import { rejectedRowsTable } from './rejected-rows';

/** A row list that stays one line however many rows it names. */
function shortRows(rows: readonly number[]): string {
  const { text, more } = shortRowRanges(rows);
  return more > 0 ? `${text} (+${formatNumber(more)})` : text;
}

/** What the import did, the file of rows it refused, and its undo. */
export function ResultStep({
  batch,
  undone,
  sheet,
  header,
  rejected,
  skippedByUser,
  repeats,
  withoutIin,
  onUndone,
}: Readonly<{
  batch: ImportBatch;
  undone: boolean;
  /** The sheet as imported (with the user's fixes), which the rejected rows are copied from. */
  sheet: RawSheet;
  /** The column names the rejected rows are copied under. */
  header: readonly CellValue[];
  rejected: readonly RejectedRow[];
  /** Rows the user chose to leave out on the preview. */
  skippedByUser: readonly number[];
  /** How many rows were exact repeats, merged into the rows they repeat. */
  repeats: number;
  /** Rows imported without an IIN. */
  withoutIin: readonly number[];
  onUndone: () => void;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const undo = useUndoImport();
  const saveRejected = () =>
    run(async () => {
      const table = rejectedRowsTable(t, sheet, header, rejected, batch.fileName);
      const bytes = await buildWorkbookInWorker([table]);
      const name = `${batch.fileName.replace(/\.[^.]+$/, '')} — ${t('exports.sheetRejected')}.xlsx`;
      await desktop.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
    });
  return (
    <Stack data-testid="import-result">
      <Alert color={undone ? 'gray' : 'teal'} title={undone ? t('registry.imports.undone') : t('importer.done')}>
        {t('registry.imports.counts', batch.counts)}
        {skippedByUser.length > 0 && (
          <Text size="sm" mt={4} data-testid="result-skipped-by-user">
            {t('importer.skippedByUserDone', { rows: rowRanges(skippedByUser) })}
          </Text>
        )}
        {repeats > 0 && (
          <Text size="sm" mt={4} data-testid="result-repeats">
            {t('importer.repeatsDone', { n: formatNumber(repeats) })}
          </Text>
        )}
        {withoutIin.length > 0 && !undone && (
          <Text size="sm" mt={4} data-testid="result-without-iin">
            {t('importer.withoutIinDone', { n: formatNumber(withoutIin.length), rows: shortRows(withoutIin) })}
          </Text>
        )}
      </Alert>
      <Group>
        {batch.counts.rejected > 0 && (
          <Button variant="default" onClick={saveRejected} data-testid="save-rejected">
            {t('importer.saveRejected')}
          </Button>
        )}
        {!undone && (
          <Button variant="light" color="red" onClick={() => undo(batch, onUndone)} data-testid="import-undo">
            {t('importer.undo')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
