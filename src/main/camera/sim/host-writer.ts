import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { VirtualFile } from './virtual-file';

/**
 * How the simulated body writes a shot into the host's save-info folder, the way a careful camera does:
 * `name.part`, every byte written even when the OS takes a write only in part, fsync, the size checked
 * against what it meant to write, rename, fsync of the folder. Any failure removes the `.part` and
 * throws an IO_ERROR carrying the SDK's file error (storage full / cannot write), so nothing incomplete
 * ever sits under a final name.
 */

/** CrError_File_StorageFull: the host volume is full. */
export const CR_FILE_STORAGE_FULL = 0x8109;
/** CrError_File_CantWrite: any other failed write. */
export const CR_FILE_CANT_WRITE = 0x8111;

/** Injected write conditions (fault injection); the defaults are a healthy disk. */
export interface HostWriteConditions {
  /** The most bytes one write() call accepts, so writes complete only in part (Infinity = no cap). */
  maxBytesPerWrite: number;
  /** Bytes the volume still takes (decremented as written; at 0 a write fails with ENOSPC); null = plenty. */
  spaceLeft: number | null;
}

/** A healthy disk. */
export function healthyDisk(): HostWriteConditions {
  return { maxBytesPerWrite: Infinity, spaceLeft: null };
}

const CHUNK = 8 * 1024 * 1024;

function enospc(path: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, write '${path}'`);
  err.code = 'ENOSPC';
  err.errno = -28;
  err.syscall = 'write';
  return err;
}

/** The error a failed host write is reported with: IO_ERROR, the SDK's file error, the path and the reason. */
export function hostWriteError(path: string, err: unknown): TetherError {
  const e = err as NodeJS.ErrnoException;
  const full = e?.code === 'ENOSPC' || e?.code === 'EDQUOT';
  return new TetherError(
    ErrorCode.IoError,
    full
      ? `cannot save ${path}: the disk is full (${e.code})`
      : `cannot save ${path}: ${e?.message ?? String(err)}`,
    { path, reason: e?.code ?? 'EIO', sdkCode: full ? CR_FILE_STORAGE_FULL : CR_FILE_CANT_WRITE },
  );
}

/**
 * Writes `file` to `finalPath` via `finalPath.part` and renames it only once every byte is on disk.
 * Resolves with the size; rejects with {@link hostWriteError}'s IO_ERROR (the `.part` is gone then).
 */
export async function writeHostFile(
  file: VirtualFile,
  finalPath: string,
  conditions: HostWriteConditions = healthyDisk(),
): Promise<number> {
  const partPath = `${finalPath}.part`;
  try {
    const fh = await open(partPath, 'w');
    try {
      let written = 0;
      for (let pos = 0; pos < file.size; pos += CHUNK) {
        for (const view of file.read(pos, CHUNK)) {
          // write() may take fewer bytes than offered (a nearly full disk, a signal): loop until all are in.
          for (let off = 0; off < view.length;) {
            const room = conditions.spaceLeft ?? Infinity;
            const want = Math.min(view.length - off, conditions.maxBytesPerWrite, room);
            if (want <= 0) throw enospc(partPath);
            const { bytesWritten } = await fh.write(view, off, want);
            if (bytesWritten <= 0) throw enospc(partPath);
            if (conditions.spaceLeft !== null) conditions.spaceLeft -= bytesWritten;
            off += bytesWritten;
            written += bytesWritten;
          }
        }
      }
      await fh.sync();
      const { size } = await fh.stat();
      if (written !== file.size || size !== file.size) throw new Error(`wrote ${size} of ${file.size} bytes`);
    } finally {
      await fh.close();
    }
    await rename(partPath, finalPath);
  } catch (err) {
    await rm(partPath, { force: true }).catch(() => undefined);
    throw hostWriteError(finalPath, err);
  }
  await syncFolder(dirname(finalPath));
  return file.size;
}

/** fsync of a folder so the rename survives a power cut; not every platform can open folders for it. */
async function syncFolder(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh
    .sync()
    .catch(() => undefined)
    .finally(() => fh.close());
}
