import { formatDate, formatDateTime } from '../dates/format';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import { summaryFigures, type SummaryFigure } from './format';
import type { OriginProblem } from './origin';
import type { PackageProblem } from './read';

/** A problem reading the file itself, before it could be looked at as a package. */
export type FileProblem = { code: 'unreadable' } | { code: 'too_large' };

/** A calendar day as dd.mm.yyyy, an instant as dd.mm.yyyy HH:mm UTC (the metadata's `created_at` is UTC). */
function shownMoment(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : `${formatDateTime(new Date(time).toISOString())} UTC`;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/{{(\w+)}}/g, (match, name: string) => String(values[name] ?? match));

/** The message for a refused package, in the user's language, with the sheet, cell or version it concerns. */
export function problemMessage(problem: PackageProblem | OriginProblem | FileProblem, language: Language): string {
  const text = resources[language].exchange;
  switch (problem.code) {
    case 'created_in_future':
      return fill(text.problems.created_in_future, {
        ...problem,
        createdAt: shownMoment(problem.createdAt),
        now: shownMoment(problem.now),
      });
    case 'summary_mismatch': {
      const figure = summaryFigures.includes(problem.figure as SummaryFigure)
        ? text.figures[problem.figure as SummaryFigure]
        : problem.figure;
      return fill(text.problems.summary_mismatch, {
        figure,
        found: problem.found ?? '—',
        expected: problem.expected,
      });
    }
    case 'bad_metadata': {
      const label = text.meta[problem.key as keyof typeof text.meta];
      return fill(text.problems.bad_metadata, { ...problem, key: label ? `${label} (${problem.key})` : problem.key });
    }
    default: {
      const { code, ...values } = problem;
      return fill(text.problems[code], values as Record<string, string | number>);
    }
  }
}
