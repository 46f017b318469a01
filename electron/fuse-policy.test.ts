import fuses from '@electron/fuses';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builderFuses, FUSE_OPTION_NAMES, FUSE_POLICY, fuseDifferences } from '../scripts/fuse-policy.mjs';

const builderYaml = readFileSync('electron-builder.yml', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  build?: unknown;
};

describe('the fuses of the Windows build', () => {
  it('are the ones pack-check verifies: electron-builder.yml holds exactly the policy', () => {
    expect(fuseDifferences(builderFuses(builderYaml))).toEqual([]);
  });

  it('come from electron-builder.yml alone when npm run dist:win packages', () => {
    const distWin = packageJson.scripts['dist:win'] ?? '';
    expect(distWin).toMatch(/electron-builder --win/);
    // No other configuration file, no -c.electronFuses.… override, no "build" section in package.json.
    expect(distWin).not.toMatch(/(^|\s)(-c|--config)[\s.=]/);
    expect(packageJson.build).toBeUndefined();
  });

  it('name real Electron fuses', () => {
    for (const name of Object.keys(FUSE_POLICY))
      expect(fuses.FuseV1Options, name).toHaveProperty(FUSE_OPTION_NAMES[name as keyof typeof FUSE_OPTION_NAMES]);
  });

  it('would notice a fuse turned on, left out or added in electron-builder.yml', () => {
    expect(fuseDifferences(builderFuses(builderYaml.replace('runAsNode: false', 'runAsNode: true')))).toEqual([
      'fuse runAsNode: electron-builder.yml says true, the policy false',
    ]);
    expect(fuseDifferences(builderFuses(builderYaml.replace(/\n {2}onlyLoadAppFromAsar: true/, '')))).toHaveLength(1);
    expect(
      fuseDifferences(
        builderFuses(
          builderYaml.replace('electronFuses:\n', 'electronFuses:\n  loadBrowserProcessSpecificV8Snapshot: true\n'),
        ),
      ),
    ).toHaveLength(1);
    expect(() => builderFuses(builderYaml.replace('runAsNode: false', 'runAsNode: no'))).toThrow();
    expect(() => builderFuses('win:\n  target: nsis\n')).toThrow();
  });
});
