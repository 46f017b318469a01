/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `publications`, so the parity and glossary tests check them like every other text.
 */
export const publicationsRu = {
  title: 'Публикации в СМИ',
};

export const publicationsKk = {
  title: 'БАҚ-тағы жарияланымдар',
};
