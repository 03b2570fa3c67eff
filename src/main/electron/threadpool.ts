/**
 * Side-effect module, imported FIRST by the Electron entry: asks for a libuv thread pool of 8 (the CRSDK
 * driver parks one worker in a blocking event wait; file I/O shares the rest). libuv reads the variable once,
 * when the pool starts, so this only takes effect if nothing has used the pool yet; an explicit value in the
 * environment always wins. It imports nothing, so the bundle evaluates it before any studio module.
 */

/** The pool size the studio asks for when the environment does not say. */
export const THREADPOOL_SIZE = '8';

/** Sets `env.UV_THREADPOOL_SIZE` unless already set (empty counts as unset: libuv would read it as 1). */
export function ensureThreadpoolSize(env: NodeJS.ProcessEnv): string {
  if (!env.UV_THREADPOOL_SIZE) env.UV_THREADPOOL_SIZE = THREADPOOL_SIZE;
  return env.UV_THREADPOOL_SIZE;
}

ensureThreadpoolSize(process.env);
