import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import { summaryFigures, type SummaryFigure } from './format';
import type { PackageProblem } from './read';

/** A problem reading the file itself, before it could be looked at as a package. */
export type FileProblem = { code: 'unreadable' } | { code: 'too_large' };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/{{(\w+)}}/g, (match, name: string) => String(values[name] ?? match));

/** The message for a refused package, in the user's language, with the sheet, cell or version it concerns. */
export function problemMessage(problem: PackageProblem | FileProblem, language: Language): string {
  const text = resources[language].exchange;
  switch (problem.code) {
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
