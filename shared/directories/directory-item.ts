import { z } from 'zod';
import { directoryKinds } from '../model/records';

/** What the directory editor accepts; the same rules apply to directory rows in imports. */
export const directoryItemInputSchema = z.object({
  kind: z.enum(directoryKinds),
  code: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_]+$/),
  nameRu: z.string().trim().min(1).max(300),
  nameKk: z.string().trim().min(1).max(300),
  parentId: z.string().optional(),
  order: z.number().int().min(0).max(100_000),
  active: z.boolean(),
});

export type DirectoryItemInput = z.infer<typeof directoryItemInputSchema>;

export const ethnicGroupInputSchema = z.object({
  nameRu: z.string().trim().min(1).max(120),
  nameKk: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  order: z.number().int().min(0).max(100_000),
  active: z.boolean(),
});

export type EthnicGroupInput = z.infer<typeof ethnicGroupInputSchema>;

export const customPlaceInputSchema = z.object({
  nameRu: z.string().trim().min(1).max(200),
  nameKk: z.string().trim().min(1).max(200),
  parentId: z.string().regex(/^\d{9}$/),
});

export type CustomPlaceInput = z.infer<typeof customPlaceInputSchema>;
