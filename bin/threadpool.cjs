'use strict';
// libuv sizes its thread pool ONCE, from UV_THREADPOOL_SIZE, when the pool first starts. The CRSDK driver
// parks one worker in a blocking event wait, leaving 3 of the default 4 for file I/O, so the studio asks for 8.
// Setting it in-process only works before the pool starts: from a CommonJS entry's first line, yes; from an
// ES module entry, no (Node's ESM loader reads the entry file through the pool before any of it runs).

/** The pool size the studio asks for when the environment does not say. */
const THREADPOOL_SIZE = '8';

/** Sets `env.UV_THREADPOOL_SIZE` to 8 unless it is already set (an explicit value wins); returns the value. */
function ensureThreadpoolSize(env) {
  if (!env.UV_THREADPOOL_SIZE) env.UV_THREADPOOL_SIZE = THREADPOOL_SIZE;
  return env.UV_THREADPOOL_SIZE;
}

module.exports = { THREADPOOL_SIZE, ensureThreadpoolSize };
