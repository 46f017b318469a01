import { contextBridge, ipcRenderer } from 'electron';
import {
  ipcContract,
  ipcEvents,
  type DesktopBridge,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
} from '../shared/ipc/contract';

const call =
  <M extends IpcMethod>(method: M) =>
  (request: IpcRequest<M>): Promise<IpcResponse<M>> =>
    ipcRenderer.invoke(ipcContract[method].channel, request);

function listen(channel: string, check: (message: unknown) => boolean, listener: () => void): () => void {
  const wrapped = (_event: unknown, message: unknown) => {
    if (check(message)) listener();
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/**
 * The page's only way to the machine: one named function per contract entry. No ipcRenderer,
 * no generic invoke, so a script injected into the page cannot reach other channels.
 */
const bridge = {
  saveFile: call('saveFile'),
  openFile: call('openFile'),
  printToPdf: call('printToPdf'),
  openBackupsFolder: call('openBackupsFolder'),
  appInfo: call('appInfo'),
  setLanguage: call('setLanguage'),
  writeBackup: call('writeBackup'),
  listBackups: call('listBackups'),
  readBackup: call('readBackup'),
  readManifest: call('readManifest'),
  writeManifest: call('writeManifest'),
  secondFolder: call('secondFolder'),
  chooseSecondFolder: call('chooseSecondFolder'),
  confirmNetworkFolder: call('confirmNetworkFolder'),
  clearSecondFolder: call('clearSecondFolder'),
  openExternal: call('openExternal'),
  quitReady: call('quitReady'),
  auditKey: call('auditKey'),
  setSyncServer: call('setSyncServer'),
  protectSecret: call('protectSecret'),
  unprotectSecret: call('unprotectSecret'),
  onMenuCommand: (listener) => {
    const { channel, payload } = ipcEvents.menuCommand;
    const wrapped = (_event: unknown, message: unknown) => {
      const parsed = payload.safeParse(message);
      if (parsed.success) listener(parsed.data.command);
    };
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
  onSystemLock: (listener) =>
    listen(
      ipcEvents.systemLock.channel,
      (message) => ipcEvents.systemLock.payload.safeParse(message).success,
      listener,
    ),
  onBeforeQuit: (listener) =>
    listen(
      ipcEvents.beforeQuit.channel,
      (message) => ipcEvents.beforeQuit.payload.safeParse(message).success,
      listener,
    ),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('kelisimDesktop', bridge);
