import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './errors';

describe('storage errors', () => {
  it('recognises a full disk as the browser reports it', () => {
    expect(classifyStorageError(new DOMException('quota', 'QuotaExceededError'))).toBe('quota');
  });

  it('recognises a full disk wrapped by Dexie', () => {
    const inner = new DOMException('quota', 'QuotaExceededError');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', inner))).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('quota'))).toBe('quota');
  });

  it('recognises a database that cannot be opened', () => {
    expect(classifyStorageError(new Dexie.OpenFailedError('blocked'))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('unavailable');
  });

  it('leaves anything else as other', () => {
    expect(classifyStorageError(new TypeError('x is undefined'))).toBe('other');
    expect(classifyStorageError('text')).toBe('other');
    expect(classifyStorageError(null)).toBe('other');
  });
});
