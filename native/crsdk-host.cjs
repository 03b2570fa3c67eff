'use strict';
// Where Sony's Cr_Core looks for its transport adapters, and how Tether puts them there.
//
// Cr_Core (measured on the Linux v2.00 library with strace) resolves `readlink("/proc/self/exe")` and loads
// `<that folder>/CrAdapter/*`: beside the *executable* - node, or the Electron binary - never beside
// libCr_Core. Without it, enumeration answers CrError_Adaptor_Create (0x8703). So:
//   - the packaged app ships CrAdapter/ beside its executable (electron-builder `extraFiles`);
//   - Electron in development (`npm start`, `npm run dev`) gets a CrAdapter link beside
//     node_modules/electron/dist/electron (our own dev tree);
//   - `npm run serve` runs node from native/build/host/, where a link (or copy) of the node binary sits next
//     to a CrAdapter link: /proc/self/exe then names that folder. A symlink to node would not do: the kernel
//     reports the resolved target.
// CommonJS without dependencies: the package launcher (bin/tether-studio.cjs) needs it before anything else.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose (see above) */
const fs = require('node:fs');
const path = require('node:path');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The folder name Cr_Core loads its adapters from. */
const ADAPTER_DIR_NAME = 'CrAdapter';

/**
 * Where Cr_Core looks for CrAdapter/ when `execPath` is the running executable. Linux and Windows: beside
 * the executable. macOS: inside the main bundle's Contents/Frameworks (what Sony's reference server ships;
 * not verified here).
 */
function adapterDirFor(execPath, platform = process.platform) {
  const exe = realpathOr(execPath);
  if (platform === 'darwin') {
    const bundle = /^(.*\.app)\/Contents\/MacOS\/[^/]+$/.exec(exe);
    const root = bundle ? path.join(bundle[1], 'Contents') : path.join(path.dirname(exe), 'Contents');
    return path.join(root, 'Frameworks', ADAPTER_DIR_NAME);
  }
  return path.join(path.dirname(exe), ADAPTER_DIR_NAME);
}

function realpathOr(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when `dir` is a folder (following links). */
function isDir(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The CrAdapter/ folder a native build carries (`<libDir>/CrAdapter`), or null. */
function adapterSource(libDir) {
  const dir = path.join(libDir, ADAPTER_DIR_NAME);
  return isDir(dir) ? dir : null;
}

/** Links `target` (an existing folder) at `linkPath`; a junction on Windows. Replaces a stale link. */
function linkDir(target, linkPath) {
  try {
    const st = fs.lstatSync(linkPath);
    if (st.isSymbolicLink()) {
      if (realpathOr(linkPath) === realpathOr(target)) return;
      fs.unlinkSync(linkPath);
    } else {
      return; // a real folder someone put there: theirs, leave it
    }
  } catch {
    /* nothing there yet */
  }
  fs.mkdirSync(path.dirname(linkPath), { recursive: true });
  fs.symlinkSync(target, linkPath, process.platform === 'win32' ? 'junction' : 'dir');
}

/**
 * Makes `<folder of the executable>/CrAdapter` point at `source` when the executable lives in a development
 * tree we own (`…/node_modules/electron/dist/`). Returns where Cr_Core will look and whether it is there.
 */
function linkBesideDevExecutable(execPath, source, platform = process.platform) {
  const target = adapterDirFor(execPath, platform);
  const exe = realpathOr(execPath);
  const inDevTree = exe.split(path.sep).includes('node_modules');
  if (!isDir(target) && source && inDevTree) {
    try {
      linkDir(source, target);
    } catch {
      /* read-only tree: reported below as missing */
    }
  }
  return { adapterDir: target, present: isDir(target) };
}

/**
 * Prepares `<hostDir>/node` (a hard link to `execPath`, else a copy) with `<hostDir>/CrAdapter` linked to
 * `source`, and returns the executable to run. An up-to-date host is reused (same size and mtime).
 */
function prepareHost(hostDir, execPath, source) {
  const exe = realpathOr(execPath);
  const name = path.basename(exe);
  const host = path.join(hostDir, name);
  fs.mkdirSync(hostDir, { recursive: true });
  const src = fs.statSync(exe);
  let current = false;
  try {
    const st = fs.statSync(host);
    current = st.size === src.size && Math.trunc(st.mtimeMs) === Math.trunc(src.mtimeMs);
  } catch {
    /* not there yet */
  }
  if (!current) {
    // Build beside, then rename: several processes may prepare the host at once.
    const tmp = path.join(hostDir, `.${name}.${process.pid}.tmp`);
    fs.rmSync(tmp, { force: true });
    try {
      fs.linkSync(exe, tmp);
    } catch {
      fs.copyFileSync(exe, tmp, fs.constants.COPYFILE_FICLONE);
      fs.chmodSync(tmp, src.mode);
      fs.utimesSync(tmp, src.atime, src.mtime);
    }
    fs.renameSync(tmp, host);
  }
  linkDir(source, adapterDirFor(host));
  return host;
}

/** The host folder for a native build whose libraries are in `libDir` (native/build/lib → native/build/host). */
function hostDirFor(libDir) {
  return path.join(path.dirname(path.resolve(libDir)), 'host');
}

module.exports = {
  ADAPTER_DIR_NAME,
  adapterDirFor,
  adapterSource,
  hostDirFor,
  isDir,
  linkBesideDevExecutable,
  linkDir,
  prepareHost,
};
