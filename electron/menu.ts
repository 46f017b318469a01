import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import type { Language } from '../shared/i18n/languages';
import { resources } from '../shared/i18n/resources';

export interface MenuActions {
  command: (command: MenuCommand) => void;
  quit: () => void;
}

/** The native menu in the interface language; rebuilt whenever the user switches language. */
export function buildMenuTemplate(
  language: Language,
  actions: MenuActions,
  isMac = false,
): MenuItemConstructorOptions[] {
  const labels = resources[language].menu;
  const send = (command: MenuCommand) => () => actions.command(command);
  return [
    {
      label: labels.file,
      submenu: [
        { label: labels.search, accelerator: 'CmdOrCtrl+K', click: send('search') },
        { label: labels.printPdf, accelerator: 'CmdOrCtrl+P', click: send('print-pdf') },
        { label: labels.openBackups, click: send('open-backups') },
        { label: labels.lock, accelerator: 'CmdOrCtrl+L', click: send('lock') },
        { type: 'separator' },
        { label: labels.settings, accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { type: 'separator' },
        { label: labels.quit, accelerator: isMac ? 'Cmd+Q' : 'Alt+F4', click: actions.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { label: labels.undo, role: 'undo' },
        { label: labels.redo, role: 'redo' },
        { type: 'separator' },
        { label: labels.cut, role: 'cut' },
        { label: labels.copy, role: 'copy' },
        { label: labels.paste, role: 'paste' },
        { label: labels.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { label: labels.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: labels.zoomOut, role: 'zoomOut' },
        { label: labels.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: labels.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: labels.window,
      submenu: [{ label: labels.minimize, role: 'minimize' }],
    },
    {
      label: labels.help,
      submenu: [{ label: labels.about, click: send('about') }],
    },
  ];
}
