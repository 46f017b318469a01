import { createElectronDesktop } from './electron-desktop';
import { selectDesktop } from './select-desktop';
import { createWebDesktop } from './web-desktop';

export const desktop = selectDesktop(window as { kelisimDesktop?: unknown }, {
  electron: createElectronDesktop,
  web: createWebDesktop,
});
