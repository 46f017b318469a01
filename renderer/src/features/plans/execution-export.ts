import { executionReport, type ExecutionPeriod } from '@shared/plans/execution-report';
import { partLanguages, reportDocument, type DocumentLanguage } from '@shared/word/report-document';
import type { IsoDate } from '@shared/model/records';
import type { PlanReportData, WordReportContext } from '@/db';
import { writeStyledWorkbook } from '@/export/styled-workbook';

export interface ExecutionChoice {
  period: ExecutionPeriod;
  language: DocumentLanguage;
  today: IsoDate;
}

const tables = (data: PlanReportData, choice: ExecutionChoice) =>
  partLanguages(choice.language).map((language) => ({
    language,
    table: executionReport({ ...data, period: choice.period, today: choice.today }, language),
  }));

/** The report as a workbook: one sheet a language, the Kazakh one first when both are asked for. */
export function executionWorkbook(data: PlanReportData, choice: ExecutionChoice): Promise<Uint8Array> {
  const parts = tables(data, choice);
  return writeStyledWorkbook(
    parts.map(({ table, language }) =>
      parts.length > 1 ? { ...table, sheetName: `${table.sheetName} (${language === 'kk' ? 'қаз' : 'рус'})` } : table,
    ),
  );
}

/** The report as a Word document laid out as the office's other documents, signed by the chosen signatory. */
export async function executionDocument(
  data: PlanReportData,
  choice: ExecutionChoice,
  context: WordReportContext,
  signature: { name: string; positionRu: string; positionKk: string },
): Promise<Uint8Array> {
  // docx is loaded when a document is first saved, not with the application.
  const { wordBytes } = await import('@shared/word/word-document');
  return wordBytes(
    reportDocument({
      officeName: context.officeName,
      date: choice.today,
      layout: context.layout,
      reports: tables(data, choice).map(({ language, table }) => ({
        language,
        tables: [table],
        place: context.place[language],
        signatory: {
          position: language === 'kk' ? signature.positionKk : signature.positionRu,
          name: signature.name,
        },
      })),
    }),
  );
}
