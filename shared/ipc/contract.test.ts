import { describe, expect, it } from 'vitest';
import { IPC_PREFIX, ipcContract, ipcMethods, validateIpcRequest } from './contract';

describe('IPC contract', () => {
  it('gives every channel the application prefix and a unique name', () => {
    const channels = ipcMethods.map((method) => ipcContract[method].channel);
    expect(channels.every((channel) => channel.startsWith(IPC_PREFIX))).toBe(true);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('rejects a channel that is not in the contract', () => {
    expect(validateIpcRequest('kelisim:shell:exec', { command: 'calc.exe' })).toMatchObject({
      ok: false,
      reason: 'unknown-channel',
    });
    expect(validateIpcRequest('file:save', {})).toMatchObject({ ok: false, reason: 'unknown-channel' });
  });

  it('rejects a malformed payload on a known channel', () => {
    expect(validateIpcRequest(ipcContract.setLanguage.channel, { language: 'en' })).toMatchObject({
      ok: false,
      reason: 'invalid-payload',
    });
    expect(
      validateIpcRequest(ipcContract.saveFile.channel, {
        suggestedName: 'report.xlsx',
        data: 'not bytes',
        filters: [],
      }),
    ).toMatchObject({ ok: false, reason: 'invalid-payload', detail: 'data' });
  });

  it('refuses a path where a file name is expected', () => {
    const request = { suggestedName: '..\\..\\Windows\\evil.exe', data: new Uint8Array(1), filters: [] };
    expect(validateIpcRequest(ipcContract.saveFile.channel, request)).toMatchObject({
      ok: false,
      reason: 'invalid-payload',
    });
  });

  it('refuses extra fields on requests that take none', () => {
    expect(validateIpcRequest(ipcContract.appInfo.channel, { path: 'C:\\' })).toMatchObject({ ok: false });
  });

  it('accepts a well-formed request and returns it parsed', () => {
    const request = {
      suggestedName: 'Члены объединений.xlsx',
      data: new Uint8Array([1, 2, 3]),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    };
    const result = validateIpcRequest(ipcContract.saveFile.channel, request);
    expect(result).toEqual({ ok: true, method: 'saveFile', request });
  });
});
