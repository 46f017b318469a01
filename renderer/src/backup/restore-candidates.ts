import type { StoredBackupInfo } from '@shared/desktop/api';

export interface RestoreCandidate {
  name: string;
  /** When the backup says it was made: its header's time, not its file name's. */
  createdAt: string;
  records: number;
  /** Dated after now: the clock was wrong when it was made, or is wrong now. Listed last, never offered first. */
  futureDated: boolean;
}

/** readBackupHeader of the data layer, or anything that reads a header the same way and throws on a bad one. */
type ReadHeader = (bytes: Uint8Array<ArrayBuffer>) => { header: { createdAt: string; records: number } };

/**
 * The backups on this PC as the restore screens offer them: only those whose header reads and checks
 * (a damaged or foreign file is left out), ordered by the time in the header, and with backups dated
 * in the future put last. A file's name says what the clock of the moment said, and anyone can rename
 * a file; the header is what the backup itself holds.
 */
export function restoreCandidates(
  listed: readonly StoredBackupInfo[],
  now: Date,
  readHeader: ReadHeader,
): RestoreCandidate[] {
  const candidates: RestoreCandidate[] = [];
  for (const file of listed) {
    let header: { createdAt: string; records: number };
    try {
      header = readHeader(new Uint8Array(file.head)).header;
    } catch {
      continue;
    }
    const time = Date.parse(header.createdAt);
    if (Number.isNaN(time)) continue;
    candidates.push({
      name: file.name,
      createdAt: new Date(time).toISOString(),
      records: header.records,
      futureDated: time > now.getTime(),
    });
  }
  return candidates.sort(
    (a, b) =>
      Number(a.futureDated) - Number(b.futureDated) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
      (a.name < b.name ? 1 : -1),
  );
}

/** The backup the lost-data screen offers first: the newest by its header that is not from the future and holds records. */
export function newestUsable(candidates: readonly RestoreCandidate[]): RestoreCandidate | null {
  return candidates.find((candidate) => !candidate.futureDated && candidate.records > 0) ?? null;
}
