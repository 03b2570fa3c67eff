import { ErrorCode, TetherError } from '../../shared/errors';

/** Plain words for the OS errors a photographer can act on. */
const REASONS: Record<string, string> = {
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something already exists there',
  ENOENT: 'it does not exist',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many open files',
  EBUSY: 'the file or folder is busy',
  ENODEV: 'the device is gone',
  ENXIO: 'the device is gone',
  ETIMEDOUT: 'the disk did not answer in time',
};

/** OS error codes that mean "this path cannot be used as asked" (the caller can fix it), not a broken disk. */
export const PATH_ERRNOS: ReadonlySet<string> = new Set([
  'EROFS',
  'EACCES',
  'EPERM',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'ENOENT',
  'ENAMETOOLONG',
  'ELOOP',
]);

/** OS error codes that mean the disk is out of space. */
export const FULL_ERRNOS: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);

/** The errno of a Node file-system error, if it has one. */
export function errnoOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A readable reason for an OS error (`the disk is read-only (EROFS)`). */
export function reasonOf(err: unknown): string {
  const errno = errnoOf(err);
  if (errno) return `${REASONS[errno] ?? 'the system refused'} (${errno})`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Maps an OS error to IO_ERROR naming the path and the reason (`Cannot create /x: the disk is read-only
 * (EROFS)`), with `{path, errno, reason}` as details; a TetherError passes through unchanged.
 */
export function ioError(err: unknown, path: string, action: string): TetherError {
  if (err instanceof TetherError) return err;
  const errno = errnoOf(err);
  const reason = errno ? (REASONS[errno] ?? 'the system refused') : reasonOf(err);
  return new TetherError(ErrorCode.IoError, `${action} ${path}: ${reasonOf(err)}`, {
    path,
    ...(errno ? { errno } : {}),
    reason,
  });
}
