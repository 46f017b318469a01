import { addToGroup } from '@shared/collections/group';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import/auto-map';
import { cellText } from '@shared/import/cells';
import { headerCellsAt } from '@shared/import/headers';
import type { PlanTotals, RejectedRow } from '@shared/import/member-rows';
import { registers, type RegisterId } from '@shared/import/registers';
import type { RepeatedRow } from '@shared/import/repeats';
import type { CellValue, ImportField, RawSheet, RepairCode } from '@shared/import/types';
import { formatNumber } from '@shared/text/number-format';
import { useProblemText } from '@/components/problem-message';
import { useLanguage } from '@/i18n/use-language';
import { rowRanges, shortRowRanges, type Analysis } from './analysis';
import { columnLetter, fieldLabel } from './field-labels';

const SHOWN_PROBLEMS = 200;
/** Repeats named one by one in the repairs; the rest are counted. */
const SHOWN_REPEATS = 10;

function Figure({
  label,
  value,
  color,
  testId,
}: Readonly<{ label: string; value: number; color?: string; testId: string }>) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={600} c={color} data-testid={`${testId}-value`}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

/** Row numbers as whole ranges, the rest counted: a long list never ends mid-number. */
function RowList({ rows }: Readonly<{ rows: readonly number[] }>) {
  const { t } = useTranslation();
  const { text, more } = shortRowRanges(rows);
  return (
    <Text span size="xs" c="dimmed" data-testid="row-list">
      {text}
      {more > 0 && `, ${t('importer.moreRows', { n: formatNumber(more) })}`}
    </Text>
  );
}

/** «строка 17 повторяет строку 5 — объединены; …», the first few named, the rest counted. */
function RepeatList({ repeats }: Readonly<{ repeats: readonly RepeatedRow[] }>) {
  const { t } = useTranslation();
  const more = repeats.length - SHOWN_REPEATS;
  return (
    <Text span size="xs" c="dimmed" data-testid="repeat-list">
      {repeats
        .slice(0, SHOWN_REPEATS)
        .map((repeat) => t('importer.repeatOf', { row: repeat.rowNumber, first: repeat.sameAs }))
        .join('; ')}
      {more > 0 && `; ${t('importer.moreRows', { n: formatNumber(more) })}`}
    </Text>
  );
}

/** Every problem with its row and column, every automatic repair, and the dry-run totals. */
export function PreviewStep({
  register,
  fields,
  sheet,
  headerRow,
  mapping,
  analysis,
  totals,
  notices = [],
  withoutIin = [],
  fixing,
  onFixOpen,
  onFixClose,
  onFix,
  onSkip,
  onRestoreSkipped,
}: Readonly<{
  register: RegisterId;
  /** The register's fields, when they depend on the directories (a population table's column per ethnos). */
  fields?: readonly ImportField[];
  sheet: RawSheet;
  headerRow: number;
  mapping: ColumnMapping;
  analysis: Analysis;
  totals: PlanTotals | null;
  /** What the dry run found worth telling besides repairs (people to be added, officials not found). */
  notices?: readonly string[];
  /** Rows imported without an IIN, which the office has to complete. */
  withoutIin?: readonly number[];
  /** The row number whose fix dialog is open. */
  fixing: number | null;
  onFixOpen: (rowNumber: number) => void;
  onFixClose: () => void;
  onFix: (rowIndex: number, fixes: Map<number, string>) => void;
  onSkip: (rowNumber: number) => void;
  onRestoreSkipped: () => void;
}>) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const fixed = fixing === null ? undefined : analysis.rejected.find((row) => row.rowNumber === fixing);
  const headerCells = headerCellsAt(sheet, headerRow, fields ?? registers[register]);
  const header = (column: number) => (column >= 0 ? cellText(headerCells[column]) : '');
  const repairsByCode = new Map<RepairCode, number[]>();
  for (const { rowNumber, repair } of analysis.repairs) addToGroup(repairsByCode, repair.code, rowNumber);
  const blank = analysis.skipped.filter((row) => row.reason === 'blank');
  const total = analysis.skipped.filter((row) => row.reason === 'total');
  const dataRows =
    analysis.members.length +
    analysis.associations.length +
    analysis.events.length +
    analysis.receptions.length +
    analysis.population.length +
    analysis.rejected.length +
    analysis.repeats.length;

  return (
    <Stack>
      <SimpleGrid cols={5}>
        <Figure
          label={t('importer.dataRows', { n: '' }).replace(/[:\s]+$/, '')}
          value={dataRows}
          testId="preview-rows"
        />
        <Figure label={t('importer.willCreate')} value={totals?.new ?? 0} color="teal.8" testId="preview-new" />
        <Figure label={t('importer.willUpdate')} value={totals?.updated ?? 0} color="blue.8" testId="preview-updated" />
        <Figure label={t('importer.unchanged')} value={totals?.unchanged ?? 0} testId="preview-unchanged" />
        <Figure
          label={t('importer.rejected')}
          value={analysis.rejected.length}
          color="red.8"
          testId="preview-rejected"
        />
      </SimpleGrid>

      <Title order={5}>{t('importer.problemsTitle')}</Title>
      {analysis.rejected.length === 0 && <Text c="dimmed">{t('importer.noProblems')}</Text>}
      <Stack gap={6} data-testid="preview-problems">
        {analysis.rejected.slice(0, SHOWN_PROBLEMS).map((row) => (
          <Paper key={row.rowNumber} withBorder p="xs" data-testid="problem-row">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                {row.problems.map((problem, index) => (
                  <Text key={index} size="sm">
                    <Text span fw={600}>
                      {problem.column >= 0
                        ? `${t('importer.rowColumn', { row: row.rowNumber, column: columnLetter(problem.column) })} «${header(problem.column)}»`
                        : t('importer.rowOnly', { row: row.rowNumber })}
                      {problem.value && problem.code !== 'duplicate_row' ? ` (${problem.value})` : ''}:
                    </Text>{' '}
                    {problemText(problem.code, problem.value)}
                  </Text>
                ))}
              </Stack>
              {/* The button keeps its width however long the problems beside it are. */}
              <Button
                size="xs"
                variant="light"
                style={{ flexShrink: 0 }}
                onClick={() => onFixOpen(row.rowNumber)}
                data-testid="fix-row"
              >
                {t('importer.fix')}
              </Button>
            </Group>
          </Paper>
        ))}
        {analysis.rejected.length > SHOWN_PROBLEMS && (
          <Text size="sm" c="dimmed">
            {t('importer.more', { n: analysis.rejected.length - SHOWN_PROBLEMS })}
          </Text>
        )}
      </Stack>

      {withoutIin.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('importer.withoutIinTitle', { n: formatNumber(withoutIin.length) })}
          data-testid="preview-without-iin"
        >
          <Text size="sm">
            {t('importer.withoutIinText')} <RowList rows={withoutIin} />
          </Text>
        </Alert>
      )}

      {(repairsByCode.size > 0 ||
        analysis.repeats.length > 0 ||
        analysis.skipped.length > 0 ||
        analysis.skippedByUser.length > 0 ||
        notices.length > 0) && (
        <Alert color="blue" variant="light" title={t('importer.repairsTitle')} data-testid="preview-repairs">
          <List size="sm">
            {[...repairsByCode].map(([code, rows]) => (
              <List.Item key={code} data-testid="preview-repair">
                {t(`importer.repairs.${code}`)}{' '}
                <Badge size="sm" variant="light">
                  {formatNumber(rows.length)}
                </Badge>{' '}
                <RowList rows={rows} />
              </List.Item>
            ))}
            {analysis.repeats.length > 0 && (
              <List.Item data-testid="preview-repeats">
                {t('importer.repeatsMerged')}{' '}
                <Badge size="sm" variant="light">
                  {formatNumber(analysis.repeats.length)}
                </Badge>{' '}
                <RepeatList repeats={analysis.repeats} />
              </List.Item>
            )}
            {analysis.skippedByUser.length > 0 && (
              <List.Item data-testid="preview-skipped-by-user">
                {t('importer.skippedByUser', { rows: rowRanges(analysis.skippedByUser) })}{' '}
                <Button size="compact-xs" variant="subtle" onClick={onRestoreSkipped} data-testid="restore-skipped">
                  {t('importer.restoreSkipped')}
                </Button>
              </List.Item>
            )}
            {notices.map((notice) => (
              <List.Item key={notice} data-testid="preview-notice">
                {notice}
              </List.Item>
            ))}
            {blank.length > 0 && <List.Item>{t('importer.blankRows', { n: blank.length })}</List.Item>}
            {total.map((row) => (
              <List.Item key={row.rowNumber}>{t('importer.totalRow', { row: row.rowNumber })}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {fixed && (
        <FixRowModal
          key={fixed.rowNumber}
          register={register}
          fields={fields}
          sheet={sheet}
          mapping={mapping}
          row={fixed}
          header={headerCells}
          onClose={onFixClose}
          onApply={(fixes) => onFix(fixed.rowNumber - 1, fixes)}
          onSkip={() => onSkip(fixed.rowNumber)}
        />
      )}
    </Stack>
  );
}

function FixRowModal({
  register,
  fields,
  sheet,
  mapping,
  row,
  header,
  onClose,
  onApply,
  onSkip,
}: Readonly<{
  register: RegisterId;
  fields: readonly ImportField[] | undefined;
  sheet: RawSheet;
  mapping: ColumnMapping;
  row: RejectedRow;
  header: readonly CellValue[];
  onClose: () => void;
  onApply: (fixes: Map<number, string>) => void;
  onSkip: () => void;
}>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const problemText = useProblemText();
  const cells = sheet.rows[row.rowNumber - 1] ?? [];
  const columns = mapping.flatMap((field, column) => (field && field !== 'rowNumber' ? [{ field, column }] : []));
  const [texts, setTexts] = useState(() => new Map(columns.map(({ column }) => [column, cellText(cells[column])])));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('importer.fixTitle', { row: row.rowNumber })}
      size="lg"
      data-testid="fix-dialog"
    >
      <Stack>
        {columns.map(({ field, column }) => {
          const problem = row.problems.find((candidate) => candidate.column === column);
          return (
            <TextInput
              key={column}
              label={`${columnLetter(column)} «${cellText(header[column])}» → ${fieldLabel(t, register, field, fields && { fields, localName })}`}
              error={problem ? problemText(problem.code, problem.value) : undefined}
              value={texts.get(column) ?? ''}
              data-testid={`fix-${field}`}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTexts((current) => new Map(current).set(column, value));
              }}
            />
          );
        })}
        <Text size="xs" c="dimmed">
          {t('importer.skipRowHint')}
        </Text>
        <Group justify="space-between">
          <Button variant="light" color="orange" onClick={onSkip} data-testid="fix-skip">
            {t('importer.skipRow')}
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => onApply(texts)} data-testid="fix-apply">
              {t('importer.applyFix')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
