import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';

/** True for an absolute POSIX or Windows path (a UI may run on another OS than the studio's tests). */
function looksAbsolute(path: string): boolean {
  return isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/**
 * Checks that `path` can be a session root and returns it normalised: absolute, a folder (created with
 * its parents when missing), and writable (a probe file is written and removed). INVALID_ARGUMENT for a
 * path that can never work, IO_ERROR when the disk refuses; nothing is left behind either way.
 */
export async function prepareSessionRoot(path: string): Promise<string> {
  const raw = typeof path === 'string' ? path.trim() : '';
  if (!raw || raw.includes('\0') || !looksAbsolute(raw)) {
    throw new TetherError(
      ErrorCode.InvalidArgument,
      `The session folder must be an absolute path (such as /Users/me/Pictures/Shoots), got '${String(path)}'`,
    );
  }
  const root = normalize(raw).replace(/(?<=.)[\\/]+$/, '');
  const existing = await stat(root).catch(() => null);
  if (existing && !existing.isDirectory())
    throw new TetherError(ErrorCode.InvalidArgument, `${root} is a file, not a folder`);
  try {
    await mkdir(root, { recursive: true });
  } catch (err) {
    throw ioError(`Cannot create the session folder ${root}`, err);
  }
  const probe = join(root, `.tether-write-probe-${randomUUID().slice(0, 8)}`);
  try {
    await writeFile(probe, 'tether studio write probe');
  } catch (err) {
    throw ioError(`Cannot write in ${root}`, err);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  return root;
}

function ioError(message: string, err: unknown): TetherError {
  const e = err as NodeJS.ErrnoException;
  return new TetherError(ErrorCode.IoError, `${message}: ${e?.code ?? e?.message ?? String(err)}`, {
    path: e?.path,
  });
}
