import {
  answerForms,
  answerResults,
  appealChannels,
  appealTypes,
  type AnswerForm,
  type AnswerResult,
  type AppealChannel,
  type AppealType,
} from '../model/records';
import { foldForSearch } from '../text/search-normalize';

/**
 * Word stems (folded: Kazakh letters as Russian ones, lower case) by which a journal names the
 * kind of an appeal, its channel, the form of the answer and the result of consideration, in
 * Russian and Kazakh. The first stem of the list found in the cell wins, so the more particular
 * come first: "отказано в удовлетворении" is a refusal, not a satisfied appeal.
 */
const TYPE_STEMS: readonly (readonly [AppealType, string])[] = [
  ['complaint', 'жалоб'],
  ['complaint', 'шагым'],
  ['proposal', 'предлож'],
  ['proposal', 'усыныс'],
  ['response', 'отклик'],
  ['response', 'ден кою'],
  ['request', 'запрос'],
  ['request', 'сауал'],
  ['application', 'заявлен'],
  ['application', 'арыз'],
];

const CHANNEL_STEMS: readonly (readonly [AppealChannel, string])[] = [
  ['e_otinish', 'otinish'],
  ['e_otinish', 'отиниш'],
  ['e_otinish', 'электрон'],
  ['phone', 'телефон'],
  ['written', 'письм'],
  ['written', 'жазбаша'],
  ['in_person', 'личн'],
  ['in_person', 'прием'],
  ['in_person', 'жеке'],
  ['in_person', 'кабылда'],
];

const FORM_STEMS: readonly (readonly [AnswerForm, string])[] = [
  ['e_otinish', 'otinish'],
  ['e_otinish', 'отиниш'],
  ['e_otinish', 'электрон'],
  ['oral', 'устн'],
  ['oral', 'ауызша'],
  ['written', 'письм'],
  ['written', 'жазбаша'],
];

const RESULT_STEMS: readonly (readonly [AnswerResult, string])[] = [
  ['not_considered', 'без рассмотр'],
  ['not_considered', 'караусыз'],
  ['refused', 'отказ'],
  ['refused', 'отклон'],
  ['refused', 'бас тарт'],
  ['forwarded', 'по принадлежн'],
  ['forwarded', 'тиесилиги'],
  ['forwarded', 'направлен'],
  ['forwarded', 'жиберил'],
  ['satisfied', 'удовлетвор'],
  ['satisfied', 'канагаттандыр'],
  ['explained', 'разъясн'],
  ['explained', 'разьясн'],
  ['explained', 'тусиндир'],
];

function matcher<T extends string>(codes: readonly T[], stems: readonly (readonly [T, string])[]) {
  return (text: string): T | null => {
    const folded = foldForSearch(text);
    const code = codes.find((value) => value === folded);
    if (code) return code;
    return stems.find(([, stem]) => folded.includes(stem))?.[0] ?? null;
  };
}

export const matchAppealType = matcher(appealTypes, TYPE_STEMS);
export const matchAppealChannel = matcher(appealChannels, CHANNEL_STEMS);
export const matchAnswerForm = matcher(answerForms, FORM_STEMS);
export const matchAnswerResult = matcher(answerResults, RESULT_STEMS);
