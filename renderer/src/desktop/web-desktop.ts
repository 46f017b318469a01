import { backupFileName } from '@shared/backup/backup-names';
import type { DesktopApi, FileFilter } from '@shared/desktop/api';
import { AUDIT_KEY_BYTES } from '@shared/ipc/contract';
import { allowedExternalUrl } from '@shared/security/external-link';
import { fromBase64, toBase64 } from '@/security/encoding';
import { protectInBrowser, unprotectInBrowser } from './browser-secrets';
import { rememberSyncOrigin } from './sync-origin';

function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

/**
 * The same calls in a plain browser: a download instead of a save dialog, a file input instead
 * of an open dialog, the print dialog (where "Save as PDF" is offered) instead of printToPDF.
 */
const MANIFEST_KEY = 'kelisim.manifest';
const AUDIT_KEY = 'kelisim.auditKey';

/**
 * The browser has nowhere to keep a key from whoever uses it: the audit key lives in local
 * storage, beside the database, readable in the developer tools. It keeps the same code path as the
 * desktop, not its protection (SECURITY.md says so).
 */
function storedAuditKey(): Uint8Array {
  const stored = localStorage.getItem(AUDIT_KEY);
  if (stored) {
    const key = fromBase64(stored);
    if (key.length === AUDIT_KEY_BYTES) return key;
  }
  const key = crypto.getRandomValues(new Uint8Array(AUDIT_KEY_BYTES));
  localStorage.setItem(AUDIT_KEY, toBase64(key));
  return key;
}

export function createWebDesktop(): DesktopApi {
  const download = async (suggestedName: string, data: Uint8Array) => {
    const copy = new Uint8Array(data.byteLength);
    copy.set(data);
    const url = URL.createObjectURL(new Blob([copy.buffer]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, fileName: suggestedName };
  };
  return {
    runtime: 'browser',
    saveFile: (suggestedName, data) => download(suggestedName, data),
    openFile(filters) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.addEventListener('cancel', () => resolve(null));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
            .catch(reject);
        });
        input.click();
      });
    },
    async printToPdf() {
      window.print();
      return { saved: false };
    },
    async openBackupsFolder() {
      return false;
    },
    async appVersion() {
      return __APP_VERSION__;
    },
    async setLanguage(language) {
      document.documentElement.lang = language;
    },
    onMenuCommand() {
      return () => undefined;
    },
    async writeBackup(reason, data) {
      const fileName = backupFileName(new Date(), reason);
      await download(fileName, data);
      return { saved: true, fileName, secondFolder: 'not-set' };
    },
    async listBackups() {
      return [];
    },
    async readBackup() {
      return null;
    },
    // The manifest lives in local storage, which the browser keeps apart from IndexedDB.
    async readManifest() {
      return localStorage.getItem(MANIFEST_KEY);
    },
    async writeManifest(text) {
      localStorage.setItem(MANIFEST_KEY, text);
    },
    async secondFolder() {
      return null;
    },
    async chooseSecondFolder() {
      return { outcome: 'cancelled', path: null };
    },
    async confirmNetworkFolder() {
      return { set: false, path: null };
    },
    async clearSecondFolder() {},
    async openExternal(url) {
      const allowed = allowedExternalUrl(url);
      if (!allowed) return false;
      // noopener: the opened site gets no handle back to the page holding the registry.
      window.open(allowed, '_blank', 'noopener,noreferrer');
      return true;
    },
    onSystemLock() {
      return () => undefined;
    },
    onBeforeQuit() {
      return () => undefined;
    },
    async quitReady() {},
    async auditKey() {
      return storedAuditKey();
    },
    async allowSyncServer(origin) {
      rememberSyncOrigin(origin);
    },
    protectSecret: protectInBrowser,
    unprotectSecret: unprotectInBrowser,
  };
}
