import { Alert, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { formatDateTime } from '@shared/dates/format';
import { mappingFile, readMappingFile, type FormMapping } from '@shared/forms/mapping';
import { mappedCells } from '@shared/forms/edit-mapping';
import type { AuthorityFormId } from '@shared/model/ids';
import { useSafeAction } from '@/components/use-safe-action';
import { authorityForm, deleteAuthorityForm, type AuthorityFormSummary } from '@/db';
import { useAuthorityForms, useCan } from '@/db/hooks';
import { desktop } from '@/desktop';
import { readTemplateInWorker } from '@/forms/template-client';
import { templateErrorText, templateWarningText } from '@/forms/template-messages';
import type { TemplateGrid } from '@/forms/template-grid';
import { templateRisks } from '@/forms/template-risks';
import { FillFormModal } from './FillFormModal';
import { FormMapper } from './FormMapper';
import { useFormSources } from './use-form-sources';

const SPREADSHEETS = [{ name: 'Excel', extensions: ['xlsx', 'xls', 'xlsm'] }];
const MAPPINGS = [{ name: 'Kelisim', extensions: ['json'] }];

type Mapping = {
  grid: TemplateGrid;
  initial: FormMapping;
  formId?: AuthorityFormId;
  template?: Uint8Array;
};

const cellCount = (mapping: FormMapping) =>
  [...new Set([...mapping.cells.map((cell) => cell.sheet), ...mapping.blocks.map((block) => block.sheet)])].reduce(
    (sum, sheet) => sum + mappedCells(mapping, sheet).size,
    0,
  );

/**
 * Reports → Forms: the higher authorities' own spreadsheets, each added once from the blank file
 * the authority sent and mapped, then filled for every period; a mapping travels to other
 * districts as a small file.
 */
export function AuthorityForms() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const forms = useAuthorityForms();
  const canEdit = useCan('edit');
  const canExport = useCan('export');
  const [filling, setFilling] = useState<AuthorityFormSummary | null>(null);
  const { directories, source } = useFormSources(filling !== null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [imported, setImported] = useState<FormMapping | null>(null);

  /** The authority's blank file picked and read in the worker; null when it was refused (the reason shown). */
  const pickTemplate = async () => {
    const file = await desktop.openFile(SPREADSHEETS);
    if (!file) return null;
    setReading(true);
    try {
      const read = await readTemplateInWorker(file.name, file.data);
      if (!read.ok) {
        setProblem(templateErrorText(t, read.error));
        return null;
      }
      setProblem(null);
      // What ExcelJS would drop from this form (charts, pivot tables…) is said before it is mapped, not after a fill.
      const risks = templateRisks(read.bytes);
      setWarnings([
        ...read.warnings.map((warning) => templateWarningText(t, warning)),
        ...(risks.ok ? risks.risks.map((risk) => t(`forms.templateRisks.${risk}`)) : []),
      ]);
      return { name: file.name, grid: read.grid, bytes: read.bytes };
    } finally {
      setReading(false);
    }
  };

  const add = () =>
    run(async () => {
      const picked = await pickTemplate();
      if (!picked) return;
      setMapping({
        grid: picked.grid,
        template: picked.bytes,
        initial: {
          name: picked.name.replace(/\.[^.]+$/, '').slice(0, 200) || picked.name,
          periodKind: 'quarter',
          template: { fileName: picked.name.slice(0, 260), sha256: fileHash(picked.bytes) },
          cells: [],
          blocks: [],
        },
      });
    });

  const importMapping = () =>
    run(async () => {
      const file = await desktop.openFile(MAPPINGS);
      if (!file) return;
      const read = readMappingFile(new TextDecoder().decode(file.data));
      if (!read.ok) {
        const { code, ...values } = read.error;
        setProblem(t(`forms.importErrors.${code}`, values));
        return;
      }
      setProblem(null);
      setImported(read.form);
    });

  /** The blank form for a mapping another office made: this office's own copy of the authority's file. */
  const pickImportedTemplate = (form: FormMapping) =>
    run(async () => {
      const picked = await pickTemplate();
      if (!picked) return;
      const sha256 = fileHash(picked.bytes);
      if (sha256 !== form.template.sha256) setWarnings((before) => [...before, t('forms.screen.otherTemplate')]);
      setImported(null);
      setMapping({
        grid: picked.grid,
        template: picked.bytes,
        initial: { ...form, template: { fileName: picked.name.slice(0, 260), sha256 } },
      });
    });

  const edit = (summary: AuthorityFormSummary) =>
    run(async () => {
      const stored = await authorityForm(summary.id);
      if (!stored) return;
      setReading(true);
      try {
        const read = await readTemplateInWorker(stored.mapping.template.fileName, stored.template);
        if (!read.ok) return setProblem(templateErrorText(t, read.error));
        setMapping({ grid: read.grid, initial: stored.mapping, formId: stored.id });
      } finally {
        setReading(false);
      }
    });

  const exportMapping = (summary: AuthorityFormSummary) =>
    run(async () => {
      const bytes = new TextEncoder().encode(mappingFile(summary.mapping));
      await desktop.saveFile(
        `${summary.mapping.name.replace(/[\\/:*?"<>|]/g, ' ')}.kelisim-form.json`,
        bytes,
        MAPPINGS,
      );
    });

  const remove = (summary: AuthorityFormSummary) =>
    modals.openConfirmModal({
      title: t('forms.screen.delete'),
      children: <Text size="sm">{t('forms.screen.deleteConfirm', { name: summary.mapping.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'form-delete-confirm' },
      onConfirm: () =>
        run(async () => {
          await deleteAuthorityForm(summary.id);
          notifications.show({ message: t('forms.screen.deleted', { name: summary.mapping.name }) });
        }),
    });

  return (
    <Stack data-testid="authority-forms">
      <Text size="sm" c="dimmed" maw={900}>
        {t('forms.screen.intro')}
      </Text>
      {canEdit && (
        <Group>
          <Button onClick={add} loading={reading} data-testid="form-add">
            {t('forms.screen.add')}
          </Button>
          <Button variant="default" onClick={importMapping} data-testid="form-import-mapping">
            {t('forms.screen.importMapping')}
          </Button>
        </Group>
      )}
      {problem && (
        <Alert color="red" withCloseButton onClose={() => setProblem(null)} data-testid="form-problem">
          {problem}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          title={t('forms.screen.warningsTitle')}
          withCloseButton
          onClose={() => setWarnings([])}
          data-testid="form-warnings"
        >
          <List size="sm">
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {imported && (
        <Alert
          color="blue"
          title={t('forms.screen.mappingImported', { name: imported.name })}
          withCloseButton
          onClose={() => setImported(null)}
          data-testid="form-template-needed"
        >
          <Stack gap="xs" align="start">
            <Text size="sm">{t('forms.screen.templateMissing')}</Text>
            <Button size="xs" onClick={() => pickImportedTemplate(imported)} data-testid="form-import-template">
              {t('forms.screen.chooseTemplate')}
            </Button>
          </Stack>
        </Alert>
      )}
      {forms?.length === 0 && <Text c="dimmed">{t('forms.screen.empty')}</Text>}
      {forms && forms.length > 0 && (
        <Table striped withTableBorder data-testid="forms-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('forms.screen.name')}</Table.Th>
              <Table.Th>{t('forms.screen.periodKind')}</Table.Th>
              <Table.Th>{t('forms.screen.file')}</Table.Th>
              <Table.Th>{t('forms.screen.mappedCells')}</Table.Th>
              <Table.Th>{t('forms.screen.updated')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {forms.map((form) => (
              <Table.Tr key={form.id} data-testid="form-row">
                <Table.Td>{form.mapping.name}</Table.Td>
                <Table.Td>{t(`events.periods.${form.mapping.periodKind}`)}</Table.Td>
                <Table.Td>{form.mapping.template.fileName}</Table.Td>
                <Table.Td>{cellCount(form.mapping)}</Table.Td>
                <Table.Td>{formatDateTime(form.updatedAt.slice(0, 16))}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="end" wrap="nowrap">
                    {canExport && (
                      <Button size="xs" onClick={() => setFilling(form)} data-testid="form-fill-open">
                        {t('forms.screen.fill')}
                      </Button>
                    )}
                    {canEdit && (
                      <Button size="xs" variant="default" onClick={() => edit(form)} data-testid="form-edit">
                        {t('forms.screen.map')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => exportMapping(form)}
                      data-testid="form-export-mapping"
                    >
                      {t('forms.screen.exportMapping')}
                    </Button>
                    {canEdit && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove(form)}>
                        {t('forms.screen.delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mapping && directories && (
        <FormMapper
          {...mapping}
          directories={directories}
          onClose={() => setMapping(null)}
          onSaved={(name) => {
            setMapping(null);
            notifications.show({ color: 'teal', message: t('forms.screen.saved', { name }) });
          }}
        />
      )}
      {filling && <FillFormModal form={filling} source={source} onClose={() => setFilling(null)} />}
    </Stack>
  );
}
