import { test as base, expect } from '@playwright/test';

/**
 * Every test runs with a guard that records each request the page makes and fails the test if
 * one leaves 127.0.0.1: personal data must never be sent anywhere.
 */
export const test = base.extend<{ offlineGuard: undefined }>({
  offlineGuard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1';
        if (!local) outside.push(request.url());
      });
      await use(undefined);
      expect(outside, 'requests that left the PC').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
