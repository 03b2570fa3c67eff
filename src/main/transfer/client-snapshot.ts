import { randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sanitizeFileName } from '../core/sanitize-name';
import { fsyncFile } from '../core/file-commit';

/**
 * Captures a shot the camera wrote into an Alpha API client's folder before the client is told about it
 * (and may move or delete it): a hard link into `dir` (instant, no extra bytes, the client's file is not
 * modified), or a copy through `.part` → fsync → rename where links are not possible (another volume,
 * FAT/exFAT). The snapshot lives in the staging area, so the usual import moves it into the session and
 * deletes it. Resolves with the snapshot's path.
 */
export async function snapshotClientFile(source: string, dir: string, filename: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${randomUUID().slice(0, 8)}-${sanitizeFileName(filename)}`);
  try {
    await link(source, target);
    return target;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
  }
  const part = `${target}.part`;
  try {
    await copyFile(source, part);
    await fsyncFile(part);
    await rename(part, target);
  } catch (err) {
    await unlink(part).catch(() => undefined);
    throw err;
  }
  return target;
}
