import {
  ipcContract,
  ipcMethods,
  validateIpcRequest,
  type IpcMethod,
  type IpcRequest,
  type IpcResponse,
} from '../shared/ipc/contract';

/** The part of ipcMain this module needs, so tests can hand it a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown,
  ): void;
}

export type IpcHandlers = { [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResponse<M>> };

export class IpcRefusedError extends Error {
  constructor(reason: string) {
    super(`IPC refused: ${reason}`);
    this.name = 'IpcRefusedError';
  }
}

/**
 * Registers one handler per contract entry and nothing else. Each call is checked for its sender
 * (only our own page) and its payload (the contract's schema) before the handler runs, and the
 * handler's answer is checked too, so a bug in main cannot send the page something unexpected.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const method of ipcMethods) {
    const { channel } = ipcContract[method];
    ipcMain.handle(channel, async (event, payload) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSender(senderUrl)) throw new IpcRefusedError('untrusted sender');
      const validation = validateIpcRequest(channel, payload);
      if (!validation.ok) throw new IpcRefusedError(`${validation.reason} ${validation.detail}`);
      const handler = handlers[method] as (request: unknown) => Promise<unknown>;
      const response = await handler(validation.request);
      return ipcContract[method].response.parse(response);
    });
  }
}
