import type { z } from 'zod';
import { isProblemCode, type FieldProblem } from './problems';

/** Turns zod's issues into field problems; an unexpected message becomes a generic "unknown value". */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: isProblemCode(issue.message) ? issue.message : issue.code === 'invalid_type' ? 'required' : 'unknown_value',
  }));
}
