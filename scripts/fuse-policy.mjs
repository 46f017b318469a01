// @ts-check
// The Electron fuses Kelisim's executable must carry, in electron-builder's names. One source for
// both sides: electron-builder.yml (which `npm run dist:win` packages with) must say exactly this,
// and pack-check reads these values back from the executable it packages.

/** @type {Readonly<Record<string, boolean>>} */
export const FUSE_POLICY = Object.freeze({
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
});

/** electron-builder's option name → the fuse's name in @electron/fuses (FuseV1Options). */
export const FUSE_OPTION_NAMES = Object.freeze({
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
});

/**
 * The `electronFuses:` block of electron-builder.yml, which holds one `name: true|false` line per
 * fuse. Anything else inside the block (a nested value, a duplicate) is an error rather than a guess.
 * @param {string} yaml
 * @returns {Record<string, boolean>}
 */
export function builderFuses(yaml) {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*(#.*)?$/.test(line));
  if (start < 0) throw new Error('electron-builder.yml has no electronFuses block');
  /** @type {Record<string, boolean>} */
  const fuses = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break;
    const match = /^ {2}([A-Za-z][A-Za-z0-9]*):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!match?.[1] || !match[2]) throw new Error(`electronFuses: cannot read "${line.trim()}"`);
    if (match[1] in fuses) throw new Error(`electronFuses: ${match[1]} is set twice`);
    fuses[match[1]] = match[2] === 'true';
  }
  return fuses;
}

/**
 * How a fuse configuration differs from the policy, one line per fuse; empty when they agree.
 * @param {Record<string, boolean>} configured
 * @returns {string[]}
 */
export function fuseDifferences(configured) {
  const names = new Set([...Object.keys(FUSE_POLICY), ...Object.keys(configured)]);
  return [...names].flatMap((name) =>
    configured[name] === FUSE_POLICY[name]
      ? []
      : [`fuse ${name}: electron-builder.yml says ${configured[name]}, the policy ${FUSE_POLICY[name]}`],
  );
}
