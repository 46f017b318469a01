import { Dexie } from 'dexie';
import {
  effectiveCalendar,
  EMPTY_OFFICE_CALENDAR,
  officeCalendarSchema,
  officeDayProblem,
  officeDaySchema,
  withDay,
  withImportedYears,
  withoutDay,
  withYearComplete,
  type OfficeCalendar,
  type OfficeDayProblem,
} from '@shared/dates/office-calendar';
import { shippedCalendar, yearsOf, type ShippedDay, type WorkingCalendar } from '@shared/dates/working-days';
import type { PersonId, ReceptionId } from '@shared/model/ids';
import { fullName } from '@shared/people/search';
import type { IsoDate, Reception } from '@shared/model/records';
import {
  deadlineChanges,
  recomputedControl,
  wasExtended,
  type DeadlineChange,
} from '@shared/receptions/deadline-recompute';
import { nowTimestamp } from '@/lib/clock';
import { loadShippedDays } from '@/reference/reference-files';
import { authorize, authorOf, type Scope } from '../access';
import { isClosed, openPerson, openReception, sealReception } from '../sealing';
import { touched } from '../stamp';
import { appendAudit } from './audit';

const CALENDAR_KEY = 'workingCalendar';

/** A day the administrator typed that is not a day or would change nothing; the form says which. */
export class CalendarDayError extends Error {
  constructor(readonly problem: OfficeDayProblem) {
    super(`calendar day refused: ${problem}`);
    this.name = 'CalendarDayError';
  }
}

/** An open control item whose deadline the calendar moves, with what the confirmation shows. */
export interface DeadlineChangeLine extends DeadlineChange {
  /** Whose appeal it is, so the administrator knows which reception moves. */
  citizen: string;
  responsibleBody: string;
  confidential: boolean;
}

/**
 * The deadlines a calendar change would move. `closed` counts open items sealed under a key this
 * session lacks: they cannot be checked here, and the screen says so rather than pass over them.
 */
export interface DeadlineCheck {
  changes: DeadlineChangeLine[];
  closed: number;
}

/** What the office added to the shipped non-working days; nothing until an administrator adds a day. */
export async function getOfficeCalendar(scope: Scope): Promise<OfficeCalendar> {
  authorize(scope, 'view');
  const row = await scope.db.settings.get(CALENDAR_KEY);
  if (!row) return EMPTY_OFFICE_CALENDAR;
  // Written only through officeCalendarSchema below; a value that no longer parses is a damaged database.
  return officeCalendarSchema.parse(row.value);
}

async function openItems(scope: Scope): Promise<{ items: Reception[]; closed: number }> {
  const stored = await scope.db.receptions.where('openControlDue').above('').toArray();
  const live = stored.filter((reception) => !reception.deletedAt && reception.control && !reception.control.closedOn);
  const readable = live.filter((reception) => !isClosed(scope.keys, reception));
  const items = await Promise.all(readable.map((reception) => openReception(scope.keys, reception)));
  return { items, closed: live.length - readable.length };
}

async function check(scope: Scope, before: readonly WorkingCalendar[], after: WorkingCalendar): Promise<DeadlineCheck> {
  const { items, closed } = await openItems(scope);
  const byId = new Map(items.map((reception) => [reception.id as string, reception]));
  const changes = deadlineChanges(
    items.flatMap((reception) =>
      reception.control
        ? [
            {
              id: reception.id,
              date: reception.date,
              deadline: reception.control.deadline,
              extended: wasExtended(reception.control),
            },
          ]
        : [],
    ),
    before,
    after,
  );
  const lines = await Promise.all(
    changes.map(async (change) => {
      const reception = byId.get(change.id);
      return {
        ...change,
        citizen: await citizenName(scope, reception?.citizenId),
        responsibleBody: reception?.control?.responsibleBody ?? '',
        confidential: reception?.confidential ?? false,
      };
    }),
  );
  return { changes: lines, closed };
}

async function citizenName(scope: Scope, id: string | undefined): Promise<string> {
  const stored = id ? await scope.db.people.get(id as PersonId) : undefined;
  return stored ? fullName(await openPerson(scope.keys, stored)) : '';
}

type ChangeDetails = Record<string, string | number | boolean>;

/**
 * Stores the office's calendar as `change` makes it, with an audit entry, and says which open
 * deadlines it would move: those computed with the calendar before, or with the shipped one.
 */
async function changeCalendar(
  scope: Scope,
  change: (office: OfficeCalendar, shipped: readonly ShippedDay[]) => OfficeCalendar,
  details: ChangeDetails,
): Promise<DeadlineCheck> {
  authorize(scope, 'settings');
  const { db } = scope;
  const shipped = await loadShippedDays();
  const [before, after] = await db.transaction('rw', db.settings, db.auditLog, async () => {
    const previous = await getOfficeCalendar(scope);
    const next = officeCalendarSchema.parse(change(previous, shipped));
    await db.settings.put({ id: CALENDAR_KEY, value: next, updatedAt: nowTimestamp() });
    await appendAudit(scope, 'calendar-change', { table: 'settings', recordId: CALENDAR_KEY, details });
    return [previous, next] as const;
  });
  return check(
    scope,
    [effectiveCalendar(shipped, before), shippedCalendar(shipped)],
    effectiveCalendar(shipped, after),
  );
}

/** A holiday, a moved day off, or a moved working day (a working Saturday) typed by an administrator. */
export async function addCalendarDay(scope: Scope, input: unknown): Promise<DeadlineCheck> {
  authorize(scope, 'settings');
  const day = officeDaySchema.parse(input);
  return changeCalendar(
    scope,
    (office, shipped) => {
      const problem = officeDayProblem(day, shipped, office);
      if (problem) throw new CalendarDayError(problem);
      return withDay(office, day);
    },
    { change: 'add', date: day.date, kind: day.kind },
  );
}

/** Takes out a day the office added; a shipped day is taken out by making it a working day instead. */
export async function removeCalendarDay(scope: Scope, date: IsoDate): Promise<DeadlineCheck> {
  return changeCalendar(
    scope,
    (office) => {
      if (!office.days.some((day) => day.date === date)) throw new Error('no such office calendar day');
      return withoutDay(office, date);
    },
    { change: 'remove', date },
  );
}

/** Says that a year's list is whole (or not): only whole years extend the known calendar. */
export async function setCalendarYearComplete(scope: Scope, year: number, complete: boolean): Promise<DeadlineCheck> {
  return changeCalendar(scope, (office) => withYearComplete(office, year, complete), {
    change: complete ? 'year-complete' : 'year-incomplete',
    year,
  });
}

/** A year's list read from a spreadsheet: it replaces the office's days of its years, all or nothing. */
export async function importCalendarDays(
  scope: Scope,
  input: readonly unknown[],
  source: { fileName: string; sha256: string },
): Promise<DeadlineCheck> {
  authorize(scope, 'settings');
  const days = input.map((day) => officeDaySchema.parse(day));
  if (days.length === 0) throw new Error('an imported calendar has no days');
  return changeCalendar(scope, (office) => withImportedYears(office, days), {
    change: 'import',
    years: yearsOf(days).join(', '),
    days: days.length,
    file: source.fileName,
    sha256: source.sha256,
  });
}

/** The open deadlines that differ from what the office's calendar gives now, for a check at any time. */
export async function checkOpenDeadlines(scope: Scope): Promise<DeadlineCheck> {
  authorize(scope, 'settings');
  const shipped = await loadShippedDays();
  const office = await getOfficeCalendar(scope);
  return check(scope, [shippedCalendar(shipped)], effectiveCalendar(shipped, office));
}

/**
 * Moves the deadlines the administrator confirmed, each with a note in its history and an audit
 * entry. An item changed since it was shown (closed, extended, its deadline edited) is left as it
 * is and counted as skipped.
 */
export async function applyDeadlineChanges(
  scope: Scope,
  changes: readonly Pick<DeadlineChange, 'id' | 'from' | 'to'>[],
  reason: string,
): Promise<{ applied: number; skipped: number }> {
  authorize(scope, 'settings');
  authorize(scope, 'edit');
  const { db } = scope;
  return db.transaction('rw', db.receptions, db.auditLog, async () => {
    let applied = 0;
    for (const change of changes) {
      const stored = await db.receptions.get(change.id as ReceptionId);
      if (!stored || stored.deletedAt || isClosed(scope.keys, stored)) continue;
      const reception = await Dexie.waitFor(openReception(scope.keys, stored));
      const control = reception.control;
      if (!control || control.closedOn || control.deadline !== change.from || wasExtended(control)) continue;
      const next = recomputedControl(control, change.to, reason, nowTimestamp(), authorOf(scope.actor));
      const saved: Reception = { ...touched(reception, scope.actor), control: next, openControlDue: next.deadline };
      await db.receptions.put(await Dexie.waitFor(sealReception(scope.keys, saved)));
      await appendAudit(scope, 'update', {
        table: 'receptions',
        recordId: reception.id,
        details: { deadline: `${change.from} → ${change.to}`, reason: 'working-calendar' },
      });
      applied++;
    }
    const skipped = changes.length - applied;
    await appendAudit(scope, 'deadline-recompute', { details: { applied, skipped } });
    return { applied, skipped };
  });
}
