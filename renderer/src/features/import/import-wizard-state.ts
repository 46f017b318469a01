import { layoutKey, type ColumnMapping } from '@shared/import/auto-map';
import { headerCellsAt } from '@shared/import/headers';
import { mappingNamesPopulation } from '@shared/import/population-rows';
import {
  detectLayout,
  layoutAt,
  mappingNamesAssociation,
  mappingNamesEvent,
  mappingNamesPerson,
  mappingNamesReception,
  type SheetLayout,
} from '@shared/import/pipeline';
import type { RejectedRow } from '@shared/import/member-rows';
import type { ImportLookups } from '@shared/import/read-rows';
import { registerFields, type RegisterId } from '@shared/import/registers';
import type { CellValue, ImportField, RawSheet, RawWorkbook } from '@shared/import/types';
import type { ImportBatch } from '@shared/model/records';
import type { LimitExceeded } from '@/import/limits';
import type { ReadFailure } from '@/import/read-workbook';
import { analyse, withoutRows, withOverrides, type Analysis, type Overrides } from './analysis';
import type { DryRun } from './dry-run';

/**
 * The import wizard as a state machine: each step holds what it has and nothing it cannot have
 * (no plan without an analysis, no progress unless applying). No React here, so it is tested alone.
 */

/** Why a file could not be read, with the limit it went over. */
export interface FileFailure {
  failure: ReadFailure;
  limit?: LimitExceeded;
}

/** What was read: the workbook, its hash for the audit log, and what its rows are judged against. */
export interface Source {
  workbook: RawWorkbook;
  fileHash: string;
  lookups: ImportLookups;
  /** The day rows are judged on (dates in the future, ages). */
  today: string;
}

/** Which sheet, which header row and which column fills which field. */
export interface Layout {
  sheetIndex: number;
  headerRow: number;
  mapping: ColumnMapping;
  /** The mapping is the one the user made before for a sheet with the same header. */
  remembered: boolean;
}

export interface Progress {
  done: number;
  total: number;
}

/** The dry run of the rows the analysis accepted; the import may start only when it is ready. */
export type DryRunStatus = { status: 'running' } | { status: 'failed' } | { status: 'ready'; plan: DryRun };

interface Loaded {
  register: RegisterId;
  source: Source;
  layout: Layout;
  /** Cell texts the user typed on the preview; they stay when going back to the columns. */
  overrides: Overrides;
  /** Rows (by row number) the user chose to leave out of the import; kept like the fixes. */
  skippedRows: ReadonlySet<number>;
}

export type FileState =
  | { step: 'file'; register: RegisterId; reading: true }
  | { step: 'file'; register: RegisterId; reading: false; failure: FileFailure | null };
export type MappingState = Loaded & { step: 'mapping' };
/** The chosen sheet with the user's fixes, and what the analysis made of its rows. */
interface Analysed extends Loaded {
  sheet: RawSheet;
  analysis: Analysis;
}
/** `fixing` is the row whose fix dialog is open, over the preview. */
export type PreviewState = Analysed & { step: 'preview'; dryRun: DryRunStatus; fixing: number | null };
/** Progress is null while the backup before the import is made. */
export type ApplyingState = Analysed & { step: 'applying'; plan: DryRun; progress: Progress | null };
export type DoneState = Analysed & { step: 'done'; plan: DryRun; batch: ImportBatch; undone: boolean };
export type ImportWizardState = FileState | MappingState | PreviewState | ApplyingState | DoneState;

export type ImportWizardAction =
  | { type: 'readStarted' }
  | { type: 'readFailed'; failure: FileFailure }
  /** Reading was cancelled, or broke with an error reported elsewhere. */
  | { type: 'readStopped' }
  | { type: 'fileRead'; source: Source; layout: Layout }
  | { type: 'sheetChosen'; layout: Layout }
  | { type: 'headerRowChosen'; headerRow: number }
  | { type: 'mappingChanged'; mapping: ColumnMapping }
  | { type: 'back' }
  | { type: 'previewed' }
  | { type: 'fixOpened'; rowNumber: number }
  | { type: 'fixClosed' }
  | { type: 'rowFixed'; rowIndex: number; fixes: ReadonlyMap<number, string> }
  /** The user leaves a rejected row out (a repeat of an earlier row, say): it is listed as skipped, not refused. */
  | { type: 'rowSkipped'; rowNumber: number }
  | { type: 'skippedRowsRestored' }
  | { type: 'planned'; analysis: Analysis; plan: DryRun }
  | { type: 'planFailed'; analysis: Analysis }
  | { type: 'applyStarted' }
  | { type: 'progressed'; progress: Progress }
  | { type: 'applied'; batch: ImportBatch }
  | { type: 'applyCancelled' }
  | { type: 'applyFailed' }
  | { type: 'undone' };

export function startImportWizard(register: RegisterId): ImportWizardState {
  return { step: 'file', register, reading: false, failure: null };
}

const NAMES_ENOUGH: Record<RegisterId, (mapping: ColumnMapping) => boolean> = {
  members: mappingNamesPerson,
  associations: mappingNamesAssociation,
  events: mappingNamesEvent,
  receptions: mappingNamesReception,
  population: mappingNamesPopulation,
};

/** Whether the columns name what a record of the register cannot go without. */
export function mappingComplete(register: RegisterId, mapping: ColumnMapping): boolean {
  return NAMES_ENOUGH[register](mapping);
}

/** The header row and columns found on a sheet, and the key a mapping made for that header is kept under. */
export function detectSheet(
  register: RegisterId,
  sheet: RawSheet,
  lookups: ImportLookups,
): { detected: SheetLayout; key: string } {
  // The columns of a wide population table are named after the ethnoses of the directory.
  const detected = detectLayout(sheet, register, register === 'population' ? lookups : undefined);
  return { detected, key: layoutKey(headerCellsAt(sheet, detected.headerRow, fieldsOf(register, lookups))) };
}

/** Where the user starts on a sheet: the mapping they made before for the same header, or the detected one. */
export function startingLayout(sheetIndex: number, detected: SheetLayout, saved?: ColumnMapping): Layout {
  // A mapping for as many columns as the sheet has; another one is of no use here.
  const remembered = saved !== undefined && saved.length === detected.mapping.length;
  return {
    sheetIndex,
    headerRow: Math.max(0, detected.headerRow),
    mapping: remembered ? saved : detected.mapping,
    remembered,
  };
}

function chosenSheet(state: Loaded): RawSheet | undefined {
  return state.source.workbook.sheets[state.layout.sheetIndex];
}

/** The header cells of the chosen sheet: what a remembered mapping is recognised by. */
export function headerCells(state: Loaded): CellValue[] {
  const sheet = chosenSheet(state);
  return sheet ? headerCellsAt(sheet, state.layout.headerRow, fieldsOf(state.register, state.source.lookups)) : [];
}

/** The register's fields; a population table's include a column per ethnos of the directory. */
function fieldsOf(register: RegisterId, lookups: ImportLookups): readonly ImportField[] {
  return registerFields(register, lookups.ethnicGroups);
}

export function readyPlan(state: ImportWizardState): DryRun | null {
  if (state.step === 'preview') return state.dryRun.status === 'ready' ? state.dryRun.plan : null;
  return state.step === 'applying' || state.step === 'done' ? state.plan : null;
}

/** An import starts from a finished dry run that would write something. */
export function canApply(state: ImportWizardState): boolean {
  const plan = state.step === 'preview' ? readyPlan(state) : null;
  return plan !== null && plan.totals.new + plan.totals.updated > 0;
}

const STEP_INDEX = { file: 0, mapping: 1, preview: 2, applying: 3, done: 3 } as const satisfies Record<
  ImportWizardState['step'],
  number
>;

/**
 * Escape closes the wizard only when nothing is open over it: with the fix dialog open it closes
 * that dialog alone, and the preview stays. An import under way is never closed by a key.
 */
export function escapeClosesWizard(state: ImportWizardState): boolean {
  if (state.step === 'applying') return false;
  return state.step !== 'preview' || state.fixing === null;
}

/** The step of the stepper: file, columns, preview, result. */
export function stepIndex(state: ImportWizardState): number {
  return STEP_INDEX[state.step];
}

function loaded(state: Loaded): Loaded {
  const { register, source, layout, overrides, skippedRows } = state;
  return { register, source, layout, overrides, skippedRows };
}

function analysed(state: Analysed): Analysed {
  return { ...loaded(state), sheet: state.sheet, analysis: state.analysis };
}

function previewOf(state: Loaded): PreviewState | null {
  const chosen = chosenSheet(state);
  if (!chosen) return null;
  const sheet = withOverrides(chosen, state.overrides);
  const { headerRow, mapping } = state.layout;
  const analysis = withoutRows(
    analyse(state.register, sheet, { headerRow, mapping }, state.source.lookups, state.source.today),
    state.skippedRows,
  );
  return { ...loaded(state), step: 'preview', sheet, analysis, dryRun: { status: 'running' }, fixing: null };
}

/**
 * The next state. An action that does not fit the current step is ignored and the same state
 * returned: results of work the user has moved on from (a dry run of rows since fixed, a progress
 * tick after cancelling, a file read after cancelling the reading) arrive late as a matter of course.
 */
export function importWizardReducer(state: ImportWizardState, action: ImportWizardAction): ImportWizardState {
  switch (state.step) {
    case 'file':
      return fileStep(state, action);
    case 'mapping':
      return mappingStep(state, action);
    case 'preview':
      return previewStep(state, action);
    case 'applying':
      return applyingStep(state, action);
    case 'done':
      return action.type === 'undone' ? { ...state, undone: true } : state;
  }
}

function fileStep(state: FileState, action: ImportWizardAction): ImportWizardState {
  const { register } = state;
  if (!state.reading) return action.type === 'readStarted' ? { step: 'file', register, reading: true } : state;
  switch (action.type) {
    case 'readFailed':
      return { step: 'file', register, reading: false, failure: action.failure };
    case 'readStopped':
      return startImportWizard(register);
    case 'fileRead':
      return {
        step: 'mapping',
        register,
        source: action.source,
        layout: action.layout,
        overrides: new Map(),
        skippedRows: new Set(),
      };
    default:
      return state;
  }
}

function mappingStep(state: MappingState, action: ImportWizardAction): ImportWizardState {
  switch (action.type) {
    case 'back':
      return startImportWizard(state.register);
    case 'sheetChosen':
      // Fixes and skipped rows belong to the rows of one sheet.
      return { ...state, layout: action.layout, overrides: new Map(), skippedRows: new Set() };
    case 'headerRowChosen': {
      const sheet = chosenSheet(state);
      if (!sheet) return state;
      const { mapping } = layoutAt(sheet, action.headerRow, state.register, state.source.lookups);
      return { ...state, layout: { ...state.layout, headerRow: action.headerRow, mapping, remembered: false } };
    }
    case 'mappingChanged':
      return { ...state, layout: { ...state.layout, mapping: action.mapping } };
    case 'previewed':
      return mappingComplete(state.register, state.layout.mapping) ? (previewOf(state) ?? state) : state;
    default:
      return state;
  }
}

/** Rows the analysis refused and, once the dry run is done, those it refused: the rows offered to fix or skip. */
export function rejectedRowsOf(state: PreviewState): readonly RejectedRow[] {
  const refused = state.dryRun.status === 'ready' ? state.dryRun.plan.rejected : [];
  return refused.length === 0 ? state.analysis.rejected : [...state.analysis.rejected, ...refused];
}

function isRejected(state: PreviewState, rowNumber: number): boolean {
  return rejectedRowsOf(state).some((row) => row.rowNumber === rowNumber);
}

function previewStep(state: PreviewState, action: ImportWizardAction): ImportWizardState {
  switch (action.type) {
    case 'back':
      return { ...loaded(state), step: 'mapping' };
    case 'fixOpened':
      return isRejected(state, action.rowNumber) ? { ...state, fixing: action.rowNumber } : state;
    case 'fixClosed':
      return { ...state, fixing: null };
    case 'rowFixed':
      return previewOf({ ...state, overrides: new Map(state.overrides).set(action.rowIndex, action.fixes) }) ?? state;
    case 'rowSkipped':
      return isRejected(state, action.rowNumber)
        ? (previewOf({ ...state, skippedRows: new Set(state.skippedRows).add(action.rowNumber) }) ?? state)
        : state;
    case 'skippedRowsRestored':
      return state.skippedRows.size > 0 ? (previewOf({ ...state, skippedRows: new Set() }) ?? state) : state;
    case 'planned':
      return state.dryRun.status === 'running' && action.analysis === state.analysis
        ? { ...state, dryRun: { status: 'ready', plan: action.plan } }
        : state;
    case 'planFailed':
      return state.dryRun.status === 'running' && action.analysis === state.analysis
        ? { ...state, dryRun: { status: 'failed' } }
        : state;
    case 'applyStarted': {
      const plan = readyPlan(state);
      return plan && canApply(state) ? { ...analysed(state), step: 'applying', plan, progress: null } : state;
    }
    default:
      return state;
  }
}

function applyingStep(state: ApplyingState, action: ImportWizardAction): ImportWizardState {
  switch (action.type) {
    case 'progressed':
      return { ...state, progress: action.progress };
    case 'applied':
      return { ...analysed(state), step: 'done', plan: state.plan, batch: action.batch, undone: false };
    // The import writes in one transaction: cancelled or failed, nothing was written and the plan still holds.
    case 'applyCancelled':
    case 'applyFailed':
      return { ...analysed(state), step: 'preview', dryRun: { status: 'ready', plan: state.plan }, fixing: null };
    default:
      return state;
  }
}
