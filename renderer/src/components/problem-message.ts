import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { problemsOf } from '@shared/validation/issues';
import { isProblemCode } from '@shared/validation/problems';

/** Form errors from a zod schema, in the user's language, keyed by field. */
export function useProblemMessages(): (error: z.ZodError) => Record<string, string> {
  const { t } = useTranslation();
  return (error) => {
    const errors: Record<string, string> = {};
    for (const problem of problemsOf(error)) {
      const field = problem.field.split('.')[0] ?? problem.field;
      if (!errors[field]) errors[field] = t(`problems.${problem.code}`, { value: '' });
    }
    return errors;
  };
}

export function useProblemText(): (code: string, value?: string) => string {
  const { t } = useTranslation();
  return (code, value = '') => (isProblemCode(code) ? t(`problems.${code}`, { value }) : code);
}
