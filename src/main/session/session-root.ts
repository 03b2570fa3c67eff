import { stat } from 'node:fs/promises';
import { normalize } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import { makeDir, probeWritable, withDeadline, FS_DEADLINE_MS } from '../core/bounded-fs';
import { ioError } from '../core/fs-errors';
import { requirePlatformAbsolute } from '../core/path-guard';

/**
 * Checks that `path` can be a session root and returns it normalised: absolute on this platform (a Windows
 * path on Linux or a relative one would land under the working directory), a folder (created with its
 * parents when missing), and writable (a probe file is written and removed). INVALID_ARGUMENT for a path
 * that can never work, IO_ERROR with the path and the reason when the disk refuses; every file-system wait
 * is bounded; nothing is left behind either way.
 */
export async function prepareSessionRoot(path: string): Promise<string> {
  const raw = requirePlatformAbsolute(path, 'The session folder');
  const root = normalize(raw).replace(/(?<=.)[\\/]+$/, '');
  const existing = await withDeadline(
    stat(root).catch(() => null),
    FS_DEADLINE_MS,
    () => ioError(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }), root, 'Cannot reach'),
  );
  if (existing && !existing.isDirectory())
    throw new TetherError(ErrorCode.InvalidArgument, `${root} is a file, not a folder`, { path: root });
  await makeDir(root, { what: 'the session folder' });
  await probeWritable(root);
  return root;
}
