import type { Period } from '@shared/events/period';
import type { IsoDate } from '@shared/model/records';
import type { DashboardFigures } from '@shared/dashboard/compute';
import { formatShortMonth } from '@shared/dates/format';
import type { Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import { barChartSvg } from '@shared/word/bar-chart-svg';
import { countPublications } from '@shared/publications/counts';
import { informationNarrative } from '@shared/word/information-narrative';
import { partLanguages, reportDocument, type DocumentLanguage } from '@shared/word/report-document';
import {
  buildStandardReport,
  informationFigures,
  publicationsInPeriod,
  type ReportKind,
  type ReportOptions,
  type WordReportContext,
} from '@/db';
import { svgToPng } from './svg-picture';

export interface WordReportChoice {
  language: DocumentLanguage;
  date: IsoDate;
  signature: { name: string; positionRu: string; positionKk: string };
  /** The information report only: the dashboard's chart of events by month after its figures. */
  charts: boolean;
}

const CHART = { width: 640, height: 260 };

/** The events held in each month of the period, as the dashboard charts them, for the document. */
async function eventsByMonthPicture(figures: DashboardFigures, language: Language) {
  const text = resources[language];
  const title = text.dashboard.charts.eventsByMonth;
  const oneYear = new Set(figures.eventsByMonth.map((month) => month.key.slice(0, 4))).size === 1;
  const svg = barChartSvg({
    title,
    bars: figures.eventsByMonth.map((month) => ({
      // Within one year the month alone says it: «март», not «март 2026» twelve times over.
      label: oneYear
        ? (text.dates.monthsShort[Number(month.key.slice(5, 7)) - 1] ?? '')
        : formatShortMonth(month.key, text.dates),
      value: month.held,
    })),
    ...CHART,
  });
  return { png: await svgToPng(svg, CHART.width, CHART.height), ...CHART, description: title };
}

/**
 * A standard report as a Word document: the report built once per language of the document (its
 * headers in that language), the information report opened by its figures told in sentences.
 */
export async function buildWordReport(
  kind: ReportKind,
  period: Period,
  options: ReportOptions,
  context: WordReportContext,
  choice: WordReportChoice,
): Promise<Uint8Array> {
  const figures =
    kind === 'information'
      ? {
          ...(await informationFigures(period, options.today)),
          publications: countPublications(await publicationsInPeriod(period), period),
        }
      : null;
  const reports = await Promise.all(
    partLanguages(choice.language).map(async (language) => ({
      language,
      tables: await buildStandardReport(kind, period, { ...options, language, headers: language }),
      ...(figures ? { narrative: informationNarrative(figures, language) } : {}),
      ...(figures && choice.charts ? { pictures: [await eventsByMonthPicture(figures, language)] } : {}),
      place: context.place[language],
      signatory: {
        position: language === 'kk' ? choice.signature.positionKk : choice.signature.positionRu,
        name: choice.signature.name,
      },
    })),
  );
  // docx is loaded when a document is first saved, not with the application.
  const { wordBytes } = await import('@shared/word/word-document');
  return wordBytes(
    reportDocument({ officeName: context.officeName, date: choice.date, layout: context.layout, reports }),
  );
}
