/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `plans`, so the parity and glossary tests check them like every other text.
 */
export const plansRu = {
  title: 'План мероприятий',
  deadline: {
    /** As the column «Срок исполнения» writes a date: «до 25 декабря». */
    date: 'до {{day}} {{month}}',
    dateOtherYear: 'до {{day}} {{month}} {{year}} г.',
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    quarter: '{{roman}} квартал',
    year: 'в течение года',
    monthly: 'ежемесячно',
    quarterly: 'ежеквартально',
  },
};

export const plansKk: typeof plansRu = {
  title: 'Іс-шаралар жоспары',
  deadline: {
    date: '{{day}} {{month}} дейін',
    dateOtherYear: '{{year}} жылғы {{day}} {{month}} дейін',
    /** Dative by vowel harmony, as «дейін» takes it: «25 желтоқсанға дейін». */
    months: [
      'қаңтарға',
      'ақпанға',
      'наурызға',
      'сәуірге',
      'мамырға',
      'маусымға',
      'шілдеге',
      'тамызға',
      'қыркүйекке',
      'қазанға',
      'қарашаға',
      'желтоқсанға',
    ],
    quarter: '{{roman}} тоқсан',
    year: 'жыл бойы',
    monthly: 'ай сайын',
    quarterly: 'тоқсан сайын',
  },
};
