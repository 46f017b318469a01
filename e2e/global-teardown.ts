import { existsSync, readFileSync } from 'node:fs';
import { REQUEST_LOG, isAllowedRequest } from './request-log';

/**
 * The whole run, checked once more at the end: the log must hold the requests of every test
 * (an empty log would mean the guard recorded nothing) and each went to the application itself or
 * to the office server its test configured for sync.
 */
export default function globalTeardown(): void {
  if (!existsSync(REQUEST_LOG)) throw new Error(`No request log at ${REQUEST_LOG}: the offline guard did not run`);
  const requests = readFileSync(REQUEST_LOG, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { test: string; url: string; syncServers?: string[] });
  if (requests.length === 0) throw new Error('The offline guard recorded no requests');
  const outside = requests.filter((request) => !isAllowedRequest(request.url, request.syncServers));
  if (outside.length > 0)
    throw new Error(`Requests left the PC:\n${outside.map((request) => `${request.test}: ${request.url}`).join('\n')}`);
  const tests = new Set(requests.map((request) => request.test)).size;
  console.log(
    `Offline check: ${requests.length} requests in ${tests} tests, none beyond the application and its test's office server`,
  );
}
