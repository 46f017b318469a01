import type { ExportTable } from '../export/table';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { IsoDate } from '../model/records';
import type { WordLayout } from './layout';
import type { WordDocumentInput, WordPart, WordPicture, WordSection } from './word-document';

/** The languages a document is written in: one, or both with the Kazakh text first. */
export type DocumentLanguage = Language | 'both';

export function partLanguages(choice: DocumentLanguage): Language[] {
  return choice === 'both' ? ['kk', 'ru'] : [choice];
}

/** A standard report in one language: its tables, and for the information report its sentences. */
export interface ReportInLanguage {
  language: Language;
  tables: readonly ExportTable[];
  /** Paragraphs written before the first table (the figures told in sentences). */
  narrative?: readonly string[];
  /** Pictures after the first table: the dashboard's charts. */
  pictures?: readonly WordPicture[];
  place: string;
  signatory: { position: string; name: string };
}

/**
 * The part of a document that one language's report makes: the report's title and period at the
 * top, each of its tables a numbered section headed by the sheet's name. A table's own subtitle is
 * written only where it says more than the document's.
 */
export function reportPart(report: ReportInLanguage): WordPart {
  const [first] = report.tables;
  const subtitle = first?.subtitle;
  const sections: WordSection[] = report.tables.map((table, index) => ({
    heading: table.sheetName,
    paragraphs: [
      ...(index === 0 ? (report.narrative ?? []) : []),
      ...(table.subtitle && !subtitle?.includes(table.subtitle) ? [table.subtitle] : []),
    ],
    table,
    emptyText: resources[report.language].word.noRows,
    ...(index === 0 && report.pictures ? { pictures: report.pictures } : {}),
  }));
  return {
    language: report.language,
    title: first?.title ?? '',
    ...(subtitle ? { subtitle } : {}),
    place: report.place,
    sections,
    signatory: report.signatory,
  };
}

export function reportDocument(input: {
  officeName: string;
  date: IsoDate;
  layout: WordLayout;
  reports: readonly ReportInLanguage[];
}): WordDocumentInput {
  return {
    officeName: input.officeName,
    date: input.date,
    layout: input.layout,
    parts: input.reports.map(reportPart),
  };
}
