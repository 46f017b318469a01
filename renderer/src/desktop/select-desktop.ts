import type { DesktopApi } from '@shared/desktop/api';
import type { DesktopBridge } from '@shared/ipc/contract';

export interface DesktopFactories {
  electron: (bridge: DesktopBridge) => DesktopApi;
  web: () => DesktopApi;
}

function isBridge(value: unknown): value is DesktopBridge {
  return typeof value === 'object' && value !== null && typeof (value as { appInfo?: unknown }).appInfo === 'function';
}

/** The preload's bridge when the page runs in Kelisim's window, the browser implementation otherwise. */
export function selectDesktop(host: { kelisimDesktop?: unknown }, factories: DesktopFactories): DesktopApi {
  return isBridge(host.kelisimDesktop) ? factories.electron(host.kelisimDesktop) : factories.web();
}
