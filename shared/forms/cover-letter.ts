import { formatDate } from '../dates/format';
import type { Period } from '../events/period';
import { resources } from '../i18n/resources';
import type { IsoDate } from '../model/records';
import type { WordLayout } from '../word/layout';
import { partLanguages, type DocumentLanguage } from '../word/report-document';
import type { WordDocumentInput } from '../word/word-document';

export interface CoverLetterInput {
  officeName: string;
  date: IsoDate;
  layout: WordLayout;
  language: DocumentLanguage;
  /** The form as the authority named it, and the filled workbook sent with the letter. */
  formName: string;
  fileName: string;
  period: Period;
  place: { ru: string; kk: string };
  signatory: { name: string; positionRu: string; positionKk: string };
}

/**
 * The letter a filled form goes up with, laid out as the office's other Word documents (heading,
 * date and place, signature): that the information under the form is sent for the period, and the
 * workbook as its attachment. Kazakh first when the letter is in both languages.
 */
export function coverLetterDocument(input: CoverLetterInput): WordDocumentInput {
  const values = {
    form: input.formName,
    from: formatDate(input.period.from),
    to: formatDate(input.period.to),
    file: input.fileName,
  };
  return {
    officeName: input.officeName,
    date: input.date,
    layout: input.layout,
    parts: partLanguages(input.language).map((language) => {
      const text = resources[language].forms.cover;
      const fill = (template: string) =>
        template.replace(/\{\{(\w+)\}\}/g, (_, key: keyof typeof values) => values[key] ?? '');
      return {
        language,
        title: text.title,
        body: [fill(text.text), fill(text.attachment)],
        place: input.place[language],
        sections: [],
        signatory: {
          position: language === 'kk' ? input.signatory.positionKk : input.signatory.positionRu,
          name: input.signatory.name,
        },
      };
    }),
  };
}
