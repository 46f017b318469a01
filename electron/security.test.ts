import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PAGE_POLICY, syncOriginOf } from '../shared/security/csp';
import { cspHeader, isAllowedRequest, isAppUrl, isPermissionAllowed } from './security';

describe('content security policy', () => {
  it('allows scripts only from the application and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(cspHeader(null)).toContain("frame-ancestors 'none'");
  });

  it('lets the page connect to the configured office server and to no other', () => {
    const header = cspHeader('https://couch.akimat.kz:6984');
    expect(header).toMatch(/connect-src 'self' blob: data: https:\/\/couch\.akimat\.kz:6984(;|$)/);
    expect(header.match(/https?:/g)).toHaveLength(1);
    // The built page's own policy leaves connections to the start-up policy, which narrows them.
    expect(PAGE_POLICY).toContain("script-src 'self'");
    expect(PAGE_POLICY).not.toMatch(/script-src[^;]*https?:/);
  });

  it('reads a server address as the origin the browser compares', () => {
    expect(syncOriginOf('https://Couch.Akimat.kz:443/kelisim_311000000')).toBe('https://couch.akimat.kz');
    expect(syncOriginOf('http://192.168.1.10:5984')).toBe('http://192.168.1.10:5984');
    expect(syncOriginOf('http://127.0.0.1:80/')).toBe('http://127.0.0.1');
    expect(syncOriginOf('ftp://server/')).toBeNull();
    expect(syncOriginOf('javascript:alert(1)')).toBeNull();
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

  it('lets requests reach the office server set for sync, and no other host or port', () => {
    const server = 'http://192.168.1.10:5984';
    expect(isAllowedRequest('http://192.168.1.10:5984/kelisim_311000000/_changes', server)).toBe(true);
    expect(isAllowedRequest('http://192.168.1.10:5985/', server)).toBe(false);
    expect(isAllowedRequest('https://192.168.1.10:5984/', server)).toBe(false);
    expect(isAllowedRequest('http://192.168.1.10.evil.example:5984/', server)).toBe(false);
  });

  it('grants persistent storage and clipboard writing to our page only, and nothing else', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://kelisim/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])
      expect(isPermissionAllowed(permission, 'app://kelisim/index.html')).toBe(false);
  });
});
