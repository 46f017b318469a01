import { test as base, expect, type BrowserContext, type TestInfo } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { REQUEST_LOG, isAllowedRequest } from './request-log';

/**
 * Records each request a browser context makes (pages and workers alike); the returned check fails
 * the test if one went anywhere but the application itself or the office server the test set up.
 * The requests also go to a log that the global teardown checks for the whole run.
 */
export function guardRequests(context: BrowserContext, syncServers: readonly string[]) {
  const outside: string[] = [];
  const seen: string[] = [];
  context.on('request', (request) => {
    seen.push(request.url());
    if (!isAllowedRequest(request.url(), syncServers)) outside.push(request.url());
  });
  return (testInfo: TestInfo) => {
    mkdirSync('test-results', { recursive: true });
    appendFileSync(
      REQUEST_LOG,
      seen.map((url) => JSON.stringify({ test: testInfo.title, url, syncServers }) + '\n').join(''),
    );
    expect(outside, 'requests that left the PC').toEqual([]);
  };
}

/**
 * Every test runs with the guard on its own context: personal data must never be sent anywhere.
 * A sync test names its office server in `syncServers` (and guards the other PCs' contexts itself).
 */
export const test = base.extend<{ offlineGuard: undefined; syncServers: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  syncServers: async ({}, use) => {
    await use([]);
  },
  offlineGuard: [
    async ({ context, syncServers }, use, testInfo) => {
      const check = guardRequests(context, syncServers);
      await use(undefined);
      check(testInfo);
    },
    { auto: true },
  ],
});

export { expect };
