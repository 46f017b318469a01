import { contextBridge, ipcRenderer } from 'electron';
import { ipcContract, ipcEvents, type DesktopBridge, type IpcRequest } from '../shared/ipc/contract';

/**
 * The page's only way to the machine: one named function per contract entry. No ipcRenderer,
 * no generic invoke, so a script injected into the page cannot reach other channels.
 */
const bridge = {
  saveFile: (request: IpcRequest<'saveFile'>) => ipcRenderer.invoke(ipcContract.saveFile.channel, request),
  openFile: (request: IpcRequest<'openFile'>) => ipcRenderer.invoke(ipcContract.openFile.channel, request),
  printToPdf: (request: IpcRequest<'printToPdf'>) => ipcRenderer.invoke(ipcContract.printToPdf.channel, request),
  openBackupsFolder: (request: IpcRequest<'openBackupsFolder'>) =>
    ipcRenderer.invoke(ipcContract.openBackupsFolder.channel, request),
  appInfo: (request: IpcRequest<'appInfo'>) => ipcRenderer.invoke(ipcContract.appInfo.channel, request),
  setLanguage: (request: IpcRequest<'setLanguage'>) => ipcRenderer.invoke(ipcContract.setLanguage.channel, request),
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
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('kelisimDesktop', bridge);
