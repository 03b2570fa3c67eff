'use strict';
// `tether-studio serve` with a native build that carries Sony's CrAdapter/: Cr_Core loads the adapters from
// beside the running executable, which for `node` is some system folder we must not touch. So the launcher
// restarts itself once with node from native/build/host/, where CrAdapter/ is linked beside it (see
// native/crsdk-host.cjs). Nothing happens for the simulator, for builds without adapters (the stand-in), or
// when the adapters already sit beside this node.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: runs before the ESM CLI */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const host = require('../native/crsdk-host.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Set in the restarted process, so it never restarts again. */
const HOST_ENV = 'TETHER_CRSDK_HOST';

function bridgeName(platform) {
  return platform === 'win32'
    ? 'tether_crsdk.dll'
    : platform === 'darwin'
      ? 'libtether_crsdk.dylib'
      : 'libtether_crsdk.so';
}

/** The native build the studio will load: `$TETHER_CRSDK_LIB_DIR`, else `<root>/native/build/lib`. */
function nativeLibDir(root, env, platform = process.platform) {
  const dirs = [env.TETHER_CRSDK_LIB_DIR, path.join(root, 'native', 'build', 'lib')].filter(Boolean);
  return (
    dirs.map((d) => path.resolve(d)).find((d) => fs.existsSync(path.join(d, bridgeName(platform)))) ?? null
  );
}

/** The `--driver` value of a serve command line (default auto). */
function requestedDriver(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--driver') return args[i + 1] ?? 'auto';
    if (args[i].startsWith('--driver=')) return args[i].slice('--driver='.length);
  }
  return 'auto';
}

/**
 * Whether this `tether-studio` run must restart under the host node, and with what. Returns
 * `{ libDir, source, adapterDir }` (adapterDir: where Cr_Core would look for this node) or null.
 */
function planRelaunch({ args, env, execPath, root }) {
  if (env[HOST_ENV] === '1' || args[0] !== 'serve' || requestedDriver(args.slice(1)) === 'sim') return null;
  const libDir = nativeLibDir(root, env);
  const source = libDir && host.adapterSource(libDir);
  if (!source) return null;
  const adapterDir = host.adapterDirFor(execPath);
  if (host.isDir(adapterDir)) return null;
  return { libDir, source, adapterDir };
}

/**
 * Restarts the CLI under the host node when needed. Returns false when the current process should go on,
 * true when a child now runs the studio (this process only forwards signals and its exit status).
 */
function relaunchWithAdapters({ root, args = process.argv.slice(2), env = process.env } = {}) {
  const plan = planRelaunch({ args, env, execPath: process.execPath, root });
  if (!plan) return false;
  let executable;
  try {
    executable = host.prepareHost(host.hostDirFor(plan.libDir), process.execPath, plan.source);
  } catch (err) {
    process.stderr.write(
      `tether-studio: cannot place Sony's CrAdapter beside node (${err.message}); camera discovery will fail ` +
        `until ${plan.adapterDir} exists. See native/README.md.\n`,
    );
    return false;
  }
  process.stderr.write(
    `tether-studio: Cr_Core loads CrAdapter/ from beside the executable: running ${executable}\n`,
  );
  const child = spawn(executable, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, [HOST_ENV]: '1' },
  });
  // A terminal's Ctrl+C reaches both processes; the child shuts the studio down, this one just waits.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signal !== 'SIGINT') child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1));
  });
  child.on('error', (err) => {
    process.stderr.write(`tether-studio: could not start ${executable}: ${err.message}\n`);
    process.exit(1);
  });
  return true;
}

module.exports = { HOST_ENV, nativeLibDir, planRelaunch, relaunchWithAdapters, requestedDriver };
