/** Where the e2e guard writes every request of the run, one JSON line each. */
export const REQUEST_LOG = 'test-results/e2e-requests.jsonl';

export function isLocalRequest(address: string): boolean {
  const url = new URL(address);
  return ['data:', 'blob:'].includes(url.protocol) || url.hostname === '127.0.0.1';
}
