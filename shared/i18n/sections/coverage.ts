/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `coverage`, so the parity and glossary tests check them like every other text.
 */
export const coverageRu = {
  title: 'Охват населения',
};

export const coverageKk = {
  title: 'Халықты қамту',
};
