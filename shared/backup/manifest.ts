import { z } from 'zod';

/**
 * A few facts kept outside IndexedDB (a file beside the backups in the desktop, local storage in the
 * browser): how much the database held, where the last backup is, and the audit chain's last entry.
 * When the database opens empty, or does not open, while this says it held data, Kelisim stops and
 * offers that backup; the audit check compares the chain with the head recorded here.
 */
export const manifestSchema = z.object({
  records: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)),
  updatedAt: z.string(),
  lastBackupAt: z.string().optional(),
  lastBackupFile: z.string().optional(),
  auditHead: z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;

export type StartCheck = { ok: true } | { ok: false; reason: 'database-empty' | 'database-failed'; manifest: Manifest };

/** Compares what the database holds at start with what the manifest remembers. */
export function checkStart(
  manifest: Manifest | null,
  opened: { ok: true; empty: boolean } | { ok: false },
): StartCheck {
  if (!manifest || manifest.records === 0) return { ok: true };
  if (!opened.ok) return { ok: false, reason: 'database-failed', manifest };
  if (opened.empty) return { ok: false, reason: 'database-empty', manifest };
  return { ok: true };
}

export function parseManifest(text: string | null): Manifest | null {
  if (!text) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
