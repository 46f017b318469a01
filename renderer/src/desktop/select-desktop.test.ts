import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/desktop/api';
import { selectDesktop } from './select-desktop';

const web = { runtime: 'browser' } as DesktopApi;
const electron = { runtime: 'desktop' } as DesktopApi;

describe('desktop API selection', () => {
  it('uses the browser implementation when there is no preload', () => {
    const factories = { web: vi.fn(() => web), electron: vi.fn(() => electron) };
    expect(selectDesktop({}, factories)).toBe(web);
    expect(factories.electron).not.toHaveBeenCalled();
  });

  it('uses the browser implementation when something else sits where the preload would be', () => {
    const factories = { web: () => web, electron: () => electron };
    expect(selectDesktop({ kelisimDesktop: { appInfo: 'not a function' } }, factories)).toBe(web);
    expect(selectDesktop({ kelisimDesktop: null }, factories)).toBe(web);
  });

  it('uses the preload bridge inside the desktop window', () => {
    const bridge = { appInfo: async () => ({ version: '1', runtime: 'desktop', platform: 'win32' }) };
    const factories = { web: () => web, electron: vi.fn(() => electron) };
    expect(selectDesktop({ kelisimDesktop: bridge }, factories)).toBe(electron);
    expect(factories.electron).toHaveBeenCalledWith(bridge);
  });
});
