#!/usr/bin/env node
// `npm run check:sdk` (needs CRSDK_DIR): proves a copy of Sony's Camera Remote SDK works with Tether Studio.
//   1. builds the bridge against it (headers, Cr_Core, link with --no-undefined, the SDK facts compiled in)
//      into native/build/check, leaving the app's native/build alone;
//   2. compares the stand-in's declarations with its headers (values, types, layouts, function types);
//   3. checks Cr_Core's run-time libraries (libxml2, ...);
//   4. loads the bridge through the same koffi path the app uses, from a node that has CrAdapter/ beside
//      it (where Cr_Core looks), and prints the SDK version, the adapter folder and the camera count.
// Exits 1 when any step fails. Options: --json (one JSON summary line on stdout).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const host = require('../native/crsdk-host.cjs');
const { buildNative, sdkLayout } = await import('../native/build.mjs');
const { compareWithStandIn } = await import('../native/sdk-conformance.mjs');

/** Where the check builds (kept out of native/build so the app's own build stays as it is). */
export const CHECK_BUILD_DIR = join(root, 'native', 'build', 'check');

const json = process.argv.includes('--json');
const say = (msg) => json || console.log(msg);
const summary = { ok: false };

function fail(step, message) {
  summary.failed = step;
  summary.error = message;
  if (json) console.log(JSON.stringify(summary));
  else console.error(`check:sdk: ${step} failed: ${message}`);
  process.exit(1);
}

const crsdkDir = process.env.CRSDK_DIR;
if (!crsdkDir) {
  console.error('check:sdk needs CRSDK_DIR=/path/to/CrSDK (Sony sample layout: app/CRSDK, external/crsdk)');
  process.exit(2);
}

// 1. Build.
let layout;
let libDir;
try {
  layout = sdkLayout(crsdkDir);
  say(`SDK headers:   ${layout.include}\nSDK libraries: ${layout.lib}`);
  ({ libDir } = await buildNative({ crsdkDir, outDir: CHECK_BUILD_DIR, quiet: true, force: true }));
  say(`build:         OK (bridge linked with --no-undefined, SDK facts hold) -> ${libDir}`);
} catch (err) {
  fail('build', err.message);
}
summary.libDir = libDir;

// 2. The stand-in against these headers.
try {
  const c = compareWithStandIn(layout.include);
  summary.conformance = c;
  say(
    `stand-in:      ${c.compared} declarations compared, ${c.differences.length} differ, ${c.missingInReal.length} not in these headers`,
  );
  for (const d of c.differences) say(`  differs: ${d.key}: stand-in ${d.standin}, this SDK ${d.real}`);
  for (const m of c.missingInReal) say(`  missing here: ${m}`);
} catch (err) {
  fail('stand-in comparison', err.message);
}

// 3. Run-time libraries of Cr_Core.
if (process.platform === 'linux') {
  const ldd = spawnSync('ldd', [join(libDir, 'libCr_Core.so')], { encoding: 'utf8', timeout: 60_000 });
  const missing = (ldd.stdout ?? '')
    .split('\n')
    .filter((l) => l.includes('not found'))
    .map((l) => l.trim());
  summary.missingLibraries = missing;
  if (missing.length)
    fail('run-time libraries', `${missing.join('; ')} (Debian/Ubuntu: apt-get install libxml2)`);
  say('libraries:     OK (every library Cr_Core needs resolves)');
}

// 4. Load and enumerate, as the app does, from a node with CrAdapter/ beside it.
const source = host.adapterSource(libDir);
let executable = process.execPath;
if (source) {
  try {
    executable = host.prepareHost(host.hostDirFor(libDir), process.execPath, source);
  } catch (err) {
    fail('adapter placement', err.message);
  }
}
const probe = spawnSync(
  executable,
  ['--import', 'tsx', join(root, 'scripts', 'check-sdk-probe.ts'), libDir],
  { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TETHER_CRSDK_LIB_DIR: libDir } },
);
const line = (probe.stdout ?? '').trim().split('\n').pop() ?? '';
let result;
try {
  result = JSON.parse(line);
} catch {
  fail(
    'load',
    `the probe did not answer (exit ${probe.status ?? probe.signal}): ${(probe.stderr ?? '').slice(-2000)}`,
  );
}
Object.assign(summary, result);
say(`SDK version:   ${result.sdkVersion}${result.standin ? ' (stand-in)' : ''}`);
say(`CrAdapter:     ${result.adapterDir} (${result.adapterPresent ? 'present' : 'MISSING'})`);
if (!result.discovery.ok) fail('enumeration', result.discovery.message);
say(`cameras:       ${result.cameras.length}${result.cameras.map((c) => `\n  ${c.model} ${c.id}`).join('')}`);
summary.ok = true;
if (json) console.log(JSON.stringify(summary));
else say('check:sdk: OK');
process.exit(existsSync(libDir) ? 0 : 1);
