import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Thrown by {@link renameNoOverwrite} when the final name is already taken. */
export class NameTakenError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'NameTakenError';
  }
}

/** Flushes a file's data to disk. */
export async function fsyncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Flushes a directory entry change (rename) where the OS allows it (not on Windows). */
export async function fsyncDir(path: string): Promise<void> {
  try {
    const fh = await open(path, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Directories cannot be opened or synced on every platform; the rename itself is still atomic.
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK', 'EACCES']);

/**
 * Moves `from` to `to` without ever replacing an existing `to`: a hard link fails atomically when the name
 * is taken (then `from` is unlinked); on file systems without hard links (FAT, exFAT) it checks, then
 * renames. Throws {@link NameTakenError} when `to` exists.
 */
export async function renameNoOverwrite(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new NameTakenError(to);
    if (!NO_LINK.has(code)) throw err;
    if (await exists(to)) throw new NameTakenError(to);
    await rename(from, to);
    await fsyncDir(dirname(to));
    return;
  }
  await unlink(from);
  await fsyncDir(dirname(to));
}

/** SHA-256 of a file, hex. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Size of a file, or 0 when it does not exist. */
export async function sizeOrZero(path: string): Promise<number> {
  try {
    return (await lstat(path)).size;
  } catch {
    return 0;
  }
}
