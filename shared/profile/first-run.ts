import { z } from 'zod';
import type { Language } from '../i18n/languages';
import { officeProfileSchema, type OfficeProfile } from './office-profile';

/**
 * The first run as far as it went, kept in the database while it lasts, so that closing the window
 * halfway resumes where it stopped. It holds what was typed — never a password: the schema has no
 * field for one, and anything else given to it is dropped.
 */

/** The office form as typed so far: any field may still be empty. */
export const officeDraftSchema = z.object({
  level: z.enum(['district', 'oblast']).catch('district'),
  oblastId: z.string().max(20).catch(''),
  districtId: z.string().max(20).catch(''),
  officeName: z.string().max(300).catch(''),
});
export type OfficeDraft = z.infer<typeof officeDraftSchema>;

export const EMPTY_OFFICE_DRAFT: OfficeDraft = { level: 'district', oblastId: '', districtId: '', officeName: '' };

export const adminDraftSchema = z.object({
  login: z.string().max(40).catch(''),
  displayName: z.string().max(120).catch(''),
});
export type AdminDraft = z.infer<typeof adminDraftSchema>;

export const firstRunProgressSchema = z.object({
  /** The last step the office reached: the office form, the administrator, the demo choice. */
  step: z.enum(['office', 'admin', 'demo']),
  office: officeDraftSchema,
  admin: adminDraftSchema.optional(),
  /** The administrator confirmed having written the recovery key down (shown once, when it is made). */
  recoveryKeyConfirmed: z.boolean().optional(),
  demoSize: z.number().int().positive().optional(),
});
export type FirstRunProgress = z.infer<typeof firstRunProgressSchema>;

export const NEW_FIRST_RUN: FirstRunProgress = { step: 'office', office: EMPTY_OFFICE_DRAFT };

/** What the office form would save, or null while it is not complete and valid. */
export function profileFromDraft(draft: OfficeDraft, language: Language): OfficeProfile | null {
  const parsed = officeProfileSchema.safeParse(draftAsProfile(draft, language));
  return parsed.success ? parsed.data : null;
}

/** The draft in the shape of a profile, for the schema to check (and name what is missing). */
export function draftAsProfile(draft: OfficeDraft, language: Language): unknown {
  return {
    level: draft.level,
    oblastId: draft.oblastId,
    ...(draft.level === 'district' && draft.districtId ? { districtId: draft.districtId } : {}),
    officeName: draft.officeName,
    language,
  };
}

/**
 * Where the first run stands: the office form, the administrator to create, signing in (once an
 * administrator exists, nobody goes on without their password), the recovery key (when nobody
 * confirmed having written it down — the window closed while it was shown), or the demo choice.
 */
export type FirstRunStep = 'office' | 'admin' | 'sign-in' | 'recovery' | 'demo';

export function resumeStep(
  progress: FirstRunProgress,
  state: { hasOperators: boolean; signedIn: boolean; officeComplete: boolean },
): FirstRunStep {
  if (state.hasOperators && !state.signedIn) return 'sign-in';
  if (progress.step === 'office' || !state.officeComplete) return 'office';
  if (!state.hasOperators) return 'admin';
  return progress.recoveryKeyConfirmed ? 'demo' : 'recovery';
}

/** The progress once the office form is accepted: on to the administrator, or past them when one exists. */
export function officeAccepted(
  progress: FirstRunProgress,
  office: OfficeDraft,
  hasOperators: boolean,
): FirstRunProgress {
  return { ...progress, office, step: hasOperators ? 'demo' : 'admin' };
}

/** The progress once the administrator signed in with the recovery key written down. */
export function recoveryKeyWrittenDown(progress: FirstRunProgress): FirstRunProgress {
  return { ...progress, step: 'demo', recoveryKeyConfirmed: true };
}
