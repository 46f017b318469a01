import { describe, expect, it } from 'vitest';
import { directoryOffset, lyingBomb, overlappingBomb } from '@/import/test-zips';
import { SCHEMA_VERSION } from '@/db/db';
import { readPackageBytes } from './read-package';

const supported = { schemaVersion: SCHEMA_VERSION };

describe('a package file is unzipped under the importer’s budget', () => {
  it('refuses a package that inflates past the budget as too large, whatever sizes it declares', () => {
    expect(readPackageBytes('package.xlsx', lyingBomb(420), supported)).toEqual({
      ok: false,
      problem: { code: 'too_large' },
    });
  });

  it('refuses a package whose zip directory is missing or lies as unreadable', () => {
    const bomb = overlappingBomb();
    for (const file of [bomb, bomb.slice(0, directoryOffset(bomb))])
      expect(readPackageBytes('package.xlsx', file, supported)).toEqual({ ok: false, problem: { code: 'unreadable' } });
  });
});
