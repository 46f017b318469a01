import { Alert, Button, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import type { ColumnMapping } from '@shared/import/auto-map';
import { layoutKey } from '@shared/import/auto-map';
import type { AssociationPlanItem } from '@shared/import/association-rows';
import { planTotals, type MemberPlanItem, type PlanTotals, type RejectedRow } from '@shared/import/member-rows';
import type { EventPlanItem } from '@shared/import/event-rows';
import { receptionPlanNotices, type ReceptionPlanItem } from '@shared/import/reception-rows';
import { mappingNamesPopulation, type PopulationPlanItem } from '@shared/import/population-rows';
import {
  detectLayout,
  layoutAt,
  mappingNamesAssociation,
  mappingNamesEvent,
  mappingNamesPerson,
  mappingNamesReception,
} from '@shared/import/pipeline';
import type { ImportLookups } from '@shared/import/read-rows';
import { registerFields, type RegisterId } from '@shared/import/registers';
import type { RawWorkbook } from '@shared/import/types';
import type { Association, ImportBatch } from '@shared/model/records';
import { useSafeAction } from '@/components/use-safe-action';
import {
  applyAssociationImport,
  applyEventImport,
  applyMemberImport,
  applyPopulationImport,
  applyReceptionImport,
  chairmenByRow,
  ImportCancelledError,
  importLookups,
  planAssociations,
  planEvents,
  planMembers,
  planPopulation,
  planReceptions,
  rememberedMapping,
  rememberMapping,
} from '@/db';
import { useOfficeProfile } from '@/db/hooks';
import { makeBackup } from '@/backup/backup-service';
import { desktop } from '@/desktop';
import { buildWorkbookInWorker } from '@/export/export-client';
import { parseSpreadsheet } from '@/import/parse-client';
import type { LimitExceeded } from '@/import/limits';
import type { ReadFailure } from '@/import/read-workbook';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { loadWorkingCalendar } from '@/reference/reference-files';
import { useUndoImport } from '@/components/use-undo-import';
import { analyse, rowRanges, withOverrides, withPlanRejected, type Analysis, type Overrides } from './analysis';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { rejectedRowsTable } from './rejected-rows';

const SPREADSHEET_FILTERS = [{ name: 'Excel, ODS, CSV', extensions: ['xlsx', 'xls', 'ods', 'csv', 'txt'] }];

type Step = 0 | 1 | 2 | 3;

/**
 * The one importer for every register: file → sheet and header → columns → preview with every
 * problem → dry run → one transaction → summary with rejected rows and undo.
 */
export function ImportWizard({
  register,
  association,
  onClose,
}: Readonly<{ register: RegisterId; association?: Association; onClose: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const profile = useOfficeProfile();
  const run = useSafeAction();
  const undo = useUndoImport();
  const [step, setStep] = useState<Step>(0);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<{ failure: ReadFailure; limit?: LimitExceeded } | null>(null);
  const [workbook, setWorkbook] = useState<RawWorkbook | null>(null);
  const [sourceHash, setSourceHash] = useState<string | undefined>(undefined);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [remembered, setRemembered] = useState(false);
  const [lookups, setLookups] = useState<ImportLookups | null>(null);
  const [overrides, setOverrides] = useState<Map<number, Map<number, string>>>(new Map());
  const [plan, setPlan] = useState<{
    members: MemberPlanItem[];
    associations: AssociationPlanItem[];
    events: EventPlanItem[];
    receptions: ReceptionPlanItem[];
    population: PopulationPlanItem[];
    /** Rows the dry run refused (a reception whose citizen cannot be told), and the analysis they come from. */
    rejected: RejectedRow[];
    analysed?: Analysis;
    totals: PlanTotals;
  } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [undone, setUndone] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    // A reception journal also needs the working calendar: control items without a deadline get 15 working days.
    void Promise.all([
      importLookups(profile?.districtId),
      register === 'receptions' ? loadWorkingCalendar() : undefined,
    ]).then(([found, workingCalendar]) => setLookups(workingCalendar ? { ...found, workingCalendar } : found));
  }, [profile?.districtId, register]);

  // A population table may have a column per ethnos of the directory.
  const fields = useMemo(() => registerFields(register, lookups?.ethnicGroups), [register, lookups]);
  const sheet = workbook?.sheets[sheetIndex];
  const fixedSheet = useMemo(() => (sheet ? withOverrides(sheet, overrides as Overrides) : null), [sheet, overrides]);
  const analysis = useMemo(
    () =>
      step >= 2 && fixedSheet && lookups
        ? analyse(register, fixedSheet, { headerRow, mapping }, lookups, today())
        : null,
    [step, fixedSheet, lookups, register, headerRow, mapping],
  );

  useEffect(() => {
    if (!analysis || step !== 2) return;
    let current = true;
    void (async () => {
      const none = { members: [], associations: [], events: [], receptions: [], population: [], rejected: [] };
      if (register === 'members') {
        const members = await planMembers(analysis.members, association?.id);
        if (current) setPlan({ ...none, members, totals: planTotals(members, analysis.rejected.length) });
      } else if (register === 'events') {
        const events = await planEvents(analysis.events);
        if (current) setPlan({ ...none, events, totals: planTotals(events, analysis.rejected.length) });
      } else if (register === 'population') {
        const population = await planPopulation(analysis.population);
        if (current) setPlan({ ...none, population, totals: planTotals(population, analysis.rejected.length) });
      } else if (register === 'receptions') {
        const { items, rejected } = await planReceptions(analysis.receptions);
        const totals = planTotals(items, analysis.rejected.length + rejected.length);
        if (current) setPlan({ ...none, receptions: items, rejected, analysed: analysis, totals });
      } else {
        const associations = await planAssociations(analysis.associations);
        if (current) setPlan({ ...none, associations, totals: planTotals(associations, analysis.rejected.length) });
      }
    })();
    return () => {
      current = false;
    };
  }, [analysis, step, register, association?.id]);

  // Rows the dry run refused are shown and saved with the other rejected rows.
  const shownAnalysis = useMemo(
    () => (analysis && plan?.analysed === analysis ? withPlanRejected(analysis, plan.rejected) : analysis),
    [analysis, plan],
  );
  const notices = useMemo(() => {
    if (register === 'population')
      return mapping.includes('year') ? [] : [t('monitoring.importer.yearDefault', { year: today().slice(0, 4) })];
    if (!plan || register !== 'receptions') return [];
    const found = receptionPlanNotices(plan.receptions);
    return [
      ...(found.newCitizens > 0 ? [t('importer.notices.newCitizens', { n: found.newCitizens })] : []),
      ...(found.officialUnmatched.length > 0
        ? [t('importer.notices.officialUnmatched', { rows: rowRanges(found.officialUnmatched) })]
        : []),
    ];
  }, [plan, register, mapping, t]);

  const chooseSheet = async (book: RawWorkbook, index: number) => {
    const chosen = book.sheets[index];
    if (!chosen) return;
    // The columns of a wide population table are named after the ethnoses of the directory.
    const layoutLookups =
      register === 'population' ? (lookups ?? (await importLookups(profile?.districtId))) : undefined;
    if (layoutLookups && !lookups) setLookups(layoutLookups);
    const layout = detectLayout(chosen, register, layoutLookups);
    const header = layout.headerRow >= 0 ? (chosen.rows[layout.headerRow] ?? []) : [];
    const saved = await rememberedMapping(register, layoutKey(header));
    setSheetIndex(index);
    setHeaderRow(Math.max(0, layout.headerRow));
    setMapping(saved && saved.length === layout.mapping.length ? saved : layout.mapping);
    setRemembered(Boolean(saved));
    setOverrides(new Map());
  };

  const readFile = (name: string, data: Uint8Array) =>
    run(async () => {
      setFailure(null);
      setReading(true);
      abort.current = new AbortController();
      try {
        const outcome = await parseSpreadsheet(name, data, abort.current.signal);
        if (!outcome.ok) {
          setFailure({ failure: outcome.failure, ...(outcome.limit ? { limit: outcome.limit } : {}) });
          return;
        }
        const index = Math.max(
          0,
          outcome.workbook.sheets.findIndex((candidate) => candidate.rows.length > 1),
        );
        await chooseSheet(outcome.workbook, index);
        setWorkbook(outcome.workbook);
        setSourceHash(fileHash(data));
        setStep(1);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
      } finally {
        setReading(false);
      }
    });

  const mappingNamed = {
    members: mappingNamesPerson,
    associations: mappingNamesAssociation,
    events: mappingNamesEvent,
    receptions: mappingNamesReception,
    population: mappingNamesPopulation,
  };
  const mappingNeeds = {
    members: t('importer.needName'),
    associations: t('importer.needAssociationName'),
    events: t('importer.needEventTitle'),
    receptions: t('importer.needReceptionColumns'),
    population: t('monitoring.importer.needColumns'),
  };
  const mappingProblem = mappingNamed[register](mapping) ? null : mappingNeeds[register];

  const toPreview = () =>
    run(async () => {
      if (!sheet || mappingProblem) return;
      await rememberMapping(register, layoutKey(sheet.rows[headerRow] ?? []), mapping);
      setPlan(null);
      setStep(2);
    });

  const startImport = () =>
    run(async () => {
      if (!plan || !workbook) return;
      setStep(3);
      abort.current = new AbortController();
      // The desktop keeps a backup of the state before every import, besides the import's own undo.
      if (desktop.runtime === 'desktop') await makeBackup('before-import');
      const options = {
        fileName: workbook.fileName,
        ...(sourceHash ? { fileHash: sourceHash } : {}),
        totals: plan.totals,
        signal: abort.current.signal,
        onProgress: (done: number, total: number) => setProgress({ done, total }),
      };
      setProgress({ done: 0, total: 1 });
      try {
        const result =
          register === 'members'
            ? await applyMemberImport(plan.members, association?.id, options)
            : register === 'events'
              ? await applyEventImport(plan.events, options)
              : register === 'receptions'
                ? await applyReceptionImport(plan.receptions, options)
                : register === 'population'
                  ? await applyPopulationImport(plan.population, options)
                  : await applyAssociationImport(
                      plan.associations,
                      await chairmenByRow(analysis?.associations ?? []),
                      options,
                    );
        setBatch(result);
        notifications.show({ color: 'teal', message: t('importer.done') });
      } catch (error) {
        if (error instanceof ImportCancelledError) {
          notifications.show({ message: t('importer.cancelled') });
          setStep(2);
          return;
        }
        setStep(2);
        throw error;
      } finally {
        setProgress(null);
      }
    });

  const saveRejected = () =>
    run(async () => {
      if (!shownAnalysis || !fixedSheet || !workbook) return;
      const table = rejectedRowsTable(t, fixedSheet, headerRow, shownAnalysis.rejected, workbook.fileName);
      const bytes = await buildWorkbookInWorker([table]);
      const name = `${workbook.fileName.replace(/\.[^.]+$/, '')} — ${t('exports.sheetRejected')}.xlsx`;
      await desktop.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
    });

  const title = {
    members: t('importer.titleMembers'),
    associations: t('importer.titleAssociations'),
    events: t('importer.titleEvents'),
    receptions: t('importer.titleReceptions'),
    population: t('monitoring.importer.title'),
  }[register];
  return (
    <Modal opened onClose={onClose} size="90%" title={title} closeOnClickOutside={false} data-testid="import-wizard">
      <Stack>
        {association && <Text c="dimmed">{t('importer.into', { name: localName(association) })}</Text>}
        <Stepper active={step} size="sm">
          <Stepper.Step label={t('importer.stepFile')}>
            <FileStep
              reading={reading}
              failure={failure}
              onFile={(file) => void file.arrayBuffer().then((buffer) => readFile(file.name, new Uint8Array(buffer)))}
              onPick={() =>
                run(async () => {
                  const file = await desktop.openFile(SPREADSHEET_FILTERS);
                  if (file) readFile(file.name, file.data);
                })
              }
              onCancel={() => abort.current?.abort()}
            />
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepMapping')}>
            {workbook && (
              <MappingStep
                register={register}
                fields={fields}
                workbook={workbook}
                sheetIndex={sheetIndex}
                headerRow={headerRow}
                mapping={mapping}
                remembered={remembered}
                problem={mappingProblem}
                onSheet={(index) => void chooseSheet(workbook, index)}
                onHeaderRow={(row) => {
                  const chosen = workbook.sheets[sheetIndex];
                  if (!chosen) return;
                  setHeaderRow(row);
                  setMapping(layoutAt(chosen, row, register, lookups ?? undefined).mapping);
                  setRemembered(false);
                }}
                onMapping={setMapping}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepPreview')}>
            {shownAnalysis && fixedSheet && (
              <PreviewStep
                register={register}
                fields={fields}
                sheet={fixedSheet}
                headerRow={headerRow}
                mapping={mapping}
                analysis={shownAnalysis}
                totals={plan?.totals ?? null}
                notices={notices}
                onFix={(rowIndex, fixes) => setOverrides((current) => new Map(current).set(rowIndex, fixes))}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepResult')}>
            {progress && (
              <Stack data-testid="import-progress">
                <Progress value={(progress.done / Math.max(1, progress.total)) * 100} animated />
                <Group justify="space-between">
                  <Text size="sm">{t('importer.progress', { done: progress.done, total: progress.total })}</Text>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => abort.current?.abort()}
                    data-testid="import-cancel"
                  >
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            )}
            {batch && (
              <Stack data-testid="import-result">
                <Alert
                  color={undone ? 'gray' : 'teal'}
                  title={undone ? t('registry.imports.undone') : t('importer.done')}
                >
                  {t('registry.imports.counts', batch.counts)}
                </Alert>
                <Group>
                  {batch.counts.rejected > 0 && (
                    <Button variant="default" onClick={saveRejected} data-testid="save-rejected">
                      {t('importer.saveRejected')}
                    </Button>
                  )}
                  {!undone && (
                    <Button
                      variant="light"
                      color="red"
                      onClick={() => undo(batch, () => setUndone(true))}
                      data-testid="import-undo"
                    >
                      {t('importer.undo')}
                    </Button>
                  )}
                </Group>
              </Stack>
            )}
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => (step === 0 || step === 3 ? onClose() : setStep(step === 2 ? 1 : 0))}
            disabled={progress !== null}
          >
            {step === 0 || step === 3 ? t('common.close') : t('common.back')}
          </Button>
          {step === 1 && (
            <Button onClick={toPreview} disabled={Boolean(mappingProblem)} data-testid="import-next">
              {t('common.next')}
            </Button>
          )}
          {step === 2 && (
            <Button
              onClick={startImport}
              disabled={!plan || plan.totals.new + plan.totals.updated === 0}
              data-testid="import-run"
            >
              {t('importer.importButton')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
