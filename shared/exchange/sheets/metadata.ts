import { resources } from '../../i18n/resources';
import { sheetChecksum, type CanonicalValue } from '../checksum';
import {
  FORMAT_NAME,
  addedInVersion,
  addedSheetKeys,
  metadataFields,
  monitoringKeys,
  sheetKeys,
  type PackageMeta,
  type PackageSheetKey,
} from '../format';
import { SIGNATURE_ALGORITHM } from '../signature';
import type { SheetMatrix } from './matrix';

export const metadataColumns = metadataFields;

/**
 * The keys of the sheets a package has, in the order the metadata lists them: the sheets of every
 * version, those added by the package's version, then monitoring when it was included.
 */
export function presentSheets(meta: Pick<PackageMeta, 'monitoringIncluded' | 'formatVersion'>): PackageSheetKey[] {
  const added = addedSheetKeys.filter((key) => meta.formatVersion >= addedInVersion[key]);
  return [...sheetKeys, ...added, ...(meta.monitoringIncluded ? monitoringKeys : [])];
}

/**
 * The metadata sheet's rows, key → value (text, null when empty), down to the public key of a
 * signed package: what its signature covers. The `signature` row and the sheet's own checksum
 * come after these.
 */
function metadataEntries(meta: PackageMeta): [string, string | null][] {
  const yesNo = (value: boolean) => (value ? '1' : '0');
  const entries: [string, string | null][] = [
    ['format', FORMAT_NAME],
    ['format_version', String(meta.formatVersion)],
    ['app_version', meta.appVersion],
    ['schema_version', String(meta.schemaVersion)],
    ['office', meta.office],
    ['oblast_code', meta.oblastCode],
    ['district_code', meta.districtCode],
    ['district_name_ru', meta.districtNameRu],
    ['district_name_kk', meta.districtNameKk],
    ['period_from', meta.period.from],
    ['period_to', meta.period.to],
    ['created_at', meta.createdAt],
    ['as_of', meta.asOf],
    ['language', meta.language],
    ['personal_data_masked', yesNo(meta.personalDataMasked)],
    ['confidential_included', yesNo(meta.confidentialIncluded)],
    ['confidential_left_out', String(meta.confidentialLeftOut)],
    ['monitoring_included', yesNo(meta.monitoringIncluded)],
  ];
  for (const key of presentSheets(meta)) {
    const sheet = meta.sheets[key];
    if (!sheet) continue;
    entries.push(
      [`sheet.${key}.name`, sheet.name],
      [`sheet.${key}.rows`, String(sheet.rows)],
      [`sheet.${key}.sha256`, sheet.sha256],
    );
  }
  if (meta.signature)
    entries.push(['signature_algorithm', meta.signature.algorithm], ['signing_key', meta.signature.publicKey]);
  return entries;
}

/** The metadata rows a signature covers, with their descriptions in the package's language. */
function signedRows(meta: PackageMeta): CanonicalValue[][] {
  const texts = resources[meta.language].exchange.meta;
  const sheetLabel = (key: PackageSheetKey) => meta.sheets[key]?.name ?? key;
  const describe = (key: string): string => {
    const sheet = /^sheet\.(\w+)\.(name|rows|sha256)$/.exec(key);
    if (sheet) {
      const template = texts[`sheet_${sheet[2] as 'name' | 'rows' | 'sha256'}`];
      return template.replace('{{sheet}}', sheetLabel(sheet[1] as PackageSheetKey));
    }
    return texts[key as keyof typeof texts] ?? key;
  };
  return metadataEntries(meta).map(([key, value]) => [key, value, describe(key)]);
}

const metadataKeys = () => metadataColumns.map((column) => column.key);

/**
 * The digest a package's signature is over, for a package signed with `publicKey`: the checksum
 * of the metadata rows down to `signing_key`, as the reader computes it from the file.
 */
export function signingDigest(meta: PackageMeta, publicKey: string): string {
  const signer = { algorithm: SIGNATURE_ALGORITHM, publicKey, signature: '', digest: '' } as const;
  return sheetChecksum(metadataKeys(), signedRows({ ...meta, signature: signer }));
}

/**
 * The metadata sheet: every entry with its description in the package's language, the signature
 * when the package is signed, and last the checksum of the rows above it.
 */
export function metadataMatrix(meta: PackageMeta): SheetMatrix {
  const texts = resources[meta.language].exchange.meta;
  const rows = signedRows(meta);
  if (meta.signature) rows.push(['signature', meta.signature.signature, texts.signature]);
  const keys = metadataKeys();
  rows.push(['metadata_sha256', sheetChecksum(keys, rows), texts.metadata_sha256]);
  return { keys, rows };
}
