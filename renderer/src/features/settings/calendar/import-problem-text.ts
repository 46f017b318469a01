import type { TFunction } from 'i18next';
import type { CalendarImportProblem } from '@shared/dates/calendar-import';
import { columnLetter } from '@shared/exchange/read';

/** A cell that could not be read, as one line in the user's language: row, column and header, what is wrong, what to do. */
export function importProblemLine(t: TFunction, problem: CalendarImportProblem): string {
  return t('workingCalendar.importRow', {
    row: problem.row,
    column: columnLetter(problem.column),
    header: problem.header ? ` «${problem.header}»` : '',
    message: t(`workingCalendar.importCodes.${problem.code}`, { value: problem.value, first: problem.firstRow ?? '' }),
  });
}
