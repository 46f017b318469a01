import { beforeAll, describe, expect, it } from 'vitest';
import { planMemberImport, planTotals } from '@shared/import/member-rows';
import type { ImportLookups } from '@shared/import/read-rows';
import type { CellValue, RawWorkbook } from '@shared/import/types';
import { toImportBatchId } from '@shared/model/ids';
import type { ImportBatch } from '@shared/model/records';
import { zhambylLookups } from '@/import/test-lookups';
import type { Analysis } from './analysis';
import type { DryRun } from './dry-run';
import { shortRowRanges } from './analysis';
import {
  canApply,
  detectSheet,
  escapeClosesWizard,
  importWizardReducer,
  readyPlan,
  startImportWizard,
  startingLayout,
  stepIndex,
  type ImportWizardAction,
  type ImportWizardState,
} from './import-wizard-state';

const TODAY = '2026-11-21';
/** Row 4 of the member list: an IIN whose check digit is wrong, and the one the user types instead. */
const BAD_ROW = 3;
const IIN_COLUMN = 2;
const GOOD_IIN = '900101300126';

let lookups: ImportLookups;
beforeAll(async () => {
  lookups = await zhambylLookups();
});

function workbook(fileName: string, rows: CellValue[][]): RawWorkbook {
  return { fileName, sheets: [{ name: 'Лист1', rows, merges: [] }] };
}

/** A member list in which Хван Эдуард comes twice: row 6 repeats row 4. */
const listWithRepeat = () =>
  workbook('Ариран члены.xlsx', [
    ['Список членов центра «Ариран»', null, null, null],
    ['№', 'ФИО', 'ИИН', 'Телефон'],
    [1, 'Ким Марина Викторовна', '850731400453', '8 701 123 45 67'],
    [2, 'Хван Эдуард', '900101300126', ''],
    [3, 'Пак Олег Игоревич', '', '8 705 111 22 33'],
    [4, 'Хван Эдуард', '900101300126', '8 777 000 11 22'],
  ]);

/** A member list as an office keeps it: a title above the header, one IIN mistyped. */
const memberList = () =>
  workbook('Ариран члены.xlsx', [
    ['Список членов центра «Ариран»', null, null, null],
    ['№', 'ФИО', 'ИИН', 'Телефон'],
    [1, 'Ким Марина Викторовна', '850731400453', '8 701 123 45 67'],
    [2, 'Хван Эдуард', '900101300127', ''],
    [3, 'Пак Олег Игоревич', '', '8 705 111 22 33'],
  ]);

/** The file the user picked has been read: its first sheet opens with the header found. */
function fileRead(book: RawWorkbook = memberList()): ImportWizardAction {
  const sheet = book.sheets[0];
  if (!sheet) throw new Error('a workbook without a sheet');
  const { detected } = detectSheet('members', sheet, lookups);
  return {
    type: 'fileRead',
    source: { workbook: book, fileHash: `hash of ${book.fileName}`, lookups, today: TODAY },
    layout: startingLayout(0, detected),
  };
}

/** The dry run against an empty register: every accepted row would be new. */
function dryRunOf(analysis: Analysis): DryRun {
  const items = planMemberImport(
    analysis.members,
    { byIin: new Map(), byNameAndBirth: new Map(), memberships: new Map() },
    undefined,
  );
  return { register: 'members', items, rejected: [], totals: planTotals(items, analysis.rejected.length) };
}

const batch: ImportBatch = {
  id: toImportBatchId('batch-1'),
  at: `${TODAY}T10:00:00.000Z`,
  author: 'Оператор',
  register: 'members',
  fileName: 'Ариран члены.xlsx',
  counts: { added: 2, updated: 0, unchanged: 0, rejected: 1 },
  added: { people: [], memberships: [], associations: [] },
};

function play(state: ImportWizardState, ...actions: ImportWizardAction[]): ImportWizardState {
  return actions.reduce(importWizardReducer, state);
}

function on<S extends ImportWizardState['step']>(
  state: ImportWizardState,
  step: S,
): Extract<ImportWizardState, { step: S }> {
  expect(state.step).toBe(step);
  return state as Extract<ImportWizardState, { step: S }>;
}

const fixIin: ImportWizardAction = { type: 'rowFixed', rowIndex: BAD_ROW, fixes: new Map([[IIN_COLUMN, GOOD_IIN]]) };

/** The preview of the member list, its dry run still running. */
const previewing = () =>
  on(play(startImportWizard('members'), { type: 'readStarted' }, fileRead(), { type: 'previewed' }), 'preview');

/** The preview with its dry run done. */
function planned(): ImportWizardState {
  const preview = previewing();
  return importWizardReducer(preview, {
    type: 'planned',
    analysis: preview.analysis,
    plan: dryRunOf(preview.analysis),
  });
}

/** The import under way, two rows written. */
const applying = () =>
  play(planned(), { type: 'applyStarted' }, { type: 'progressed', progress: { done: 2, total: 2 } });

describe('the import wizard, step by step', () => {
  it('takes a member list from the file through its columns, the preview and the import to the result and its undo', () => {
    let state = startImportWizard('members');
    expect(on(state, 'file')).toMatchObject({ reading: false, failure: null });

    state = play(state, { type: 'readStarted' });
    expect(on(state, 'file').reading).toBe(true);

    state = play(state, fileRead());
    const mapping = on(state, 'mapping');
    expect(stepIndex(mapping)).toBe(1);
    expect(mapping.layout).toMatchObject({ sheetIndex: 0, headerRow: 1, remembered: false });
    expect(mapping.layout.mapping).toEqual(['rowNumber', 'fullName', 'iin', 'phone']);

    state = play(state, { type: 'previewed' });
    const preview = on(state, 'preview');
    expect(stepIndex(preview)).toBe(2);
    expect(preview.analysis.members.map((row) => row.rowNumber)).toEqual([3, 5]);
    expect(preview.analysis.rejected.map((row) => row.rowNumber)).toEqual([4]);
    expect(preview.dryRun).toEqual({ status: 'running' });
    expect(canApply(preview)).toBe(false);

    state = play(state, { type: 'planned', analysis: preview.analysis, plan: dryRunOf(preview.analysis) });
    expect(readyPlan(state)?.totals).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(canApply(state)).toBe(true);

    state = play(state, { type: 'applyStarted' });
    expect(stepIndex(state)).toBe(3);
    expect(on(state, 'applying').progress).toBeNull();
    state = play(state, { type: 'progressed', progress: { done: 0, total: 1 } });
    state = play(state, { type: 'progressed', progress: { done: 2, total: 2 } });
    expect(on(state, 'applying').progress).toEqual({ done: 2, total: 2 });

    state = play(state, { type: 'applied', batch });
    const done = on(state, 'done');
    expect(done).toMatchObject({ batch, undone: false });
    // The refused row is still at hand for the file of rejected rows.
    expect(done.analysis.rejected.map((row) => row.rowNumber)).toEqual([4]);

    expect(on(play(state, { type: 'undone' }), 'done').undone).toBe(true);
  });

  it('offers the mapping the user made before for the same header, but not one for another number of columns', () => {
    const sheet = memberList().sheets[0];
    if (!sheet) throw new Error('no sheet');
    const { detected } = detectSheet('members', sheet, lookups);
    const saved = ['rowNumber', 'fullName', null, 'phone'];
    expect(startingLayout(0, detected, saved)).toMatchObject({ mapping: saved, remembered: true });
    expect(startingLayout(0, detected, ['fullName'])).toMatchObject({ mapping: detected.mapping, remembered: false });
  });

  it('maps the columns anew under a header row the user points to', () => {
    const state = play(startImportWizard('members'), { type: 'readStarted' }, fileRead());
    const pointed = on(play(state, { type: 'headerRowChosen', headerRow: 0 }), 'mapping');
    expect(pointed.layout.headerRow).toBe(0);
    expect(pointed.layout.mapping).not.toContain('iin');
  });

  it('keeps the columns the user chose and the fixes they typed when going back from the preview', () => {
    const chosen = ['rowNumber', 'fullName', 'iin', null];
    const preview = play(
      startImportWizard('members'),
      { type: 'readStarted' },
      fileRead(),
      { type: 'mappingChanged', mapping: chosen },
      { type: 'previewed' },
      fixIin,
    );
    const back = on(play(preview, { type: 'back' }), 'mapping');
    expect(back.layout.mapping).toEqual(chosen);
    expect(back.overrides.get(BAD_ROW)?.get(IIN_COLUMN)).toBe(GOOD_IIN);

    const again = on(play(back, { type: 'previewed' }), 'preview');
    expect(again.analysis.rejected).toEqual([]);
    expect(again.analysis.members.every((row) => row.person.phone === undefined)).toBe(true);
  });

  it('judges a fixed row again and throws away the dry run made before the fix', () => {
    const before = previewing();
    const fixed = on(play(before, fixIin), 'preview');
    expect(fixed.analysis.rejected).toEqual([]);
    expect(fixed.analysis.members.map((row) => row.rowNumber)).toEqual([3, 4, 5]);
    expect(fixed.sheet.rows[BAD_ROW]?.[IIN_COLUMN]).toBe(GOOD_IIN);
    expect(fixed.dryRun).toEqual({ status: 'running' });

    // The dry run of the rows as they were comes back late: the import must not use it.
    expect(play(fixed, { type: 'planned', analysis: before.analysis, plan: dryRunOf(before.analysis) })).toBe(fixed);
    const ready = play(fixed, { type: 'planned', analysis: fixed.analysis, plan: dryRunOf(fixed.analysis) });
    expect(readyPlan(ready)?.totals.new).toBe(3);
  });

  it('starts over with a new file: nothing of the previous file, its columns or its fixes is kept', () => {
    const preview = play(
      startImportWizard('members'),
      { type: 'readStarted' },
      fileRead(),
      { type: 'mappingChanged', mapping: ['rowNumber', 'fullName', 'iin', null] },
      { type: 'previewed' },
      fixIin,
    );
    const file = play(preview, { type: 'back' }, { type: 'back' });
    expect(file).toEqual(startImportWizard('members'));

    const failed = play(file, { type: 'readStarted' }, { type: 'readFailed', failure: { failure: 'unreadable' } });
    expect(on(failed, 'file')).toMatchObject({ reading: false, failure: { failure: 'unreadable' } });

    const other = workbook('Новые члены.csv', [
      ['Фамилия', 'Имя', 'ИИН'],
      ['Ли', 'Анна', '850731400453'],
    ]);
    const reading = play(failed, { type: 'readStarted' });
    expect(reading).toEqual({ step: 'file', register: 'members', reading: true });
    const mapping = on(play(reading, fileRead(other)), 'mapping');
    expect(mapping.source.workbook).toBe(other);
    expect(mapping.layout).toMatchObject({ headerRow: 0, mapping: ['surname', 'givenName', 'iin'] });
    expect(mapping.overrides.size).toBe(0);
  });

  it('returns to the preview with the same dry run when the user cancels the import, nothing applied', () => {
    const before = planned();
    const cancelled = play(applying(), { type: 'applyCancelled' });
    const preview = on(cancelled, 'preview');
    expect(preview.dryRun).toEqual(on(before, 'preview').dryRun);
    expect('batch' in preview || 'progress' in preview).toBe(false);
    // The user may import again at once, and a progress tick still on its way changes nothing.
    expect(canApply(preview)).toBe(true);
    expect(play(preview, { type: 'progressed', progress: { done: 2, total: 2 } })).toBe(preview);
  });

  it('leaves the wizard on the step a failure happened in', () => {
    const tooLarge = play(
      startImportWizard('members'),
      { type: 'readStarted' },
      { type: 'readFailed', failure: { failure: 'too-large', limit: { limit: 'rows', value: 500_000 } } },
    );
    expect(stepIndex(tooLarge)).toBe(0);
    expect(on(tooLarge, 'file')).toMatchObject({ reading: false, failure: { failure: 'too-large' } });

    const stopped = play(startImportWizard('members'), { type: 'readStarted' }, { type: 'readStopped' });
    expect(stopped).toEqual(startImportWizard('members'));

    const preview = previewing();
    const planFailed = on(play(preview, { type: 'planFailed', analysis: preview.analysis }), 'preview');
    expect(planFailed.dryRun).toEqual({ status: 'failed' });
    expect(canApply(planFailed)).toBe(false);

    const applyFailed = on(play(applying(), { type: 'applyFailed' }), 'preview');
    expect(applyFailed.dryRun.status).toBe('ready');
    expect(canApply(applyFailed)).toBe(true);
  });

  it('ignores what does not fit the step it is on', () => {
    const unnamed = play(startImportWizard('members'), { type: 'readStarted' }, fileRead(), {
      type: 'mappingChanged',
      mapping: ['rowNumber', null, 'iin', 'phone'],
    });
    const nothingToWrite = (() => {
      const preview = previewing();
      const plan = { ...dryRunOf(preview.analysis), totals: { new: 0, updated: 0, unchanged: 2, rejected: 1 } };
      return play(preview, { type: 'planned', analysis: preview.analysis, plan });
    })();
    const cases: [string, ImportWizardState, ImportWizardAction][] = [
      ['a file read after the reading was cancelled', startImportWizard('members'), fileRead()],
      [
        'a second file while one is read',
        play(startImportWizard('members'), { type: 'readStarted' }),
        { type: 'readStarted' },
      ],
      ['the preview of columns that name no one', unnamed, { type: 'previewed' }],
      ['an import before the dry run is done', previewing(), { type: 'applyStarted' }],
      ['an import that would write nothing', nothingToWrite, { type: 'applyStarted' }],
      ['progress while not importing', planned(), { type: 'progressed', progress: { done: 1, total: 2 } }],
      ['going back while the import writes', applying(), { type: 'back' }],
      ['a fix while the import writes', applying(), fixIin],
      ['a second import of the same file', play(applying(), { type: 'applied', batch }), { type: 'applyStarted' }],
    ];
    for (const [what, state, action] of cases) expect(importWizardReducer(state, action), what).toBe(state);
  });
});

describe('the fix dialog over the preview', () => {
  it('takes Escape for itself while open: the wizard closes on Escape only when no dialog is over it', () => {
    const preview = previewing();
    expect(escapeClosesWizard(preview)).toBe(true);
    const open = on(play(preview, { type: 'fixOpened', rowNumber: 4 }), 'preview');
    expect(open.fixing).toBe(4);
    expect(escapeClosesWizard(open)).toBe(false);

    // Escape in the dialog closes it alone: the preview is still there with its analysis.
    const closed = on(play(open, { type: 'fixClosed' }), 'preview');
    expect(closed.fixing).toBeNull();
    expect(closed.analysis).toBe(preview.analysis);
    expect(escapeClosesWizard(closed)).toBe(true);

    // A fix closes the dialog with it; an import under way never closes on Escape.
    expect(on(play(open, fixIin), 'preview').fixing).toBeNull();
    expect(escapeClosesWizard(applying())).toBe(false);
    expect(escapeClosesWizard(startImportWizard('members'))).toBe(true);
  });

  it('opens only for a row that was rejected', () => {
    const preview = previewing();
    expect(play(preview, { type: 'fixOpened', rowNumber: 3 })).toBe(preview);
  });

  it('leaves a repeated row out of the import when the user skips it, and lists it as skipped by the user', () => {
    const preview = on(
      play(startImportWizard('members'), { type: 'readStarted' }, fileRead(listWithRepeat()), { type: 'previewed' }),
      'preview',
    );
    expect(preview.analysis.rejected.map((row) => row.rowNumber)).toEqual([6]);
    expect(preview.analysis.rejected[0]?.problems[0]).toMatchObject({ code: 'duplicate_row', value: '4' });

    const skipped = on(
      play(preview, { type: 'fixOpened', rowNumber: 6 }, { type: 'rowSkipped', rowNumber: 6 }),
      'preview',
    );
    expect(skipped.fixing).toBeNull();
    // Neither refused nor imported: counted apart, and the dry run starts again without it.
    expect(skipped.analysis.rejected).toEqual([]);
    expect(skipped.analysis.members.map((row) => row.rowNumber)).toEqual([3, 4, 5]);
    expect(skipped.analysis.skippedByUser).toEqual([6]);
    expect(skipped.dryRun).toEqual({ status: 'running' });
    const ready = play(skipped, { type: 'planned', analysis: skipped.analysis, plan: dryRunOf(skipped.analysis) });
    expect(readyPlan(ready)?.totals).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });

    // Kept when going back to the columns and forth again, as the fixes are; dropped with another sheet.
    const again = on(play(skipped, { type: 'back' }, { type: 'previewed' }), 'preview');
    expect(again.analysis.skippedByUser).toEqual([6]);
    const otherSheet = on(play(skipped, { type: 'back' }), 'mapping');
    expect(play(otherSheet, { type: 'sheetChosen', layout: otherSheet.layout })).toMatchObject({
      skippedRows: new Set(),
    });

    // The user may change their mind: the row is judged again and refused as before.
    const restored = on(play(skipped, { type: 'skippedRowsRestored' }), 'preview');
    expect(restored.analysis.rejected.map((row) => row.rowNumber)).toEqual([6]);
    expect(restored.analysis.skippedByUser).toEqual([]);
  });

  it('skips only a rejected row: a row that would be imported cannot be dropped by a stray action', () => {
    const preview = previewing();
    expect(play(preview, { type: 'rowSkipped', rowNumber: 3 })).toBe(preview);
    expect(play(applying(), { type: 'rowSkipped', rowNumber: 4 }).step).toBe('applying');
  });
});

describe('the list of repaired rows', () => {
  it('shows whole ranges and counts the rest, never cutting a row number', () => {
    const rows = Array.from({ length: 40 }, (_, index) => 3 * index + 10);
    const { text, more } = shortRowRanges([...rows, 200, 201], 5);
    expect(text).toBe('10, 13, 16, 19, 22');
    expect(more).toBe(37);
    expect(shortRowRanges([5, 6, 7, 9, 12, 11])).toEqual({ text: '5–7, 9, 11–12', more: 0 });
  });
});
