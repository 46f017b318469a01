import path from 'node:path';

export type FolderKind = 'local' | 'network' | 'refused';

/**
 * What kind of place a folder path names, before main touches it. A network path (\\host\share,
 * //host/share, \\?\UNC\host\share) makes Windows connect to that host and offer it the account's
 * NTLM credentials, so main writes there only after an administrator has confirmed that very path.
 * Device and namespace paths (\\.\pipe\…, \\?\GLOBALROOT\…), relative paths and paths with `..` are
 * never a backup folder. A drive letter mapped to a share counts as local: only Windows knows it is
 * not, and someone mapped it on purpose.
 */
export function classifyFolder(folder: string, platform: NodeJS.Platform = process.platform): FolderKind {
  if (folder.length === 0 || folder.length > 1000 || [...folder].some((char) => char.charCodeAt(0) < 32))
    return 'refused';
  if (/^[\\/]{2}[?.][\\/]unc[\\/][^\\/]+[\\/][^\\/]+/i.test(folder)) return 'network';
  if (/^[\\/]{2}[?.][\\/]/.test(folder)) return 'refused';
  if (/^[\\/]{2}[^\\/]/.test(folder)) return /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(folder) ? 'network' : 'refused';
  if (folder.split(/[\\/]/).includes('..')) return 'refused';
  if (platform === 'win32') return /^[a-z]:[\\/]/i.test(folder) ? 'local' : 'refused';
  return path.posix.isAbsolute(folder) ? 'local' : 'refused';
}
