import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppAsset } from './app-protocol';

const root = path.resolve('/opt/kelisim/resources/app.asar/dist');

describe('app protocol', () => {
  it('serves files under the built renderer folder', () => {
    expect(resolveAppAsset(root, 'app://kelisim/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://kelisim/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://kelisim/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('keeps dot segments that the URL parser folds inside the folder', () => {
    expect(resolveAppAsset(root, 'app://kelisim/../../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppAsset(root, 'app://kelisim/%2e%2e/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('refuses encoded paths that would climb out of the folder, and broken encodings', () => {
    expect(resolveAppAsset(root, 'app://kelisim/assets/..%2f..%2f..%2fsecret')).toBeNull();
    expect(resolveAppAsset(root, 'app://kelisim/a%00.js')).toBeNull();
    expect(resolveAppAsset(root, 'app://kelisim/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toBeNull();
  });

  it('names the content type of what it serves', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('x.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
