import { Button, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutKey } from '@shared/import/auto-map';
import { registerFields, type RegisterId } from '@shared/import/registers';
import type { Association } from '@shared/model/records';
import { useSafeAction } from '@/components/use-safe-action';
import { ImportCancelledError, rememberMapping } from '@/db';
import { useOfficeProfile } from '@/db/hooks';
import { makeBackup } from '@/backup/backup-service';
import { desktop } from '@/desktop';
import { useLanguage } from '@/i18n/use-language';
import { withPlanRejected } from './analysis';
import { ApplyingStep } from './ApplyingStep';
import { applyDryRun, dryRun } from './dry-run';
import { FileStep } from './FileStep';
import {
  canApply,
  escapeClosesWizard,
  headerCells,
  importWizardReducer,
  mappingComplete,
  readyPlan,
  startImportWizard,
  stepIndex,
} from './import-wizard-state';
import { MappingStep } from './MappingStep';
import { previewNotices, rowsWithoutIin } from './preview-notices';
import { PreviewStep } from './PreviewStep';
import { layoutOfSheet, readSource } from './read-source';
import { ResultStep } from './ResultStep';

const SPREADSHEET_FILTERS = [{ name: 'Excel, ODS, CSV', extensions: ['xlsx', 'xls', 'ods', 'xml', 'csv', 'txt'] }];

const TITLES = {
  members: 'importer.titleMembers',
  associations: 'importer.titleAssociations',
  events: 'importer.titleEvents',
  receptions: 'importer.titleReceptions',
  population: 'monitoring.importer.title',
} as const satisfies Record<RegisterId, string>;

/** What the columns must name before the rows can be read, in the user's words. */
const MAPPING_NEEDS = {
  members: 'importer.needName',
  associations: 'importer.needAssociationName',
  events: 'importer.needEventTitle',
  receptions: 'importer.needReceptionColumns',
  population: 'monitoring.importer.needColumns',
} as const satisfies Record<RegisterId, string>;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The one importer for every register: file → sheet and header → columns → preview with every
 * problem → dry run → one transaction → summary with rejected rows and undo. The steps and what
 * each holds live in import-wizard-state.ts; this component does the work and renders the step.
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
  const [state, dispatch] = useReducer(importWizardReducer, register, startImportWizard);
  const reading = useRef<AbortController | null>(null);
  const applying = useRef<AbortController | null>(null);
  const intoAssociation = association?.id;

  // Closing the wizard stops a file still being read.
  useEffect(() => () => reading.current?.abort(), []);

  const planning = state.step === 'preview' && state.dryRun.status === 'running' ? state.analysis : null;
  useEffect(() => {
    if (!planning) return;
    run(async () => {
      try {
        dispatch({ type: 'planned', analysis: planning, plan: await dryRun(planning, intoAssociation) });
      } catch (error) {
        dispatch({ type: 'planFailed', analysis: planning });
        throw error;
      }
    });
  }, [planning, intoAssociation, run]);

  const loaded = state.step === 'file' ? null : state;
  // A population table may have a column per ethnos of the directory.
  const ethnicGroups = loaded?.source.lookups.ethnicGroups;
  const fields = useMemo(() => registerFields(register, ethnicGroups), [register, ethnicGroups]);
  const layout = loaded?.layout;
  const source = loaded?.source;
  const plan = readyPlan(state);
  const analysis = state.step === 'file' || state.step === 'mapping' ? null : state.analysis;
  // Rows the dry run refused are shown and saved with the other rejected rows.
  const shown = useMemo(
    () => analysis && (plan ? withPlanRejected(analysis, plan.rejected) : analysis),
    [analysis, plan],
  );
  const withoutIin = useMemo(() => (shown ? rowsWithoutIin(shown, plan) : []), [shown, plan]);
  const notices = useMemo(
    () => (layout && source ? previewNotices(t, register, layout.mapping, source.today, plan) : []),
    [t, register, layout, source, plan],
  );

  const readFile = (name: string, data: Uint8Array) =>
    run(async () => {
      const controller = new AbortController();
      reading.current = controller;
      dispatch({ type: 'readStarted' });
      try {
        const outcome = await readSource(register, name, data, profile?.districtId, controller.signal);
        dispatch(
          outcome.ok
            ? { type: 'fileRead', source: outcome.source, layout: outcome.layout }
            : { type: 'readFailed', failure: outcome.failure },
        );
      } catch (error) {
        dispatch({ type: 'readStopped' });
        if (!isAbort(error)) throw error;
      }
    });

  const mappingProblem =
    state.step === 'mapping' && !mappingComplete(register, state.layout.mapping) ? t(MAPPING_NEEDS[register]) : null;

  const toPreview = () =>
    run(async () => {
      if (state.step !== 'mapping' || mappingProblem) return;
      await rememberMapping(register, layoutKey(headerCells(state)), state.layout.mapping);
      dispatch({ type: 'previewed' });
    });

  const startImport = () =>
    run(async () => {
      if (state.step !== 'preview' || !plan || !canApply(state)) return;
      const controller = new AbortController();
      applying.current = controller;
      dispatch({ type: 'applyStarted' });
      try {
        // The desktop keeps a backup of the state before every import, besides the import's own undo.
        if (desktop.runtime === 'desktop') await makeBackup('before-import');
        dispatch({ type: 'progressed', progress: { done: 0, total: 1 } });
        const batch = await applyDryRun(plan, intoAssociation, {
          fileName: state.source.workbook.fileName,
          fileHash: state.source.fileHash,
          totals: plan.totals,
          skippedByUser: state.analysis.skippedByUser.length,
          signal: controller.signal,
          onProgress: (done, total) => dispatch({ type: 'progressed', progress: { done, total } }),
        });
        dispatch({ type: 'applied', batch });
        notifications.show({ color: 'teal', message: t('importer.done') });
      } catch (error) {
        if (error instanceof ImportCancelledError) {
          dispatch({ type: 'applyCancelled' });
          notifications.show({ message: t('importer.cancelled') });
          return;
        }
        dispatch({ type: 'applyFailed' });
        throw error;
      }
    });

  const closes = state.step === 'file' || state.step === 'applying' || state.step === 'done';
  return (
    <Modal
      opened
      onClose={onClose}
      size="90%"
      title={t(TITLES[register])}
      closeOnClickOutside={false}
      // An import under way is stopped with its own button, never by closing the window over it; with
      // the fix dialog open, Escape closes that dialog alone.
      closeOnEscape={escapeClosesWizard(state)}
      withCloseButton={state.step !== 'applying'}
      data-testid="import-wizard"
    >
      <Stack>
        {association && <Text c="dimmed">{t('importer.into', { name: localName(association) })}</Text>}
        <Stepper active={stepIndex(state)} size="sm">
          <Stepper.Step label={t('importer.stepFile')}>
            {state.step === 'file' && (
              <FileStep
                reading={state.reading}
                failure={state.reading ? null : state.failure}
                onFile={(file) => void file.arrayBuffer().then((buffer) => readFile(file.name, new Uint8Array(buffer)))}
                onPick={() =>
                  run(async () => {
                    const file = await desktop.openFile(SPREADSHEET_FILTERS);
                    if (file) readFile(file.name, file.data);
                  })
                }
                onCancel={() => reading.current?.abort()}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepMapping')}>
            {state.step === 'mapping' && (
              <MappingStep
                register={register}
                fields={fields}
                workbook={state.source.workbook}
                sheetIndex={state.layout.sheetIndex}
                headerRow={state.layout.headerRow}
                mapping={state.layout.mapping}
                remembered={state.layout.remembered}
                problem={mappingProblem}
                onSheet={(index) =>
                  run(async () =>
                    dispatch({
                      type: 'sheetChosen',
                      layout: await layoutOfSheet(register, state.source.workbook, index, state.source.lookups),
                    }),
                  )
                }
                onHeaderRow={(headerRow) => dispatch({ type: 'headerRowChosen', headerRow })}
                onMapping={(mapping) => dispatch({ type: 'mappingChanged', mapping })}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepPreview')}>
            {state.step === 'preview' && shown && (
              <PreviewStep
                register={register}
                fields={fields}
                sheet={state.sheet}
                headerRow={state.layout.headerRow}
                mapping={state.layout.mapping}
                analysis={shown}
                totals={plan?.totals ?? null}
                notices={notices}
                withoutIin={withoutIin}
                fixing={state.fixing}
                onFixOpen={(rowNumber) => dispatch({ type: 'fixOpened', rowNumber })}
                onFixClose={() => dispatch({ type: 'fixClosed' })}
                onFix={(rowIndex, fixes) => dispatch({ type: 'rowFixed', rowIndex, fixes })}
                onSkip={(rowNumber) => dispatch({ type: 'rowSkipped', rowNumber })}
                onRestoreSkipped={() => dispatch({ type: 'skippedRowsRestored' })}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label={t('importer.stepResult')}>
            {state.step === 'applying' && state.progress && (
              <ApplyingStep progress={state.progress} onCancel={() => applying.current?.abort()} />
            )}
            {state.step === 'done' && shown && (
              <ResultStep
                batch={state.batch}
                undone={state.undone}
                sheet={state.sheet}
                header={headerCells(state)}
                rejected={shown.rejected}
                skippedByUser={shown.skippedByUser}
                repeats={shown.repeats.length}
                withoutIin={withoutIin}
                onUndone={() => dispatch({ type: 'undone' })}
              />
            )}
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => (closes ? onClose() : dispatch({ type: 'back' }))}
            disabled={state.step === 'applying'}
          >
            {closes ? t('common.close') : t('common.back')}
          </Button>
          {state.step === 'mapping' && (
            <Button onClick={toPreview} disabled={Boolean(mappingProblem)} data-testid="import-next">
              {t('common.next')}
            </Button>
          )}
          {state.step === 'preview' && (
            <Button onClick={startImport} disabled={!canApply(state)} data-testid="import-run">
              {t('importer.importButton')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
