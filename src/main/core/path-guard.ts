import { realpath } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';

/** True when `path` is `root` or inside it, compared lexically after resolving `.`/`..`. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * True for a path that is absolute on `platform`: `/x` on POSIX; a drive path (`C:\x`) or a UNC share
 * (`\\host\share\x`) on Windows. `C:\Shoots` on Linux or `\Shoots` on Windows are not: they would be created
 * relative to the working directory (or the current drive).
 */
export function isPlatformAbsolute(path: string, platform: NodeJS.Platform = process.platform): boolean {
  if (typeof path !== 'string' || path.length === 0 || path.includes('\0')) return false;
  if (platform === 'win32')
    return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/?.]+[\\/][^\\/]+/.test(path);
  return posix.isAbsolute(path);
}

/** Throws INVALID_ARGUMENT naming `what` unless `path` is absolute for this platform. */
export function requirePlatformAbsolute(path: unknown, what: string): string {
  if (typeof path !== 'string' || !isPlatformAbsolute(path.trim())) {
    const example = process.platform === 'win32' ? 'C:\\Users\\me\\Pictures' : '/home/me/Pictures';
    throw new TetherError(
      ErrorCode.InvalidArgument,
      `${what} must be an absolute path on this computer (such as ${example}), got '${String(path)}'`,
    );
  }
  return path.trim();
}

/**
 * Resolves `path` through symbolic links and checks it stays inside `root` (also resolved). Answers the real
 * path; FORBIDDEN when it escapes (a planted record or a symlink pointing out), NOT_FOUND when it is missing.
 */
export async function confinedRealPath(root: string, path: string): Promise<string> {
  if (!isInside(root, path))
    throw new TetherError(ErrorCode.Forbidden, `${path} is outside its folder ${root}`);
  let real: string;
  let realRoot: string;
  try {
    [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new TetherError(ErrorCode.NotFound, `${path} is no longer on disk`);
    throw err;
  }
  if (!isInside(realRoot, real))
    throw new TetherError(ErrorCode.Forbidden, `${path} leads outside its folder ${root}`);
  return real;
}
