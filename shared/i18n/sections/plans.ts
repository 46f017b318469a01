/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `plans`, so the parity and glossary tests check them like every other text.
 */
export const plansRu = {
  title: 'План мероприятий',
};

export const plansKk = {
  title: 'Іс-шаралар жоспары',
};
