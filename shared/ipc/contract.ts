import { z } from 'zod';
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

/** Backups are named by Kelisim itself: `kelisim-YYYYMMDD-HHmmss-reason.klsbak`. */
const backupName = z.string().regex(/^kelisim-\d{8}-\d{6}-[a-z-]{1,30}\.klsbak$/);

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
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
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
  writeBackup: {
    channel: 'kelisim:backups:write',
    request: z
      .object({ fileName: backupName, data: fileBytes, secondFolder: z.string().max(1000).optional() })
      .strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string(), copiedToSecondFolder: z.boolean() }),
  },
  listBackups: {
    channel: 'kelisim:backups:list',
    request: z.object({}).strict(),
    response: z.array(z.object({ name: z.string(), size: z.number(), createdAt: z.string() })),
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
  chooseFolder: {
    channel: 'kelisim:dialog:choose-folder',
    request: z.object({}).strict(),
    response: z.object({ path: z.string().nullable() }),
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
