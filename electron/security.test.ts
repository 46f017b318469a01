import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { CSP_HEADER, isAllowedRequest, isAppUrl, isPermissionAllowed } from './security';

describe('content security policy', () => {
  it('allows scripts only from the application and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });
});

describe('navigation and requests', () => {
  it('treats only app://kelisim pages as our own', () => {
    expect(isAppUrl('app://kelisim/index.html')).toBe(true);
    expect(isAppUrl('app://kelisim.evil.example/index.html')).toBe(false);
    expect(isAppUrl('https://kelisim.kz/')).toBe(false);
    expect(isAppUrl('file:///C:/Windows/win.ini')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('lets no request leave the PC', () => {
    expect(isAllowedRequest('app://kelisim/assets/index.js')).toBe(true);
    expect(isAllowedRequest('blob:app://kelisim/1234')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest('ws://example.com/')).toBe(false);
  });

  it('grants persistent storage and clipboard writing to our page only, and nothing else', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://kelisim/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])
      expect(isPermissionAllowed(permission, 'app://kelisim/index.html')).toBe(false);
  });
});
