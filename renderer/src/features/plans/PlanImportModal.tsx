import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Modal,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileText } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { deadlineLabel } from '@shared/plans/deadline';
import { readPlanTable, type PlanProblem, type PlanTable, type PlanTitle } from '@shared/plans/plan-table';
import type { ImportBatch } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useSafeAction } from '@/components/use-safe-action';
import { useUndoImport } from '@/components/use-undo-import';
import { applyPlanImport, saveDirectoryItem } from '@/db';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { parsePlanFile } from './plan-file-client';
import type { PlanFileFailure, PlanSource } from './read-plan-file';

const ACCEPT = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
};

interface Loaded {
  fileName: string;
  hash: string;
  source: PlanSource;
}

interface Header {
  name: string;
  approvedBy: string;
  documentNo: string;
  documentDate: string;
  year: number;
  projectId: string | null;
}

function headerFrom(title: PlanTitle, year: number, fileName: string): Header {
  return {
    name: title.name ?? fileName.replace(/\.[^.]+$/, ''),
    approvedBy: title.approvedBy ?? '',
    documentNo: title.documentNo ?? '',
    documentDate: title.documentDate ?? '',
    year,
    projectId: title.projectId ?? null,
  };
}

/**
 * A plan of measures imported from the Word or Excel table it arrived in: the file is read in a
 * worker, every item shown with the deadline and agencies it was read as, every problem with its
 * row; nothing is written while a problem is left, and the import is one batch that can be undone.
 */
export function PlanImportModal({
  onClose,
  onImported,
}: Readonly<{ onClose: () => void; onImported?: (batch: ImportBatch) => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const undoImport = useUndoImport();
  const agencies = useDirectory('agency');
  const projects = useDirectory('project');
  const projectOptions = useDirectoryOptions('project', 'id');
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<PlanFileFailure | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [header, setHeader] = useState<Header | null>(null);
  const [saving, setSaving] = useState(false);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const abort = useRef<AbortController | null>(null);

  const table: PlanTable | null = useMemo(() => {
    if (!loaded || !agencies || !projects) return null;
    const named = (items: typeof agencies) => items.map((item) => ({ id: item.id, names: [item.nameRu, item.nameKk] }));
    return readPlanTable(loaded.source.rows, {
      defaultYear: header?.year ?? Number(today().slice(0, 4)),
      agencies: named(agencies),
      projects: named(projects),
      before: loaded.source.before,
    });
  }, [loaded, agencies, projects, header?.year]);

  const agencyName = (id: string) => {
    const item = agencies?.find((agency) => agency.id === id);
    return item ? localName(item) : id;
  };

  const readFile = (file: File) =>
    run(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setReading(true);
      setFailure(null);
      try {
        const data = new Uint8Array(await file.arrayBuffer());
        const outcome = await parsePlanFile(file.name, data, controller.signal).catch((error: unknown) => {
          // Closed while reading: the worker is ended and there is nothing to tell.
          if (error instanceof DOMException && error.name === 'AbortError') return null;
          throw error;
        });
        if (!outcome) return;
        if (!outcome.ok) {
          setFailure(outcome.failure);
          return;
        }
        const source = outcome.source;
        setLoaded({ fileName: file.name, hash: fileHash(data), source });
        const first = readPlanTable(source.rows, {
          defaultYear: Number(today().slice(0, 4)),
          agencies: [],
          projects: (projects ?? []).map((item) => ({ id: item.id, names: [item.nameRu, item.nameKk] })),
          before: source.before,
        });
        setHeader(headerFrom(first.title, first.year, file.name));
      } finally {
        setReading(false);
      }
    });

  const addAgencies = (names: readonly string[]) =>
    run(async () => {
      let order = Math.max(0, ...(agencies ?? []).map((item) => item.order));
      for (const name of names) {
        // The plan names it in one language; the other name starts the same and can be edited in the directory.
        await saveDirectoryItem({ kind: 'agency', nameRu: name, nameKk: name, order: ++order, active: true });
        notifications.show({ color: 'teal', message: t('planFiles.import.agencyAdded', { name }) });
      }
    });

  const problemText = (problem: PlanProblem) => {
    const field = problem.field ? t(`planFiles.import.fieldNames.${problem.field}`) : '';
    const text = t(`planFiles.import.problems.${problem.code}`, { value: problem.value, field });
    return problem.row > 0 && problem.code !== 'column_missing' && problem.code !== 'no_items'
      ? t('planFiles.import.problemRow', { row: problem.row, column: problem.column || field, text })
      : t('planFiles.import.problemTable', { text });
  };

  const canImport = Boolean(
    table && header && table.problems.length === 0 && table.items.length > 0 && header.name.trim(),
  );

  const save = () => {
    if (!table || !header || !loaded || !canImport) return;
    run(async () => {
      setSaving(true);
      try {
        const done = await applyPlanImport(
          {
            name: header.name.trim(),
            year: header.year,
            ...(header.approvedBy.trim() ? { approvedBy: header.approvedBy.trim() } : {}),
            ...(header.documentNo.trim() ? { documentNo: header.documentNo.trim() } : {}),
            ...(header.documentDate ? { documentDate: header.documentDate } : {}),
            ...(header.projectId ? { projectId: header.projectId as never } : {}),
          },
          table.items,
          { fileName: loaded.fileName, fileHash: loaded.hash },
        );
        setBatch(done);
        onImported?.(done);
      } finally {
        setSaving(false);
      }
    });
  };

  const reset = () => {
    setLoaded(null);
    setHeader(null);
    setFailure(null);
    setBatch(null);
  };

  const where = loaded?.source.sheet
    ? t('planFiles.import.sheet', { name: loaded.source.sheet })
    : t('planFiles.import.table', { number: (loaded?.source.table ?? 0) + 1 });

  return (
    <Modal
      opened
      onClose={() => {
        // Closing while a file is read ends its worker at once.
        abort.current?.abort();
        onClose();
      }}
      title={t('planFiles.import.title')}
      size="90%"
      data-testid="plan-import-modal"
    >
      {batch ? (
        <Stack data-testid="plan-import-done">
          <Alert color="teal">
            {t('planFiles.import.done', { name: header?.name ?? '', count: batch.counts.added })}
          </Alert>
          <Group justify="flex-end">
            <Button
              variant="default"
              color="red"
              data-testid="plan-import-undo"
              onClick={() => undoImport(batch, reset)}
            >
              {t('planFiles.import.undo')}
            </Button>
            <Button onClick={onClose} data-testid="plan-import-close">
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : !loaded || !table || !header ? (
        <Stack>
          {failure && (
            <Alert color="red" title={t('errors.title')} data-testid="plan-import-failure">
              {t(`planFiles.import.failures.${failure}`)}
            </Alert>
          )}
          <Dropzone
            onDrop={(files) => files[0] && readFile(files[0])}
            accept={ACCEPT}
            multiple={false}
            loading={reading}
            data-testid="plan-import-dropzone"
          >
            <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
              <IconFileText size={48} stroke={1.4} color="var(--mantine-color-teal-7)" />
              <Stack gap={4}>
                <Text size="lg">{t('planFiles.import.fileLabel')}</Text>
                <Text size="sm" c="dimmed">
                  {t('planFiles.import.fileHint')}
                </Text>
              </Stack>
            </Group>
          </Dropzone>
          {reading && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('planFiles.import.reading')}</Text>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack data-testid="plan-import-preview">
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="plan-import-found">
              {loaded.fileName} ·{' '}
              {t('planFiles.import.foundIn', {
                where,
                items: table.items.length,
                sections: table.sections.length,
              })}
            </Text>
            {table.bilingual && <Badge variant="light">{t('planFiles.import.bilingual')}</Badge>}
          </Group>

          <Stack gap="xs">
            <Text fw={600}>{t('planFiles.import.header')}</Text>
            <Text size="xs" c="dimmed">
              {t('planFiles.import.headerHint')}
            </Text>
            <TextInput
              label={t('plans.plan.name')}
              value={header.name}
              onChange={(event) => setHeader({ ...header, name: event.currentTarget.value })}
              error={!header.name.trim() ? t('common.required') : undefined}
              data-testid="plan-import-name"
            />
            <TextInput
              label={t('plans.plan.approvedBy')}
              value={header.approvedBy}
              onChange={(event) => setHeader({ ...header, approvedBy: event.currentTarget.value })}
              data-testid="plan-import-approved-by"
            />
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <TextInput
                label={t('plans.plan.documentNo')}
                value={header.documentNo}
                onChange={(event) => setHeader({ ...header, documentNo: event.currentTarget.value })}
                data-testid="plan-import-document-no"
              />
              <DateField
                label={t('plans.plan.documentDate')}
                value={header.documentDate}
                onChange={(documentDate) => setHeader({ ...header, documentDate })}
                data-testid="plan-import-document-date"
              />
              <NumberInput
                label={t('plans.plan.year')}
                value={header.year}
                min={2000}
                max={2100}
                allowDecimal={false}
                onChange={(year) => typeof year === 'number' && setHeader({ ...header, year })}
                data-testid="plan-import-year"
              />
              <Select
                label={t('plans.plan.project')}
                value={header.projectId}
                onChange={(projectId) => setHeader({ ...header, projectId })}
                data={projectOptions}
                clearable
                data-testid="plan-import-project"
              />
            </SimpleGrid>
          </Stack>

          {table.problems.length > 0 ? (
            <Alert
              color="red"
              title={t('planFiles.import.problemsTitle', { count: table.problems.length })}
              data-testid="plan-import-problems"
            >
              <List size="sm" spacing={2}>
                {table.problems.slice(0, 200).map((problem, index) => (
                  <List.Item key={index} data-testid="plan-import-problem">
                    {problemText(problem)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Alert color="teal" data-testid="plan-import-ok">
              {t('planFiles.import.noProblems')}
            </Alert>
          )}

          {table.unknownAgencies.length > 0 && (
            <Stack gap={4} data-testid="plan-import-unknown-agencies">
              <Group justify="space-between">
                <Text fw={600}>{t('planFiles.import.unknownAgencies')}</Text>
                {table.unknownAgencies.length > 1 && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => addAgencies(table.unknownAgencies.map((agency) => agency.name))}
                    data-testid="plan-import-add-all-agencies"
                  >
                    {t('planFiles.import.addAllAgencies', { count: table.unknownAgencies.length })}
                  </Button>
                )}
              </Group>
              {table.unknownAgencies.map((agency) => (
                <Group key={agency.name} justify="space-between" data-testid="plan-import-unknown-agency">
                  <Text size="sm">
                    {agency.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t('planFiles.import.unknownRows', { rows: agency.rows.join(', ') })})
                    </Text>
                  </Text>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => addAgencies([agency.name])}
                    data-testid="plan-import-add-agency"
                  >
                    {t('planFiles.import.addAgency')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}

          <ScrollArea.Autosize mah={420}>
            <Table striped withTableBorder stickyHeader data-testid="plan-import-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>{t('planFiles.import.columns.number')}</Table.Th>
                  <Table.Th>{t('planFiles.import.columns.text')}</Table.Th>
                  <Table.Th w={220}>{t('planFiles.import.columns.responsible')}</Table.Th>
                  <Table.Th w={160}>{t('planFiles.import.columns.deadline')}</Table.Th>
                  <Table.Th w={160}>{t('planFiles.import.columns.parsedDeadline')}</Table.Th>
                  <Table.Th w={100}>{t('planFiles.import.columns.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.items.map((item, index) => {
                  const heading = item.section !== table.items[index - 1]?.section ? item.section : undefined;
                  const text = language === 'kk' ? item.textKk || item.textRu : item.textRu;
                  return [
                    heading ? (
                      <Table.Tr key={`section-${item.row}`} data-testid="plan-import-section">
                        <Table.Td colSpan={6}>
                          <Text size="sm" fw={600}>
                            {heading}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ) : null,
                    <Table.Tr key={item.row} data-testid="plan-import-item">
                      <Table.Td>{item.number}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{text}</Text>
                      </Table.Td>
                      <Table.Td>
                        {item.agencies.map((agency) => (
                          <Text key={agency.name} size="sm" c={agency.id ? undefined : 'red'}>
                            {agency.id ? agencyName(agency.id) : agency.name}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {item.deadlineText}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {item.deadline ? (
                          <Text size="sm">{deadlineLabel(item.deadline, language, table.year)}</Text>
                        ) : (
                          <Text size="sm" c="red">
                            ?
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.targetValue !== undefined ? `${item.targetValue} ${item.targetUnit ?? ''}` : ''}
                      </Table.Td>
                    </Table.Tr>,
                  ];
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>

          <Group justify="space-between">
            <Button variant="subtle" onClick={reset} data-testid="plan-import-other-file">
              {t('planFiles.import.otherFile')}
            </Button>
            <Group>
              {!canImport && (
                <Text size="sm" c="dimmed">
                  {t('planFiles.import.fixFirst')}
                </Text>
              )}
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={save} disabled={!canImport} loading={saving} data-testid="plan-import-run">
                {t('planFiles.import.importButton', { count: table.items.length })}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
