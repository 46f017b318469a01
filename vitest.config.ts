import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

export default defineConfig({
  resolve: { alias: aliases },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    root: '.',
    // Playwright specs live in e2e/ and must not be collected here.
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest leaves one core free by default, which on the two-core CI machine means one worker:
    // every core runs test files (about 50 s less of a 200 s run there).
    maxWorkers: availableParallelism(),
    // PouchDB's live replication sometimes leaves one of its own requests (an info call while it
    // retries) without a handler when the sync engine test cuts the network. Only that simulated
    // failure is ignored; every other unhandled error still fails the run.
    onUnhandledError: (error) => !String(error.message).includes('simulated offline network'),
  },
});
