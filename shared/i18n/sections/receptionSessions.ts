/**
 * Interface texts of one feature, Russian and Kazakh side by side; ru.ts and kk.ts take them in under
 * `receptionSessions`, so the parity and glossary tests check them like every other text.
 */
export const receptionSessionsRu = {
  title: 'Массовые приёмы',
};

export const receptionSessionsKk = {
  title: 'Жаппай қабылдаулар',
};
