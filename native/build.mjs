#!/usr/bin/env node
// `npm run build:native`: builds the CRSDK bridge (and, without CRSDK_DIR, the stand-in SDK plus its JPEG
// fixtures) into native/build/lib. Skips everything when the sources, options and outputs are unchanged.
//
//   CRSDK_DIR=/path/to/CrSDK npm run build:native   # against Sony's Camera Remote SDK
//   node native/build.mjs --force --test            # rebuild and run the C++ tests (ctest)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the libraries (and the stand-in fixtures) land. */
export const NATIVE_LIB_DIR = join(here, 'build', 'lib');
const buildDir = join(here, 'build', 'cmake');
const stampFile = join(here, 'build', 'build-stamp.json');

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
    else if (/\.(h|hpp|cpp|txt|mjs)$/.test(name)) out.push(full);
  }
  return out.sort();
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
async function withLock(fn) {
  const lock = join(here, 'build', '.lock');
  mkdirSync(join(here, 'build'), { recursive: true });
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
 * output (printed only on failure), `test` runs ctest.
 */
export function buildNative(options = {}) {
  return withLock(() => build(options));
}

async function build({ force = false, quiet = false, test = false }) {
  const crsdkDir = process.env.CRSDK_DIR ?? '';
  if (crsdkDir && !existsSync(crsdkDir)) throw new Error(`CRSDK_DIR=${crsdkDir} does not exist`);
  const standin = !crsdkDir;
  const print = (msg) => quiet || console.log(`[build:native] ${msg}`);
  const fp = fingerprint(crsdkDir);
  const outputs = [
    join(NATIVE_LIB_DIR, BRIDGE_LIB),
    ...(standin ? [join(NATIVE_LIB_DIR, 'standin-fixtures', 'lv-00.jpg')] : []),
  ];
  let stamp = null;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    /* first build */
  }
  if (!force && !test && stamp?.fingerprint === fp && outputs.every((f) => existsSync(f))) {
    print(`up to date (${standin ? 'stand-in SDK' : `CRSDK at ${crsdkDir}`}) -> ${NATIVE_LIB_DIR}`);
    return { libDir: NATIVE_LIB_DIR, built: false, standin };
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
    `-DTETHER_OUT_DIR=${NATIVE_LIB_DIR}`,
  ];
  if (!existsSync(join(buildDir, 'CMakeCache.txt')) && hasNinja()) configure.push('-G', 'Ninja');
  print(`configuring (${standin ? 'stand-in SDK' : `CRSDK_DIR=${crsdkDir}`})`);
  run('cmake', configure, quiet);
  const fixtures = standin ? makeFixtures(join(NATIVE_LIB_DIR, 'standin-fixtures')) : Promise.resolve();
  run('cmake', ['--build', buildDir, '--config', 'Release', '--parallel'], quiet);
  await fixtures;
  if (test) run('ctest', ['--test-dir', buildDir, '--output-on-failure', '-C', 'Release'], quiet);
  writeFileSync(
    stampFile,
    JSON.stringify({ fingerprint: fp, crsdkDir, builtAt: new Date().toISOString() }, null, 2),
  );
  print(`built in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${NATIVE_LIB_DIR}`);
  return { libDir: NATIVE_LIB_DIR, built: true, standin };
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
