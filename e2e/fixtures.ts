import { test as base, expect } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { REQUEST_LOG, isLocalRequest } from './request-log';

/**
 * Every test runs with a guard that records each request its browser context makes (pages and
 * workers alike) and fails the test if one leaves 127.0.0.1: personal data must never be sent
 * anywhere. The requests also go to a log that the global teardown checks for the whole run.
 */
export const test = base.extend<{ offlineGuard: undefined }>({
  offlineGuard: [
    async ({ context }, use, testInfo) => {
      const outside: string[] = [];
      const seen: string[] = [];
      context.on('request', (request) => {
        seen.push(request.url());
        if (!isLocalRequest(request.url())) outside.push(request.url());
      });
      await use(undefined);
      mkdirSync('test-results', { recursive: true });
      appendFileSync(REQUEST_LOG, seen.map((url) => JSON.stringify({ test: testInfo.title, url }) + '\n').join(''));
      expect(outside, 'requests that left the PC').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
