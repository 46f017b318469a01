import { z } from 'zod';
import { roles } from './roles';

export const operatorInputSchema = z.object({
  login: z
    .string()
    .trim()
    .min(2, { error: 'required' })
    .max(40, { error: 'too_long' })
    .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'unknown_value' }),
  displayName: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  role: z.enum(roles),
});

/** Eight characters at least: a shared office PC is guarded by little else. */
export const passwordSchema = z.string().min(8, { error: 'password_short' }).max(200);

export type OperatorInput = z.infer<typeof operatorInputSchema>;
