import { rmSync } from 'node:fs';
import { REQUEST_LOG } from './request-log';

export default function globalSetup(): void {
  rmSync(REQUEST_LOG, { force: true });
}
