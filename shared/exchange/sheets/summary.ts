import type { Language } from '../../i18n/languages';
import { resources } from '../../i18n/resources';
import { summaryFields, summaryFigures, type PackageSummary } from '../format';
import type { SheetMatrix } from './matrix';

export const summaryColumns = summaryFields;

/** The summary sheet: one row per figure, its key, its label in the package's language and its value. */
export function summaryMatrix(summary: PackageSummary, language: Language): SheetMatrix {
  const labels = resources[language].exchange.figures;
  return {
    keys: summaryColumns.map((column) => column.key),
    rows: summaryFigures.map((figure) => [figure, labels[figure], summary[figure]]),
  };
}
