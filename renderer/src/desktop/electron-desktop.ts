import type { DesktopApi } from '@shared/desktop/api';
import type { DesktopBridge } from '@shared/ipc/contract';
import { rememberSyncOrigin } from './sync-origin';

/** The desktop build: every call goes through the preload's bridge to the main process. */
export function createElectronDesktop(bridge: DesktopBridge): DesktopApi {
  return {
    runtime: 'desktop',
    saveFile: (suggestedName, data, filters) => bridge.saveFile({ suggestedName, data, filters }),
    openFile: (filters) => bridge.openFile({ filters }),
    printToPdf: (suggestedName, landscape) => bridge.printToPdf({ suggestedName, landscape }),
    openBackupsFolder: async () => (await bridge.openBackupsFolder({})).opened,
    appVersion: async () => (await bridge.appInfo({})).version,
    setLanguage: async (language) => {
      document.documentElement.lang = language;
      await bridge.setLanguage({ language });
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    writeBackup: (reason, data) => bridge.writeBackup({ reason, data }),
    listBackups: () => bridge.listBackups({}),
    readBackup: async (name) => (await bridge.readBackup({ name }))?.data ?? null,
    readManifest: async () => (await bridge.readManifest({})).text,
    writeManifest: async (text) => {
      await bridge.writeManifest({ text });
    },
    secondFolder: async () => (await bridge.secondFolder({})).folder,
    chooseSecondFolder: () => bridge.chooseSecondFolder({}),
    confirmNetworkFolder: (confirmed) => bridge.confirmNetworkFolder({ confirmed }),
    clearSecondFolder: async () => {
      await bridge.clearSecondFolder({});
    },
    openExternal: async (url) => (await bridge.openExternal({ url })).opened,
    onSystemLock: (listener) => bridge.onSystemLock(listener),
    onBeforeQuit: (listener) => bridge.onBeforeQuit(listener),
    quitReady: async () => {
      await bridge.quitReady({});
    },
    auditKey: async () => (await bridge.auditKey({})).key,
    allowSyncServer: async (origin) => {
      await bridge.setSyncServer({ origin });
      rememberSyncOrigin(origin);
    },
    protectSecret: async (text) => (await bridge.protectSecret({ text })).sealed,
    unprotectSecret: async (sealed) => (await bridge.unprotectSecret({ sealed })).text,
  };
}
