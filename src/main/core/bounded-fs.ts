import { randomUUID } from 'node:crypto';
import { mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import { ioError } from './fs-errors';
import { isInside } from './path-guard';

/** How long one file-system wait on a user-supplied path may take before the caller gets an answer. */
export const FS_DEADLINE_MS = 10_000;

/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms`. The work itself cannot be cancelled (it
 * runs on the thread pool); only the wait for it is bounded, so a request always gets its answer.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Kernel pseudo file systems: no place for files, and Node's recursive mkdir spins forever inside /proc. */
const SYSTEM_FOLDERS = process.platform === 'linux' ? ['/proc', '/sys', '/dev'] : [];

function timeoutError(path: string, action: string, ms: number): TetherError {
  return new TetherError(
    ErrorCode.IoError,
    `${action} ${path}: the disk did not answer within ${Math.round(ms / 1000)} s (ETIMEDOUT)`,
    { path, errno: 'ETIMEDOUT', reason: 'the disk did not answer in time' },
  );
}

function systemFolder(path: string, system: string): TetherError {
  return new TetherError(
    ErrorCode.InvalidArgument,
    `${path} is not a folder for files: it is inside the system folder ${system}`,
    { path },
  );
}

async function makeDirUnbounded(target: string, action: string): Promise<void> {
  const missing: string[] = [];
  let cur = target;
  for (;;) {
    const st = await stat(cur).catch((err: NodeJS.ErrnoException) => {
      // ENOTDIR: a file further up; the walk reaches it and says so.
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
      throw ioError(err, cur, 'Cannot reach');
    });
    if (st) {
      if (!st.isDirectory())
        throw new TetherError(
          ErrorCode.IoError,
          `${action} ${target}: ${cur} is a file, not a folder (ENOTDIR)`,
          {
            path: target,
            errno: 'ENOTDIR',
            reason: `${cur} is a file, not a folder`,
          },
        );
      const real = await realpath(cur).catch(() => cur);
      const system = SYSTEM_FOLDERS.find((root) => isInside(root, real));
      if (system) throw systemFolder(target, system);
      break;
    }
    missing.unshift(cur);
    const parent = dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  // One level at a time: a folder that cannot be made fails at once instead of looping (see SYSTEM_FOLDERS).
  for (const dir of missing) {
    await mkdir(dir).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST' && (await stat(dir).catch(() => null))?.isDirectory()) return;
      throw ioError(err, dir, action);
    });
  }
}

/** Options of {@link makeDir}. */
export interface MakeDirOptions {
  deadlineMs?: number;
  /** What the folder is, for messages (`the session folder`). */
  what?: string;
}

/**
 * Creates a folder and its missing parents (like `mkdir -p`), bounded: refuses system folders
 * (INVALID_ARGUMENT), maps OS errors (a file in the way, read-only disk…) to IO_ERROR with the path and the
 * reason, and answers within the deadline whatever the disk does.
 */
export function makeDir(path: string, options: MakeDirOptions = {}): Promise<void> {
  const target = resolve(path);
  const ms = options.deadlineMs ?? FS_DEADLINE_MS;
  const action = `Cannot create ${options.what ?? 'the folder'}`;
  return withDeadline(makeDirUnbounded(target, action), ms, () => timeoutError(target, action, ms));
}

/** Checks that files can be written in `dir` (a probe file is written and removed), bounded. */
export function probeWritable(dir: string, deadlineMs = FS_DEADLINE_MS): Promise<void> {
  const probe = join(dir, `.tether-write-probe-${randomUUID().slice(0, 8)}`);
  const work = writeFile(probe, 'tether studio write probe')
    .catch((err: unknown) => {
      throw ioError(err, dir, 'Cannot write in');
    })
    .finally(() => rm(probe, { force: true }).catch(() => undefined));
  return withDeadline(work, deadlineMs, () => timeoutError(dir, 'Cannot write in', deadlineMs));
}

/** A folder that exists (created when missing) and takes files: {@link makeDir} then {@link probeWritable}. */
export async function prepareWritableDir(path: string, options: MakeDirOptions = {}): Promise<string> {
  const dir = resolve(path);
  await makeDir(dir, options);
  await probeWritable(dir, options.deadlineMs);
  return dir;
}
