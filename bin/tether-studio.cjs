#!/usr/bin/env node
'use strict';
// The package's command: a CommonJS launcher so the libuv thread pool size is set before anything (the ESM
// loader included) starts the pool; then the CLI proper (tether-studio.mjs) runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see above)
require('./threadpool.cjs').ensureThreadpoolSize(process.env);
// With Sony's SDK built in, `serve` restarts once under a node that has CrAdapter/ beside it (see the file).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (see above)
const { relaunchWithAdapters } = require('./crsdk-relaunch.cjs');
const relaunched = relaunchWithAdapters({ root: `${__dirname}/..` });
if (!relaunched) {
  import('./tether-studio.mjs').catch((err) => {
    console.error(`tether-studio: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
