#!/usr/bin/env node
// `npm run build:native`: builds the CRSDK bridge (and, without CRSDK_DIR, the stand-in SDK plus its JPEG
// fixtures) into native/build/lib. Skips everything when the sources, options and outputs are unchanged.
//
//   CRSDK_DIR=/path/to/CrSDK npm run build:native   # against Sony's Camera Remote SDK (sample or flat layout)
//   node native/build.mjs --force --test            # rebuild and run the C++ tests (ctest)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The default build folder (`lib/` for the libraries, `cmake/` for CMake's files). */
export const NATIVE_BUILD_DIR = join(here, 'build');
/** Where the libraries (and the stand-in fixtures) land by default. */
export const NATIVE_LIB_DIR = join(NATIVE_BUILD_DIR, 'lib');
/** Where test runs build the stand-in when the default build holds Sony's SDK (so tests never replace it). */
export const STANDIN_TEST_BUILD_DIR = join(NATIVE_BUILD_DIR, 'standin');

const libName = (base) =>
  process.platform === 'win32'
    ? `${base}.dll`
    : process.platform === 'darwin'
      ? `lib${base}.dylib`
      : `lib${base}.so`;
/** File name of the bridge library on this platform. */
export const BRIDGE_LIB = libName('tether_crsdk');

function sourceFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'build' || name === 'node_modules') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    // `.inc`: the generated stand-in property table is compiled in; a new table must rebuild.
    else if (/\.(h|hpp|cpp|inc|txt|mjs)$/.test(name)) out.push(full);
  }
  return out.sort();
}

/**
 * Where Sony's headers and Cr_Core are in `dir`: Sony's sample layout (`app/CRSDK`, `external/crsdk`), a flat
 * layout (`include/`, `lib/`) or everything in `dir` itself. Throws with the places searched.
 */
export function sdkLayout(dir) {
  const core = libName('Cr_Core');
  const coreNames = process.platform === 'win32' ? ['Cr_Core.lib', core] : [core];
  const include = [join(dir, 'app', 'CRSDK'), join(dir, 'include'), dir].find((d) =>
    existsSync(join(d, 'CameraRemote_SDK.h')),
  );
  const lib = [join(dir, 'external', 'crsdk'), join(dir, 'lib'), dir].find((d) =>
    coreNames.some((n) => existsSync(join(d, n))),
  );
  if (!include || !lib) {
    throw new Error(
      `CRSDK_DIR=${dir} is not a Camera Remote SDK: ${include ? '' : 'no CameraRemote_SDK.h in app/CRSDK, include/ or the folder itself; '}${lib ? '' : `no ${coreNames.join('/')} in external/crsdk, lib/ or the folder itself`}`,
    );
  }
  return { include, lib, adapters: existsSync(join(lib, 'CrAdapter')) ? join(lib, 'CrAdapter') : null };
}

function fingerprint(crsdkDir) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ crsdkDir, platform: process.platform, arch: process.arch }));
  for (const file of sourceFiles(here)) {
    hash.update(relative(here, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function run(cmd, args, quiet) {
  // Bounded: a compiler or CMake that hangs is killed and reported.
  const res = spawnSync(cmd, args, {
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    timeout: 20 * 60_000,
    killSignal: 'SIGKILL',
  });
  if (res.error)
    throw new Error(
      `${cmd} could not be started (${res.error.message}). Install cmake and a C++17 compiler (Debian: apt-get install cmake g++).`,
    );
  if (res.status !== 0) {
    const output = quiet ? `\n${res.stdout ?? ''}${res.stderr ?? ''}` : '';
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${res.status}${output}`);
  }
}

function hasNinja() {
  return spawnSync('ninja', ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** Live-view frames, thumbnail, screennail and a full-size base JPEG for the stand-in camera. */
async function makeFixtures(outDir) {
  const { default: sharp } = await import('sharp');
  mkdirSync(outDir, { recursive: true });
  const scene = (i, w, h) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#34506b"/><stop offset="1" stop-color="#c9a36a"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)" fill-opacity="0.75"/>
  <circle cx="${w / 2 + (Math.cos(i / 2) * w) / 5}" cy="${h / 2 + (Math.sin(i / 2) * h) / 6}" r="${h / 5}" fill="#e8e2d0" fill-opacity="0.85"/>
  <rect x="${w * 0.1}" y="${h * 0.62}" width="${w * 0.8}" height="${h * 0.2}" fill="#202830" fill-opacity="0.6"/>
  <text x="${w * 0.05}" y="${h * 0.12}" font-family="sans-serif" font-size="${h / 14}" fill="#fff">Cr_Core stand-in - ILCE-7M4</text>
  <text x="${w * 0.05}" y="${h * 0.95}" font-family="monospace" font-size="${h / 12}" fill="#ffd">frame ${String(i).padStart(2, '0')}</text>
</svg>`;
  const jpeg = (i, w, h, quality) =>
    sharp({ create: { width: w, height: h, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .composite([{ input: Buffer.from(scene(i, w, h)) }])
      .blur(0.5)
      .jpeg({ quality })
      .toBuffer();
  const jobs = [];
  for (let i = 0; i < 12; i++)
    jobs.push(
      jpeg(i, 1024, 680, 84).then((b) =>
        writeFileSync(join(outDir, `lv-${String(i).padStart(2, '0')}.jpg`), b),
      ),
    );
  jobs.push(jpeg(0, 160, 107, 80).then((b) => writeFileSync(join(outDir, 'thumb.jpg'), b)));
  jobs.push(jpeg(0, 1616, 1080, 70).then((b) => writeFileSync(join(outDir, 'screennail.jpg'), b)));
  jobs.push(jpeg(0, 2400, 1600, 85).then((b) => writeFileSync(join(outDir, 'shot.jpg'), b)));
  await Promise.all(jobs);
}

// Several test workers may ask for the build at once: one builds, the others wait and then find it up to date.
async function withLock(dir, fn) {
  const lock = join(dir, '.lock');
  mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let stale;
      try {
        stale = Date.now() - statSync(lock).mtimeMs > 5 * 60_000;
      } catch {
        continue;
      }
      if (stale) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds when needed; returns `{ libDir, built, standin }`. Options: `force` rebuilds, `quiet` captures tool
 * output (printed only on failure), `test` runs ctest, `crsdkDir` the SDK (default `$CRSDK_DIR`; '' = the
 * stand-in), `outDir` the build folder (default native/build; the libraries go to `<outDir>/lib`).
 */
export function buildNative(options = {}) {
  const outDir = resolve(options.outDir ?? NATIVE_BUILD_DIR);
  return withLock(outDir, () => build({ ...options, outDir }));
}

/** The SDK the build in `outDir` was made against ('' = stand-in), or null when there is none. */
export function builtSdk(outDir = NATIVE_BUILD_DIR) {
  try {
    return JSON.parse(readFileSync(join(outDir, 'build-stamp.json'), 'utf8')).crsdkDir ?? '';
  } catch {
    return null;
  }
}

/**
 * Builds the stand-in for tests: in native/build unless that holds a build against Sony's SDK, which is left
 * alone (the stand-in then goes to native/build/standin).
 */
export function buildStandIn(options = {}) {
  const sdk = builtSdk();
  const outDir = sdk ? STANDIN_TEST_BUILD_DIR : NATIVE_BUILD_DIR;
  return buildNative({ ...options, crsdkDir: '', outDir });
}

async function build({
  force = false,
  quiet = false,
  test = false,
  crsdkDir = process.env.CRSDK_DIR ?? '',
  outDir,
}) {
  crsdkDir = crsdkDir ? resolve(crsdkDir) : '';
  if (crsdkDir && !existsSync(crsdkDir)) throw new Error(`CRSDK_DIR=${crsdkDir} does not exist`);
  if (crsdkDir) sdkLayout(crsdkDir);
  const standin = !crsdkDir;
  const libDir = join(outDir, 'lib');
  const buildDir = join(outDir, 'cmake');
  const stampFile = join(outDir, 'build-stamp.json');
  const print = (msg) => quiet || console.log(`[build:native] ${msg}`);
  const fp = fingerprint(crsdkDir);
  const outputs = [
    join(libDir, BRIDGE_LIB),
    ...(standin ? [join(libDir, 'standin-fixtures', 'lv-00.jpg')] : []),
  ];
  let stamp = null;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    /* first build */
  }
  if (!force && !test && stamp?.fingerprint === fp && outputs.every((f) => existsSync(f))) {
    print(`up to date (${standin ? 'stand-in SDK' : `CRSDK at ${crsdkDir}`}) -> ${libDir}`);
    return { libDir, built: false, standin };
  }
  // Another SDK than last time: start clean, so no library, adapter or cached CMake path of the old one stays.
  if ((stamp?.crsdkDir ?? null) !== crsdkDir) {
    rmSync(libDir, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  }
  const started = Date.now();
  mkdirSync(buildDir, { recursive: true });
  const configure = [
    '-S',
    here,
    '-B',
    buildDir,
    '-DCMAKE_BUILD_TYPE=Release',
    `-DCRSDK_DIR=${crsdkDir}`,
    `-DTETHER_OUT_DIR=${libDir}`,
  ];
  if (!existsSync(join(buildDir, 'CMakeCache.txt')) && hasNinja()) configure.push('-G', 'Ninja');
  print(`configuring (${standin ? 'stand-in SDK' : `CRSDK_DIR=${crsdkDir}`})`);
  run('cmake', configure, quiet);
  const fixtures = standin ? makeFixtures(join(libDir, 'standin-fixtures')) : Promise.resolve();
  run('cmake', ['--build', buildDir, '--config', 'Release', '--parallel'], quiet);
  await fixtures;
  if (test) run('ctest', ['--test-dir', buildDir, '--output-on-failure', '-C', 'Release'], quiet);
  writeFileSync(
    stampFile,
    JSON.stringify({ fingerprint: fp, crsdkDir, builtAt: new Date().toISOString() }, null, 2),
  );
  print(`built in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${libDir}`);
  if (!standin) print(runtimeNotes(libDir));
  return { libDir, built: true, standin };
}

/** What a build against Sony's SDK needs at run time, as one line for the build log. */
function runtimeNotes(libDir) {
  const notes = [];
  if (process.platform === 'linux') {
    const ldd = spawnSync('ldd', [join(libDir, libName('Cr_Core'))], { encoding: 'utf8' });
    const missing = (ldd.stdout ?? '')
      .split('\n')
      .filter((l) => l.includes('not found'))
      .map((l) => l.trim().split(' ')[0]);
    if (missing.length)
      notes.push(
        `Cr_Core needs ${missing.join(', ')} at run time (Debian/Ubuntu: apt-get install ${missing.some((m) => m.startsWith('libxml2')) ? 'libxml2' : missing.join(' ')})`,
      );
  }
  notes.push(
    existsSync(join(libDir, 'CrAdapter'))
      ? 'CrAdapter/ is in the build; Cr_Core loads it from beside the executable: start with `npm run serve` / `npm start` (they place it) or see native/README.md'
      : 'this SDK copy has no CrAdapter/ folder: Cr_Core will find no transport adapters (enumeration fails with 0x8703)',
  );
  return notes.join('; ');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Set(process.argv.slice(2));
  buildNative({ force: args.has('--force'), quiet: args.has('--quiet'), test: args.has('--test') }).catch(
    (err) => {
      console.error(`[build:native] ${err.message}`);
      process.exitCode = 1;
    },
  );
}
