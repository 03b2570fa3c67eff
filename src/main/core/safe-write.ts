import { randomBytes } from 'node:crypto';
import { mkdir, open, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import { NameTakenError, renameNoOverwrite } from './file-commit';

/** `name`, `name-1`, `name-2`, … with the extension kept. */
export function numberedName(name: string, n: number): string {
  if (n === 0) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}

/**
 * Publishes a complete file under `dir/name` without ever overwriting: the next free `name-N` is used.
 * `partPath` must already hold the complete, fsynced bytes; it is gone afterwards.
 */
export async function publishPart(partPath: string, dir: string, name: string): Promise<string> {
  for (let n = 0; n < 10_000; n++) {
    const target = join(dir, numberedName(name, n));
    try {
      await renameNoOverwrite(partPath, target);
      return target;
    } catch (err) {
      if (!(err instanceof NameTakenError)) throw err;
    }
  }
  throw new TetherError(ErrorCode.IoError, `no free file name for ${name} in ${dir}`);
}

/** Writes bytes as `dir/name` (or `name-N`): `.part`, fsync, publish. A failure leaves no complete-looking file. */
export async function writeFileSafely(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const partPath = join(dir, `.${name}.${randomBytes(4).toString('hex')}.part`);
  const handle = await open(partPath, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    return await publishPart(partPath, dir, name);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(partPath).catch(() => undefined);
    throw err;
  }
}
