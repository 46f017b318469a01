import { reopenAt } from './migration-harness';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../db';

describe('database migrations', () => {
  it('creates every table of every module in a new database', async () => {
    const db = await reopenAt(`new-${crypto.randomUUID()}`, SCHEMA_VERSION);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'associations',
        'attachments',
        'auditLog',
        'authorityForms',
        'councils',
        'directories',
        'ethnicGroups',
        'events',
        'exchangePackageRows',
        'exchangePackages',
        'importBatches',
        'importChanges',
        'mediationCases',
        'memberships',
        'operators',
        'people',
        'places',
        'planItems',
        'plans',
        'population',
        'publications',
        'receptionSessions',
        'receptions',
        'settings',
        'syncConflicts',
        'syncOutbox',
        'syncRevs',
        'tensionRisks',
        'visits',
        'workingGroups',
      ].sort(),
    );
  });

  // One test file per step, as Signal Desktop keeps one per migration: a new version without its
  // own test of the data it upgrades fails here instead of shipping.
  it('has a schema file and a migration test file for every version', () => {
    const files = Object.keys(import.meta.glob('./v*.ts')).sort();
    const versions = Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1);
    expect(files.filter((file) => !file.endsWith('.test.ts'))).toEqual(
      versions.map((version) => `./v${version}.ts`).sort(),
    );
    expect(files.filter((file) => file.endsWith('.test.ts'))).toEqual(
      versions
        .slice(1)
        .map((version) => `./v${version}.test.ts`)
        .sort(),
    );
  });
});
