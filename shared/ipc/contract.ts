import { z } from 'zod';
import { backupReasons, parseBackupName } from '../backup/backup-names';
import { languages } from '../i18n/languages';

/** Every channel starts with this prefix; main refuses anything else (as VS Code's preload does). */
export const IPC_PREFIX = 'kelisim:';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/))
    .min(1)
    .max(10),
});

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 32),
    'a file name, not a path',
  );

/** 200 MB: larger than any spreadsheet or backup an office produces, small enough to refuse garbage. */
export const MAX_IPC_FILE_BYTES = 200 * 1024 * 1024;

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected');

/**
 * Backups are named by main itself (see backup-names.ts); the page can only ask for one by such a name,
 * in main's own folder.
 */
const backupName = z
  .string()
  .max(100)
  .refine((name) => parseBackupName(name) !== null, 'a backup name');

/**
 * A backup's magic, header length and header: enough for the restore screen, never the records. A
 * header names each recipient with their keys, so it is allowed far more than it needs.
 */
export const MAX_BACKUP_HEAD_BYTES = 12 + 1024 * 1024;

export const backupWriteProblems = ['disk-full', 'folder-missing', 'no-permission', 'failed'] as const;
export type BackupWriteProblem = (typeof backupWriteProblems)[number];

const secondFolderInfo = z.object({ path: z.string(), network: z.boolean() });

/** An office server's origin as CSP compares it: scheme, host and port, nothing after. */
const syncOrigin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](?::\d{1,5})?$/);

/** The audit key: 256 bits for HMAC-SHA-256. */
export const AUDIT_KEY_BYTES = 32;

const fileBytes = bytes.refine((data) => data.byteLength <= MAX_IPC_FILE_BYTES, 'file too large');

export const menuCommands = ['search', 'settings', 'print-pdf', 'open-backups', 'about', 'lock'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * The one contract between the renderer and the main process: each entry is a channel with the
 * zod schema of its request and of its response. Main registers handlers from it, the preload
 * exposes exactly it, and the browser build implements the same calls without Electron.
 */
export const ipcContract = {
  saveFile: {
    channel: 'kelisim:file:save',
    request: z.object({ suggestedName: fileName, data: fileBytes, filters: z.array(fileFilter).max(10) }),
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  openFile: {
    channel: 'kelisim:file:open',
    request: z.object({ filters: z.array(fileFilter).max(10) }),
    response: z.object({ name: z.string(), data: bytes }).nullable(),
  },
  printToPdf: {
    channel: 'kelisim:print:pdf',
    request: z.object({ suggestedName: fileName, landscape: z.boolean() }),
    /** The SHA-256 of the PDF main wrote, for the export's audit entry. */
    response: z.object({
      saved: z.boolean(),
      fileName: z.string().optional(),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    }),
  },
  openBackupsFolder: {
    channel: 'kelisim:backups:open-folder',
    request: z.object({}).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  appInfo: {
    channel: 'kelisim:app:info',
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), runtime: z.literal('desktop'), platform: z.string() }),
  },
  setLanguage: {
    channel: 'kelisim:app:set-language',
    request: z.object({ language: z.enum(languages) }).strict(),
    response: z.object({ applied: z.boolean() }),
  },
  /** Main names the file and chooses the folders; the page gives the reason and the bytes. */
  writeBackup: {
    channel: 'kelisim:backups:write',
    request: z.object({ reason: z.enum(backupReasons), data: fileBytes }).strict(),
    response: z.discriminatedUnion('saved', [
      z.object({
        saved: z.literal(true),
        fileName: z.string(),
        secondFolder: z.enum(['not-set', 'copied', ...backupWriteProblems]),
      }),
      z.object({ saved: z.literal(false), problem: z.enum(backupWriteProblems) }),
    ]),
  },
  listBackups: {
    channel: 'kelisim:backups:list',
    request: z.object({}).strict(),
    response: z.array(
      z.object({
        name: z.string(),
        size: z.number(),
        createdAt: z.string(),
        head: bytes.refine((data) => data.byteLength <= MAX_BACKUP_HEAD_BYTES, 'header too large'),
      }),
    ),
  },
  readBackup: {
    channel: 'kelisim:backups:read',
    request: z.object({ name: backupName }).strict(),
    response: z.object({ data: bytes }).nullable(),
  },
  readManifest: {
    channel: 'kelisim:manifest:read',
    request: z.object({}).strict(),
    response: z.object({ text: z.string().nullable() }),
  },
  writeManifest: {
    channel: 'kelisim:manifest:write',
    request: z.object({ text: z.string().max(100_000) }).strict(),
    response: z.object({ saved: z.boolean() }),
  },
  /** The second backup folder main keeps, for the settings screen to show. */
  secondFolder: {
    channel: 'kelisim:backups:second-folder',
    request: z.object({}).strict(),
    response: z.object({ folder: secondFolderInfo.nullable() }),
  },
  /** Main's folder dialog; a network folder comes back to be confirmed, not set. */
  chooseSecondFolder: {
    channel: 'kelisim:backups:choose-second-folder',
    request: z.object({}).strict(),
    response: z.object({
      outcome: z.enum(['cancelled', 'set', 'confirm-network', 'refused']),
      path: z.string().nullable(),
    }),
  },
  /** The administrator's yes or no for the network folder main just showed: never a path. */
  confirmNetworkFolder: {
    channel: 'kelisim:backups:confirm-network-folder',
    request: z.object({ confirmed: z.boolean() }).strict(),
    response: z.object({ set: z.boolean(), path: z.string().nullable() }),
  },
  clearSecondFolder: {
    channel: 'kelisim:backups:clear-second-folder',
    request: z.object({}).strict(),
    response: z.object({ cleared: z.boolean() }),
  },
  openExternal: {
    channel: 'kelisim:shell:open-external',
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  quitReady: {
    channel: 'kelisim:app:quit-ready',
    request: z.object({}).strict(),
    response: z.object({ quitting: z.boolean() }),
  },
  /** This installation's audit key, which main keeps encrypted with safeStorage (see electron/audit-key.ts). */
  auditKey: {
    channel: 'kelisim:audit:key',
    request: z.object({}).strict(),
    response: z.object({ key: bytes.refine((data) => data.byteLength === AUDIT_KEY_BYTES, 'a 32-byte key') }),
  },
  /** The one office server the page may connect to (its origin), or none; main sends it in the CSP and lets it through. */
  setSyncServer: {
    channel: 'kelisim:sync:set-server',
    request: z.object({ origin: syncOrigin.nullable() }).strict(),
    response: z.object({ applied: z.boolean() }),
  },
  /** A secret (the sync account's password) encrypted with the Windows account by safeStorage, as base64. */
  protectSecret: {
    channel: 'kelisim:secret:protect',
    request: z.object({ text: z.string().max(4096) }).strict(),
    response: z.object({ sealed: z.string() }),
  },
  unprotectSecret: {
    channel: 'kelisim:secret:unprotect',
    request: z.object({ sealed: z.string().max(16_384) }).strict(),
    response: z.object({ text: z.string().nullable() }),
  },
} as const;

/** Messages main sends to the page on its own: menu clicks, Windows locking, the app closing. */
export const ipcEvents = {
  menuCommand: {
    channel: 'kelisim:menu:command',
    payload: z.object({ command: z.enum(menuCommands) }).strict(),
  },
  systemLock: {
    channel: 'kelisim:app:system-lock',
    payload: z.object({ reason: z.enum(['lock-screen', 'suspend']) }).strict(),
  },
  beforeQuit: {
    channel: 'kelisim:app:before-quit',
    payload: z.object({}).strict(),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcRequest<M extends IpcMethod> = z.infer<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.infer<IpcContract[M]['response']>;

/** What the preload exposes on `window.kelisimDesktop`. */
export type DesktopBridge = { [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResponse<M>> } & {
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  onSystemLock: (listener: () => void) => () => void;
  onBeforeQuit: (listener: () => void) => () => void;
};

export const ipcMethods = Object.keys(ipcContract) as IpcMethod[];

const methodByChannel = new Map<string, IpcMethod>(ipcMethods.map((method) => [ipcContract[method].channel, method]));

export type IpcValidation<M extends IpcMethod = IpcMethod> =
  | { ok: true; method: M; request: IpcRequest<M> }
  | { ok: false; reason: 'unknown-channel' | 'invalid-payload'; detail: string };

/** Checks a channel against the allow-list and its payload against the contract's schema. */
export function validateIpcRequest(channel: string, payload: unknown): IpcValidation {
  const method = channel.startsWith(IPC_PREFIX) ? methodByChannel.get(channel) : undefined;
  if (!method) return { ok: false, reason: 'unknown-channel', detail: channel.slice(0, 80) };
  const parsed = ipcContract[method].request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid-payload',
      detail: parsed.error.issues.map((issue) => issue.path.join('.')).join(', '),
    };
  }
  return { ok: true, method, request: parsed.data };
}
