import { z } from 'zod';

const margin = z.number().min(5).max(60);

/**
 * The page margins of the office's Word documents, in millimetres. The defaults are those used for
 * official documents of state bodies in Kazakhstan (docs/word-reports.md): left 30 mm for filing,
 * right 10 mm, top and bottom 20 mm. An office whose rules differ changes them in the settings.
 */
export const wordLayoutSchema = z.object({
  marginsMm: z.object({ top: margin, right: margin, bottom: margin, left: margin }),
});

export type WordLayout = z.infer<typeof wordLayoutSchema>;

export const DEFAULT_WORD_LAYOUT: WordLayout = { marginsMm: { top: 20, right: 10, bottom: 20, left: 30 } };

/** A4 in twentieths of a point, as Word writes it (210 × 297 mm). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** Millimetres in twentieths of a point (1 inch = 25,4 mm = 1440 twips), rounded as Word rounds. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
