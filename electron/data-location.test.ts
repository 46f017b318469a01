import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resources } from '../shared/i18n/resources';
import {
  applyDataLocation,
  chooseDataLocation,
  PORTABLE_DATA_FOLDER,
  probeFolder,
  unwritableDataMessage,
  type PathSetter,
} from './data-location';

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'kelisim-portable-'));

describe('where the profile lives', () => {
  it('is Electron’s default (%APPDATA%\\Kelisim) for the installed build, which has no portable variable', () => {
    const probe = vi.fn(() => null);
    expect(chooseDataLocation({}, probe)).toEqual({ kind: 'default' });
    expect(chooseDataLocation({ PORTABLE_EXECUTABLE_DIR: '  ' }, probe)).toEqual({ kind: 'default' });
    // Nothing is created beside anything when the build is not portable.
    expect(probe).not.toHaveBeenCalled();
  });

  it('is a data folder beside the portable .exe, created on the first start', async () => {
    const exeDir = await tempDir();
    const location = chooseDataLocation({ PORTABLE_EXECUTABLE_DIR: exeDir });
    expect(location).toEqual({ kind: 'portable', folder: path.join(exeDir, PORTABLE_DATA_FOLDER) });
    expect(existsSync(path.join(exeDir, 'data'))).toBe(true);
    // The write check leaves nothing behind in the folder.
    expect(await readdir(path.join(exeDir, 'data'))).toEqual([]);
  });

  it('keeps the data already beside the .exe', async () => {
    const exeDir = await tempDir();
    chooseDataLocation({ PORTABLE_EXECUTABLE_DIR: exeDir });
    await writeFile(path.join(exeDir, 'data', 'manifest.json'), '{"records":3}');
    expect(chooseDataLocation({ PORTABLE_EXECUTABLE_DIR: exeDir })).toMatchObject({ kind: 'portable' });
    expect(await readdir(path.join(exeDir, 'data'))).toEqual(['manifest.json']);
  });

  it('is reported, not moved to %APPDATA%, when the folder beside the .exe cannot be written', async () => {
    const exeDir = 'E:\\Kelisim';
    const location = chooseDataLocation({ PORTABLE_EXECUTABLE_DIR: exeDir }, () => 'no-permission');
    expect(location).toEqual({
      kind: 'portable-unwritable',
      folder: path.resolve(exeDir, 'data'),
      problem: 'no-permission',
    });
  });

  it('cannot be a folder inside a file: the probe names the problem', async () => {
    const file = path.join(await tempDir(), 'Kelisim-Portable.exe');
    await writeFile(file, 'MZ');
    expect(probeFolder(path.join(file, 'data'))).toBe('folder-missing');
  });
});

describe('Electron’s paths', () => {
  const fakeApp = () => ({ setPath: vi.fn<PathSetter['setPath']>() });

  it('are pointed at the portable folder, the session’s storage (IndexedDB) included', () => {
    const app = fakeApp();
    applyDataLocation({ kind: 'portable', folder: 'E:\\Kelisim\\data' }, app);
    expect(app.setPath.mock.calls).toEqual([
      ['userData', 'E:\\Kelisim\\data'],
      ['sessionData', 'E:\\Kelisim\\data'],
    ]);
  });

  it('are left alone for the installed build and for a folder that cannot be written', () => {
    const app = fakeApp();
    applyDataLocation({ kind: 'default' }, app);
    applyDataLocation({ kind: 'portable-unwritable', folder: 'E:\\data', problem: 'no-permission' }, app);
    expect(app.setPath).not.toHaveBeenCalled();
  });
});

describe('the message when the portable folder cannot be written', () => {
  it('names the folder, says why in Russian and in Kazakh, and what to do', () => {
    const { title, body } = unwritableDataMessage('E:\\Kelisim\\data', 'no-permission');
    expect(title).toContain(resources.ru.portable.unwritableTitle);
    expect(title).toContain(resources.kk.portable.unwritableTitle);
    expect(body.match(/E:\\Kelisim\\data/g)).toHaveLength(2);
    expect(body).toContain(resources.ru.portable.reasons['no-permission']);
    expect(body).toContain(resources.kk.portable.reasons['no-permission']);
    expect(body).toContain('Скопируйте файл программы');
    expect(body).not.toMatch(/{{|}}/);
  });

  it('has a reason for each way a write can fail', () => {
    for (const problem of ['disk-full', 'folder-missing', 'no-permission', 'failed'] as const) {
      expect(unwritableDataMessage('D:\\data', problem).body).toContain(resources.ru.portable.reasons[problem]);
    }
  });
});
