import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLanguage, type Language } from '../shared/i18n/languages';
import { allowedExternalUrl } from '../shared/security/external-link';
import { ipcEvents, MAX_IPC_FILE_BYTES, type MenuCommand } from '../shared/ipc/contract';
import { mimeTypeOf, resolveAppAsset } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { auditKeyFile } from './audit-key';
import { fileLedger } from './backup-ledger';
import { backupSettingsFile } from './backup-settings';
import { listBackups, readBackup, storeBackup, writeProblemOf } from './backup-store';
import { applyDataLocation, chooseDataLocation, unwritableDataMessage } from './data-location';
import { createExitFlow } from './exit-flow';
import { registerIpcHandlers } from './ipc-router';
import { buildMenuTemplate } from './menu';
import { readFileWithin } from './read-limited';
import { createSecondFolder } from './second-folder';
import { APP_ORIGIN, APP_SCHEME, cspHeader, isAllowedRequest, isAppUrl, isPermissionAllowed } from './security';
import { protectWith, syncServerFile, unprotectWith } from './sync-server';
import { parseWindowState, placeWindow, MIN_SIZE, type WindowState } from './window-state';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

// Before anything below reads userData (the files kept there, the single-instance lock, the
// session's storage): the portable build keeps all of it beside its .exe.
const dataLocation = chooseDataLocation(process.env);
applyDataLocation(dataLocation, app);

let mainWindow: BrowserWindow | null = null;
let language: Language = 'ru';

const userFile = (name: string) => path.join(app.getPath('userData'), name);
const rendererDir = () => path.join(app.getAppPath(), 'dist');
const backupsDir = () => path.join(app.getPath('userData'), 'backups');

const backupSettings = backupSettingsFile(userFile('backup-settings.json'));
const backupLedger = fileLedger(userFile('backups-written.json'));
const auditKey = auditKeyFile(userFile('audit-key.bin'), safeStorage);
const syncServer = syncServerFile(userFile('sync-server.json'));
const secondFolder = createSecondFolder({
  settings: backupSettings,
  async pickFolder() {
    const owner = mainWindow ?? undefined;
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
});

/** One backup at a time: an automatic one and a manual one must not prune each other's folder at once. */
let backupQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = backupQueue.then(task, task);
  backupQueue = run.catch(() => undefined);
  return run;
}

function readPreferences(): void {
  try {
    const stored: unknown = JSON.parse(readFileSync(userFile('preferences.json'), 'utf8'));
    const candidate = (stored as { language?: unknown } | null)?.language;
    if (isLanguage(candidate)) language = candidate;
  } catch {
    // First start or an unreadable file: Russian until the page says otherwise.
  }
}

const exitFlow = createExitFlow({
  requestExitBackup() {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    const contents = mainWindow.webContents;
    // A crashed page would never answer; asking it would only make the user wait for the timeout.
    if (contents.isDestroyed() || contents.isCrashed()) return false;
    contents.send(ipcEvents.beforeQuit.channel, ipcEvents.beforeQuit.payload.parse({}));
    return true;
  },
  // Deferred so the page gets its quitReady answer, and so app.quit() does not run inside the very
  // close or before-quit listener that is holding the exit back.
  quit: () => setImmediate(() => app.quit()),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
});

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(ipcEvents.menuCommand.channel, ipcEvents.menuCommand.payload.parse({ command }));
}

function applyMenu(): void {
  const template = buildMenuTemplate(
    language,
    { command: sendMenuCommand, quit: () => app.quit() },
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isPermissionAllowed(permission, contents.getURL())),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, syncServer.origin()) }),
  );
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir(), request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': cspHeader(syncServer.origin()) },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

async function saveWindowState(window: BrowserWindow): Promise<void> {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  await writeFile(userFile('window-state.json'), JSON.stringify(state)).catch(() => undefined);
}

function readSavedWindowState(): WindowState | null {
  try {
    return parseWindowState(readFileSync(userFile('window-state.json'), 'utf8'));
  } catch {
    return null;
  }
}

function createWindow(): void {
  const placement = placeWindow(
    readSavedWindowState(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Kelisim',
    backgroundColor: '#f8f9fa',
    icon: path.join(app.getAppPath(), 'dist', 'icon.png'),
    // Written out here rather than built by a helper so that electronegativity (run by npm test)
    // sees every option where the window is made: no Node in the page, its own isolated world,
    // the Chromium sandbox, and the preload as the only bridge.
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click would open a link in a new window; the page has no use for it.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  mainWindow = window;
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    void saveWindowState(window);
    exitFlow.onWindowClose(event);
  });
  window.on('closed', () => {
    mainWindow = null;
    // Normally the exit's own last step; if the window went any other way, nobody is left to answer.
    exitFlow.onRendererGone();
  });
  window.webContents.on('render-process-gone', () => exitFlow.onRendererGone());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

function registerHandlers(): void {
  registerIpcHandlers(
    ipcMain,
    {
      async saveFile({ suggestedName, data, filters }) {
        const owner = mainWindow ?? undefined;
        const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
        const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return { saved: false };
        await writeFile(result.filePath, data);
        return { saved: true, fileName: path.basename(result.filePath) };
      },
      async openFile({ filters }) {
        const owner = mainWindow ?? undefined;
        const options = { properties: ['openFile' as const], filters };
        const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        const filePath = result.filePaths[0];
        if (result.canceled || !filePath) return null;
        const data = await readFileWithin(filePath, MAX_IPC_FILE_BYTES);
        if (data === 'too-large') return null;
        return { name: path.basename(filePath), data };
      },
      async printToPdf({ suggestedName, landscape }) {
        if (!mainWindow) return { saved: false };
        const pdf = await mainWindow.webContents.printToPDF({ landscape, pageSize: 'A4', printBackground: true });
        const result = await dialog.showSaveDialog(mainWindow, {
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (result.canceled || !result.filePath) return { saved: false };
        await writeFile(result.filePath, pdf);
        // The export's audit entry carries the hash of exactly the bytes written, as for a workbook.
        const sha256 = createHash('sha256').update(pdf).digest('hex');
        return { saved: true, fileName: path.basename(result.filePath), sha256 };
      },
      async openBackupsFolder() {
        await mkdir(backupsDir(), { recursive: true });
        const error = await shell.openPath(backupsDir());
        return { opened: error === '' };
      },
      async appInfo() {
        return { version: app.getVersion(), runtime: 'desktop' as const, platform: process.platform };
      },
      async setLanguage({ language: next }) {
        language = next;
        applyMenu();
        await writeFile(userFile('preferences.json'), JSON.stringify({ language })).catch(() => undefined);
        return { applied: true };
      },
      writeBackup: ({ reason, data }) =>
        oneAtATime(async () => {
          try {
            const { installationId } = await backupSettings.load();
            const store = { folder: backupsDir(), installationId, ledger: backupLedger };
            const second = (await secondFolder.current())?.path ?? null;
            const result = await storeBackup(store, reason, data, new Date(), second);
            return { saved: true as const, ...result };
          } catch (error) {
            console.error('backup', error);
            return { saved: false as const, problem: writeProblemOf(error) };
          }
        }),
      async listBackups() {
        return listBackups(backupsDir());
      },
      async readBackup({ name }) {
        const data = await readBackup(backupsDir(), name);
        return data ? { data } : null;
      },
      async readManifest() {
        try {
          return { text: await readFile(userFile('manifest.json'), 'utf8') };
        } catch {
          return { text: null };
        }
      },
      async writeManifest({ text }) {
        await writeFileAtomic(userFile('manifest.json'), text);
        return { saved: true };
      },
      async secondFolder() {
        return { folder: await secondFolder.current() };
      },
      chooseSecondFolder: () => secondFolder.choose(),
      confirmNetworkFolder: ({ confirmed }) => secondFolder.confirmNetwork(confirmed),
      async clearSecondFolder() {
        await secondFolder.clear();
        return { cleared: true };
      },
      async openExternal({ url }) {
        // Checked again here: the page is not trusted to have applied the policy.
        const allowed = allowedExternalUrl(url);
        if (!allowed) return { opened: false };
        await shell.openExternal(allowed);
        return { opened: true };
      },
      async quitReady() {
        return { quitting: exitFlow.onBackupMade() };
      },
      async auditKey() {
        return { key: await auditKey.load() };
      },
      async setSyncServer({ origin }) {
        await syncServer.set(origin);
        return { applied: true };
      },
      async protectSecret({ text }) {
        return { sealed: protectWith(safeStorage, text) };
      },
      async unprotectSecret({ sealed }) {
        return { text: unprotectWith(safeStorage, sealed) };
      },
    },
    isAppUrl,
  );
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

if (dataLocation.kind === 'portable-unwritable') {
  const message = unwritableDataMessage(dataLocation.folder, dataLocation.problem);
  dialog.showErrorBox(message.title, message.body);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => exitFlow.onBeforeQuit(event));
  void app.whenReady().then(() => {
    readPreferences();
    hardenSession();
    serveApp();
    registerHandlers();
    applyMenu();
    createWindow();
    // Windows locking the screen or going to sleep locks Kelisim too.
    powerMonitor.on('lock-screen', () =>
      mainWindow?.webContents.send(ipcEvents.systemLock.channel, { reason: 'lock-screen' }),
    );
    powerMonitor.on('suspend', () => mainWindow?.webContents.send(ipcEvents.systemLock.channel, { reason: 'suspend' }));
  });
}
