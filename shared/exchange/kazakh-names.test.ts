import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../export/table';
import { packageContents, packageTables, type PackageOptions } from './build';
import { sheetChecksum } from './checksum';
import { readExchangePackage } from './read';
import { recordMatrix } from './sheets/matrix';
import { eventColumns } from './sheets/events';
import { VARIED_AS_OF, variedPackageSource } from './test-package-source';
import { tablesToWorkbook, withMetadataEntries } from './test-workbook';

const OPTIONS: PackageOptions = {
  language: 'kk',
  includeConfidential: false,
  maskPersonalData: false,
  includeMonitoring: true,
  createdAt: '2026-07-03T06:30:00.000Z',
  asOf: VARIED_AS_OF,
  appVersion: '0.1.0',
  schemaVersion: 8,
};
const SUPPORTED = { schemaVersion: 8 };
const KK_COLUMNS = ['title_kk', 'working_group_kk'];

describe('exchange package: Kazakh names of events, working groups and councils', () => {
  it('carries the Kazakh names beside the names as given, and reads them back', () => {
    const pkg = packageContents(variedPackageSource(), OPTIONS);
    const roundTable = pkg.rows.events.find((row) => row.id === 'ev-roundtable');
    expect(roundTable?.title).toBe('Круглый стол «Бірлік — берекенің бастауы»');
    expect(roundTable?.title_kk).toBe('«Бірлік — берекенің бастауы» дөңгелек үстелі');
    expect(roundTable?.working_group_kk).toBe('«Оңтүстік» жұмыс тобы');
    expect(pkg.rows.visits[0]?.working_group_kk).toBe('«Оңтүстік» жұмыс тобы');
    expect(pkg.rows.mediation?.find((row) => row.council)?.council_kk).toBe('Сортөбе ауылының билер кеңесі');
    // Events without a Kazakh title have an empty cell, not the Russian title again.
    expect(pkg.rows.events.find((row) => row.id === 'ev-alpha')?.title_kk).toBeNull();
    const result = readExchangePackage(tablesToWorkbook(packageTables(pkg)), SUPPORTED);
    expect(result.ok && result.package).toEqual(pkg);
  });

  it('still reads a package written before these columns existed: their cells read as empty', () => {
    const pkg = packageContents(variedPackageSource(), OPTIONS);
    const tables = packageTables(pkg);
    const eventsName = pkg.meta.sheets.events.name;
    const kept = eventColumns.filter((column) => !KK_COLUMNS.includes(column.key));
    const keptAt = eventColumns.flatMap((column, index) => (KK_COLUMNS.includes(column.key) ? [] : [index]));
    const old: ExportTable[] = tables.map((table) =>
      table.sheetName === eventsName
        ? {
            ...table,
            columns: table.columns.filter((_, index) => keptAt.includes(index)),
            rows: table.rows.map((row) => keptAt.map((index) => row[index] ?? null)),
          }
        : table,
    );
    const sum = sheetChecksum(
      kept.map((column) => column.key),
      recordMatrix(kept, pkg.rows.events).rows,
    );
    const resealed = withMetadataEntries(old, (entries) =>
      entries.map((row) => (row[0] === 'sheet.events.sha256' ? [row[0], sum, row[2] ?? null] : row)),
    );
    const result = readExchangePackage(tablesToWorkbook(resealed), SUPPORTED);
    expect(result.ok ? null : result.problem).toBeNull();
    if (!result.ok) return;
    const roundTable = result.package.rows.events.find((row) => row.id === 'ev-roundtable');
    expect(roundTable?.title).toBe('Круглый стол «Бірлік — берекенің бастауы»');
    expect(roundTable?.title_kk).toBeNull();
    expect(roundTable?.working_group_kk).toBeNull();
    expect(result.package.rows.events).toHaveLength(pkg.rows.events.length);
  });
});
