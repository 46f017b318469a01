import { describe, expect, it } from 'vitest';
import {
  firstRunProgressSchema,
  NEW_FIRST_RUN,
  officeAccepted,
  profileFromDraft,
  recoveryKeyWrittenDown,
  resumeStep,
  type FirstRunProgress,
} from './first-run';

const KORDAI = { level: 'district', oblastId: '310000000', districtId: '314800000', officeName: 'ОВП Кордай' } as const;
const typed: FirstRunProgress = { ...NEW_FIRST_RUN, office: KORDAI };

const at = (progress: FirstRunProgress, hasOperators: boolean, signedIn: boolean) =>
  resumeStep(progress, {
    hasOperators,
    signedIn,
    officeComplete: profileFromDraft(progress.office, 'ru') !== null,
  });

describe('resuming the first run', () => {
  it('starts at the office form, and comes back to it with what was typed', () => {
    expect(at(NEW_FIRST_RUN, false, false)).toBe('office');
    expect(at({ ...NEW_FIRST_RUN, office: { ...KORDAI, officeName: 'ОВ' } }, false, false)).toBe('office');
    expect(at(typed, false, false)).toBe('office');
  });

  it('comes back to the administrator form once the office was accepted', () => {
    expect(at(officeAccepted(typed, KORDAI, false), false, false)).toBe('admin');
  });

  it('asks to sign in once the administrator exists, and then goes on rather than skipping the rest', () => {
    const created = officeAccepted(typed, KORDAI, false);
    expect(at(created, true, false)).toBe('sign-in');
    // Closed while the recovery key was on screen: nobody confirmed it was written down.
    expect(at(created, true, true)).toBe('recovery');
    const confirmed = recoveryKeyWrittenDown(created);
    expect(at(confirmed, true, false)).toBe('sign-in');
    expect(at(confirmed, true, true)).toBe('demo');
  });

  it('an administrator made before the office was accepted signs in first, then fills the office', () => {
    expect(at(NEW_FIRST_RUN, true, false)).toBe('sign-in');
    expect(at(NEW_FIRST_RUN, true, true)).toBe('office');
    expect(officeAccepted(NEW_FIRST_RUN, KORDAI, true).step).toBe('demo');
  });

  it('goes back to the office form when its draft is no longer complete', () => {
    expect(at({ ...recoveryKeyWrittenDown(typed), office: { ...KORDAI, districtId: '' } }, true, true)).toBe('office');
  });

  it('never keeps a password, whatever it is given', () => {
    const stored = firstRunProgressSchema.parse({
      ...typed,
      step: 'admin',
      admin: { login: 'admin', displayName: 'Айгерим', password: 'Келісім-2026', repeat: 'Келісім-2026' },
    });
    expect(JSON.stringify(stored)).not.toContain('Келісім-2026');
    expect(stored.admin).toEqual({ login: 'admin', displayName: 'Айгерим' });
  });
});
