import i18next from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '@shared/i18n/resources';
import { useAutomaticBackups } from '@/backup/use-automatic-backups';
import { App } from './App';

/** Who the data layer says is at the keyboard, for each test to set. */
const at = vi.hoisted(() => ({
  profile: { officeName: 'Отдел внутренней политики' } as object | null,
  hasOperators: true,
  operator: null as { mustChangePassword: boolean } | null,
  locked: false,
}));

/** Each screen of the gate as a marker, so the test sees which one is shown. */
const { screen } = await vi.hoisted(async () => {
  const { createElement: element } = await import('react');
  return { screen: (name: string) => () => element('div', { 'data-screen': name }) };
});

vi.mock('@/backup/use-automatic-backups', () => ({ useAutomaticBackups: vi.fn() }));
vi.mock('@/db/hooks', () => ({
  useOfficeProfile: () => at.profile,
  useHasOperators: () => at.hasOperators,
  useSession: () => ({ operator: at.operator, locked: at.locked, holdsDataKey: false }),
}));
vi.mock('@/i18n/use-language', () => ({ useLanguage: () => ({ language: 'ru' }) }));
vi.mock('./Shell', () => ({ Shell: screen('shell') }));
vi.mock('@/features/access/LockScreen', () => ({ LockScreen: screen('lock') }));
vi.mock('@/features/access/SignInScreen', () => ({ SignInScreen: screen('sign-in') }));
vi.mock('@/features/access/AdminSetupScreen', () => ({ AdminSetupScreen: screen('admin-setup') }));
vi.mock('@/features/access/ChangePasswordScreen', () => ({ ChangePasswordScreen: screen('change-password') }));
vi.mock('@/features/onboarding/OnboardingPage', () => ({ OnboardingPage: screen('onboarding') }));
vi.mock('@/features/backup/LostDataScreen', () => ({ LostDataScreen: screen('lost-data') }));
vi.mock('@/features/backup/RestorePanel', () => ({ RestorePanel: screen('restore') }));

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'ru', resources: { ru: { translation: resources.ru } } });
});

beforeEach(() => {
  vi.mocked(useAutomaticBackups).mockClear();
});

function render(start: Parameters<typeof App>[0]['start'] = { ok: true }): string {
  return renderToString(createElement(App, { start }));
}

describe('the automatic backups', () => {
  it.each([
    ['the session is locked', { operator: { mustChangePassword: false }, locked: true }, 'lock'],
    ['nobody is signed in', { operator: null, locked: false }, 'sign-in'],
    ['someone is at work', { operator: { mustChangePassword: false }, locked: false }, 'shell'],
  ] as const)('run while %s, so quitting from any screen still backs up', (_when, session, shown) => {
    Object.assign(at, session);
    expect(render()).toContain(`data-screen="${shown}"`);
    expect(useAutomaticBackups).toHaveBeenCalled();
  });

  it('do not run over a database the lost-data screen is about to restore', () => {
    const guard = {
      ok: false as const,
      reason: 'database-empty' as const,
      manifest: { records: 10, counts: {}, updatedAt: '2026-11-21T10:00:00Z' },
    };
    expect(render({ ok: false, guard })).toContain('data-screen="lost-data"');
    expect(useAutomaticBackups).not.toHaveBeenCalled();
  });
});
