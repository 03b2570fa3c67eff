'use strict';
// The Electron main entry (package.json "main" → out/main/bootstrap.cjs, copied there by the main build).
// CommonJS on purpose: its first line runs before anything starts the libuv thread pool, which Node's ESM
// loader does while reading an ESM entry. The CRSDK driver parks one pool worker in a blocking event wait,
// so the studio asks for 8 (an explicit UV_THREADPOOL_SIZE wins); then the ESM bundle loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see above)
require('./threadpool.cjs').ensureThreadpoolSize(process.env);
import('./index.js').catch((err) => {
  console.error(
    `Tether Studio failed to load: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );
  process.exit(1);
});
