#!/usr/bin/env node
'use strict';
// The package's command: a CommonJS launcher so the libuv thread pool size is set before anything (the ESM
// loader included) starts the pool; then the CLI proper (tether-studio.mjs) runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see above)
require('./threadpool.cjs').ensureThreadpoolSize(process.env);
import('./tether-studio.mjs').catch((err) => {
  console.error(`tether-studio: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
