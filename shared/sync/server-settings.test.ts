import { describe, expect, it } from 'vitest';
import {
  classifyWelcome,
  isAllowedServerAddress,
  isThisComputer,
  officeDatabaseName,
  serverSettingsSchema,
} from './server-settings';

describe('office server settings', () => {
  it('names the office database from its КАТО code', () => {
    expect(officeDatabaseName('311000000')).toBe('kelisim_311000000');
  });

  it('accepts plain http only to this PC and only when confirmed, https always', () => {
    expect(isAllowedServerAddress('https://192.168.1.20:6984', false)).toBe(true);
    expect(isAllowedServerAddress('http://127.0.0.1:5984', true)).toBe(true);
    expect(isAllowedServerAddress('http://127.0.0.1:5984', false)).toBe(false);
    // Chromium blocks the page's plain http to another machine, office network or not.
    expect(isAllowedServerAddress('http://192.168.1.20:5984', true)).toBe(false);
    expect(isAllowedServerAddress('HTTP://couch.akimat.kz', true)).toBe(false);
  });

  it('keeps the address without a trailing slash and refuses what is not http(s)', () => {
    expect(serverSettingsSchema.parse({ url: 'https://couch.kz/', database: 'kelisim_1', username: 'a' }).url).toBe(
      'https://couch.kz',
    );
    expect(
      serverSettingsSchema.safeParse({ url: 'ftp://couch.kz', database: 'kelisim_1', username: 'a' }).success,
    ).toBe(false);
    expect(
      serverSettingsSchema.safeParse({ url: 'https://couch.kz', database: 'Kelisim', username: 'a' }).success,
    ).toBe(false);
  });

  it('knows CouchDB 3 and later, refuses 2.x and what is not CouchDB', () => {
    expect(classifyWelcome({ couchdb: 'Welcome', version: '3.4.2' })).toEqual({
      server: 'Apache CouchDB',
      version: '3.4.2',
    });
    expect(classifyWelcome({ couchdb: 'Welcome', version: '2.3.1' })).toBe('unsupported-version');
    expect(classifyWelcome({ 'express-pouchdb': 'Welcome!', version: '4.2.0' })).toEqual({
      server: 'PouchDB Server',
      version: '4.2.0',
    });
    expect(classifyWelcome('<html>')).toBe('not-couchdb');
  });
});

describe('plain http', () => {
  it('can reach only a server on this PC: the page is a secure context, Chromium blocks http to other machines', () => {
    expect(isThisComputer('http://127.0.0.1:5984')).toBe(true);
    expect(isThisComputer('http://localhost:5984/')).toBe(true);
    expect(isThisComputer('http://[::1]:5984')).toBe(true);
    expect(isThisComputer('http://192.168.1.10:5984')).toBe(false);
    expect(isThisComputer('http://127.0.0.1.evil.example:5984')).toBe(false);
  });
});
