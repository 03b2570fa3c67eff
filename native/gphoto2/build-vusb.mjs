#!/usr/bin/env node
// Builds libgphoto2 with its virtual camera (the `vusb` port library: a Nikon-like PTP body that serves the
// JPEGs of a folder) from Debian's own source package, with our two small patches (patches/), and installs it
// into a cache folder keyed on the source version, the patches, the configure flags and this recipe. A second
// run with the same key reuses the cache. Only Debian's archive is ever contacted (apt-get source).
//
//   node native/gphoto2/build-vusb.mjs                  # build when needed, print the install folder
//   node native/gphoto2/build-vusb.mjs --install-deps   # as root: apt-get the build dependencies first
//   node native/gphoto2/build-vusb.mjs --env            # print shell exports for `npm run serve -- --driver gphoto2`
//   node native/gphoto2/build-vusb.mjs --locate         # print the cached build, exit 2 when there is none
//
// Debian's binary libgphoto2-6 does not ship vusb; this build is for tests and demos only (the app uses the
// system's libgphoto2).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addDebSrc,
  hasSourceIndex,
  installDeps,
  isRoot,
  missingPackages,
  run,
  sourceVersion,
} from './apt.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const patchDir = join(here, 'patches');
/** Bump when the recipe below changes in a way the key would not see. */
const RECIPE = 2;
/** configure flags (the prefix is added per build). */
export const CONFIGURE_FLAGS = [
  '--enable-vusb',
  '--with-camlibs=ptp2,directory',
  '--disable-nls',
  '--with-libcurl=no',
  '--with-gdlib=no',
  '--disable-static',
];
/** Debian packages the build needs. */
export const BUILD_DEPS = [
  'build-essential',
  'dpkg-dev',
  'pkg-config',
  'libusb-1.0-0-dev',
  'libexif-dev',
  'libltdl-dev',
];

/** Parent of every cached build: $TETHER_GPHOTO2_CACHE, else ~/.cache/tether-studio. */
export function cacheRoot(env = process.env) {
  if (env.TETHER_GPHOTO2_CACHE) return env.TETHER_GPHOTO2_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tether-studio');
}

function patchFiles() {
  return readdirSync(patchDir)
    .filter((n) => n.endsWith('.patch'))
    .sort()
    .map((n) => join(patchDir, n));
}

/** Hash of what, besides the source version, decides the build: patches, flags, recipe. */
export function recipeHash() {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ RECIPE, CONFIGURE_FLAGS, platform: process.platform, arch: process.arch }));
  for (const file of patchFiles()) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** What a complete build provides. */
function describe(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'tether-build.json'), 'utf8'));
  return {
    dir,
    version: meta.version,
    library: join(dir, 'lib', 'libgphoto2.so.6'),
    camlibs: join(dir, meta.camlibs),
    iolibs: join(dir, 'iolibs-vusb'),
    vcameraDir: join(dir, 'vcamera'),
  };
}

/** The newest complete cached build for the current patches and flags, or null. */
export function locateVusbBuild(env = process.env) {
  const root = cacheRoot(env);
  if (!existsSync(root)) return null;
  const suffix = `-${recipeHash()}`;
  const dirs = readdirSync(root)
    .filter((n) => n.startsWith('libgphoto2-') && n.endsWith(suffix))
    .map((n) => join(root, n))
    .filter((d) => existsSync(join(d, 'tether-build.json')))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return dirs.length ? describe(dirs[0]) : null;
}

function withLock(root, fn) {
  const lock = join(root, '.build-lock');
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      else spawnSync('sleep', ['1']);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const hit = findFile(full, name);
      if (hit) return hit;
    } else if (entry.name === name) return full;
  }
  return null;
}

/** Builds (or reuses) the vusb-enabled libgphoto2; returns what `locateVusbBuild` returns. */
export function buildVusb({ installDependencies = false, quiet = false } = {}) {
  if (process.platform !== 'linux')
    throw new Error('the vusb build script supports Debian/Ubuntu Linux only');
  const say = (msg) => quiet || console.log(`[gphoto2-vusb] ${msg}`);
  if (installDependencies) installDeps([...BUILD_DEPS, 'libgphoto2-6']);
  else {
    const missing = missingPackages(BUILD_DEPS);
    if (missing.length)
      throw new Error(`missing build packages: ${missing.join(' ')} (or pass --install-deps as root)`);
  }
  const version = sourceVersion();
  const root = cacheRoot();
  mkdirSync(root, { recursive: true });
  const dir = join(root, `libgphoto2-${version.replace(/[^\w.+~-]/g, '_')}-${recipeHash()}`);
  return withLock(root, () => {
    if (existsSync(join(dir, 'tether-build.json'))) {
      say(`cached: ${dir}`);
      return describe(dir);
    }
    if (!hasSourceIndex(version)) {
      if (!isRoot())
        throw new Error('apt has no deb-src entry for libgphoto2: add one for Debian main, or run as root');
      addDebSrc();
      if (!hasSourceIndex(version))
        throw new Error(`Debian's archive offers no source for libgphoto2 ${version}`);
    }
    const started = Date.now();
    rmSync(dir, { recursive: true, force: true });
    const work = mkdtempSync(join(root, 'work-'));
    const log = join(work, 'build.log');
    try {
      say(`apt-get source libgphoto2=${version}`);
      run('apt-get', ['source', '-qq', `libgphoto2=${version}`], { cwd: work, log });
      const src = readdirSync(work)
        .map((n) => join(work, n))
        .find((p) => statSync(p).isDirectory() && existsSync(join(p, 'configure')));
      if (!src) throw new Error(`no unpacked source in ${work}`);
      for (const patch of patchFiles()) {
        say(`patch ${patch.slice(here.length + 1)}`);
        run('patch', ['-p1', '--forward', '-i', patch], { cwd: src, log });
      }
      say(`configure ${CONFIGURE_FLAGS.join(' ')}`);
      run('./configure', [`--prefix=${dir}`, ...CONFIGURE_FLAGS], { cwd: src, log });
      say('make -j2 (about a minute)');
      run('make', ['-j2'], { cwd: src, log });
      run('make', ['install'], { cwd: src, log });
      const vusb = findFile(join(dir, 'lib', 'libgphoto2_port'), 'vusb.so');
      const ptp2 = findFile(join(dir, 'lib', 'libgphoto2'), 'ptp2.so');
      if (!vusb || !ptp2) throw new Error('the build installed no vusb.so or ptp2.so');
      // IOLIBS must hold vusb.so alone: with usb1.so beside it, the real USB port library claims usb: paths.
      mkdirSync(join(dir, 'iolibs-vusb'), { recursive: true });
      copyFileSync(vusb, join(dir, 'iolibs-vusb', 'vusb.so'));
      mkdirSync(join(dir, 'vcamera'), { recursive: true });
      const camlibs = dirname(ptp2).slice(dir.length + 1);
      writeFileSync(
        join(dir, 'tether-build.json'),
        `${JSON.stringify({ version, camlibs, flags: CONFIGURE_FLAGS, builtAt: new Date().toISOString() }, null, 2)}\n`,
      );
      say(`built in ${Math.round((Date.now() - started) / 1000)} s: ${dir}`);
      return describe(dir);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/**
 * Fills `dir` as a camera card for the virtual body: `DCIM/100NIKON/DSC_000n.JPG`, `count` distinct JPEGs of
 * `width`×`height` (noisy, so they have a realistic size), oldest first by modification time. The virtual
 * camera's capture copies one of them. Needs `sharp` (a dependency of the project).
 */
export async function seedVirtualCard(dir, { count = 3, width = 1800, height = 1200 } = {}) {
  const { default: sharp } = await import('sharp');
  const folder = join(dir, 'DCIM', '100NIKON');
  mkdirSync(folder, { recursive: true });
  const hues = ['#2f5d7c', '#7c4f2f', '#3f7c2f', '#6b2f7c', '#7c2f45'];
  const base = Date.parse('2026-01-15T10:00:00Z') / 1000;
  for (let i = 1; i <= count; i++) {
    const file = join(folder, `DSC_${String(i).padStart(4, '0')}.JPG`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${hues[(i - 1) % hues.length]}" fill-opacity="0.7"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#eee" fill-opacity="0.8"/><text x="${width * 0.05}" y="${height * 0.12}" font-family="sans-serif" font-size="${height / 12}" fill="#fff">virtual Nikon card - DSC_${String(i).padStart(4, '0')}</text></svg>`;
    const jpeg = await sharp({
      create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 24 } },
    })
      .composite([{ input: Buffer.from(svg) }])
      .jpeg({ quality: 82 })
      .toBuffer();
    writeFileSync(file, jpeg);
    utimesSync(file, base + i * 60, base + i * 60);
  }
  return folder;
}

/** Environment that points the gphoto2 driver at a vusb build (VCAMERADIR: the virtual card's folder). */
export function vusbEnv(build, vcameraDir = build.vcameraDir) {
  return {
    TETHER_GPHOTO2_LIBRARY: build.library,
    CAMLIBS: build.camlibs,
    IOLIBS: build.iolibs,
    VCAMERADIR: vcameraDir,
  };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = new Set(process.argv.slice(2));
  try {
    if (args.has('--locate')) {
      const found = locateVusbBuild();
      if (!found) {
        console.error('[gphoto2-vusb] no cached build: run node native/gphoto2/build-vusb.mjs');
        process.exit(2);
      }
      process.stdout.write(`${found.dir}\n`);
    } else {
      const env = args.has('--env');
      const build = buildVusb({ installDependencies: args.has('--install-deps'), quiet: env });
      if (!existsSync(join(build.vcameraDir, 'DCIM'))) await seedVirtualCard(build.vcameraDir);
      if (env) {
        for (const [k, v] of Object.entries(vusbEnv(build))) process.stdout.write(`export ${k}='${v}'\n`);
      } else process.stdout.write(`${build.dir}\n`);
    }
  } catch (err) {
    console.error(`[gphoto2-vusb] ${err.message}`);
    process.exit(1);
  }
}
