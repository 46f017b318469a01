import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../export/table';
import { buildExchangePackage, type PackageOptions } from './build';
import { VARIED_AS_OF, variedPackageSource } from './test-package-source';

const BASE: PackageOptions = {
  language: 'ru',
  includeConfidential: false,
  maskPersonalData: false,
  createdAt: '2026-07-03T06:30:00.000Z',
  asOf: VARIED_AS_OF,
  appVersion: '0.1.0',
  schemaVersion: 8,
};

/** Every choice of the sender both ways, each language with and without masking. */
const SCENARIOS: [string, Partial<PackageOptions>][] = [
  ['ru-plain', {}],
  ['ru-confidential-monitoring', { includeConfidential: true, includeMonitoring: true }],
  ['kk-masked-monitoring', { language: 'kk', maskPersonalData: true, includeMonitoring: true }],
  [
    'kk-masked-confidential',
    { language: 'kk', maskPersonalData: true, includeConfidential: true, includeMonitoring: false },
  ],
];

// JSON alone would write an undefined or NaN cell as null and hide that it changed.
const cell = (value: unknown) => (value === undefined || Number.isNaN(value) ? String(value) : JSON.stringify(value));

/** The sheets as the writer gets them, one line per row, so that a change shows as a readable diff. */
function dump(tables: readonly ExportTable[]): string {
  const sheets = tables.map(({ columns, rows, ...sheet }) =>
    [
      `== ${JSON.stringify(sheet)}`,
      ...columns.map((column) => `column ${JSON.stringify(column)}`),
      ...rows.map((row) => `[${row.map(cell).join(',')}]`),
    ].join('\n'),
  );
  return `${sheets.join('\n\n')}\n`;
}

// Written before build.ts was split into one mapper per sheet: the package, cell for cell and
// checksum for checksum, is what older oblast copies read, so any change here is a format change.
describe('exchange package: the complete contents, as built', () => {
  it.each(SCENARIOS)('%s', async (name, options) => {
    const tables = buildExchangePackage(variedPackageSource(), { ...BASE, ...options });
    await expect(dump(tables)).toMatchFileSnapshot(`./__snapshots__/package-${name}.txt`);
  });
});
