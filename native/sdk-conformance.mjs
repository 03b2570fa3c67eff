// Compares the stand-in SDK's declarations with a real Camera Remote SDK's headers, mechanically: every enum
// constant the stand-in declares (value), every named enum (underlying type), the public data members of the
// listing classes (type, offset) and every SDK function (type). One probe program, generated from the
// stand-in headers, is compiled and run against each set of headers; the outputs are compared line by line.
// Nothing of Sony's is copied or stored: the probe prints facts to stdout and is deleted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The stand-in's headers. */
export const STANDIN_INCLUDE = join(here, 'crsdk-standin', 'include');
/** Classes whose public data members the bridge reads directly. */
const LISTING_CLASSES = [
  'CrMtpFolderInfo',
  'CrMtpContentsInfo',
  'CrFocusFrameInfo',
  'CrTrackingFrameInfo',
  'CrCaptureDate',
  'CrContentsFile',
  'CrContentsInfo',
];

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/** What the stand-in declares: enum constants, named enums, listing-class members, SDK functions. */
export function standInDeclarations(include = STANDIN_INCLUDE) {
  const constants = [];
  const enums = [];
  const members = [];
  const functions = [];
  for (const file of readdirSync(include).filter((f) => f.startsWith('Cr') || f === 'CameraRemote_SDK.h')) {
    const text = stripComments(readFileSync(join(include, file), 'utf8'));
    for (const m of text.matchAll(/enum\s+(\w+)?\s*(?::\s*\w+)?\s*\{([^}]*)\}\s*(\w+)?/g)) {
      if (m[1]) enums.push(m[1]);
      for (const item of m[2].split(',')) {
        const name = /^\s*(\w+)/.exec(item)?.[1];
        if (name) constants.push(name);
      }
    }
    for (const m of text.matchAll(/class\s+(?:SCRSDK_API\s+)?(\w+)\s*\{([\s\S]*?)\n\};/g)) {
      if (!LISTING_CLASSES.includes(m[1])) continue;
      for (const line of m[2].split('\n')) {
        const d = /^\s+[\w:]+[\s*]+\**(\w+)(?:\[\d+\])?;\s*$/.exec(line);
        if (d) members.push([m[1], d[1]]);
      }
    }
    for (const m of text.matchAll(/extern "C" SCRSDK_API [\w*]+\s+(\w+)\(/g)) functions.push(m[1]);
  }
  return { constants, enums, members, functions };
}

function probeSource(decl) {
  const lines = [];
  const out = (key, expr) => lines.push(`  std::cout << "${key} " << ${expr} << "\\n";`);
  for (const c of decl.constants) out(`value ${c}`, `static_cast<long long>(SCRSDK::${c})`);
  for (const e of decl.enums)
    out(`underlying ${e}`, `typeid(std::underlying_type<SCRSDK::${e}>::type).name()`);
  for (const [cls, m] of decl.members) {
    out(`member ${cls}::${m}`, `typeid(decltype(SCRSDK::${cls}::${m})).name()`);
    out(`offset ${cls}::${m}`, `offsetof(SCRSDK::${cls}, ${m})`);
  }
  for (const f of decl.functions) out(`function ${f}`, `typeid(decltype(&SCRSDK::${f})).name()`);
  return [
    '#include <cstddef>',
    '#include <iostream>',
    '#include <type_traits>',
    '#include <typeinfo>',
    '#include "CameraRemote_SDK.h"',
    '#include "IDeviceCallback.h"',
    'int main() {',
    ...lines,
    '}',
  ];
}

/** Compiles and runs the probe against `include`, dropping the lines that name what those headers lack. */
function runProbe(include, decl, work, cxx) {
  let lines = probeSource(decl);
  const missing = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const src = join(work, 'probe.cpp');
    const exe = join(work, 'probe');
    writeFileSync(src, lines.join('\n'));
    const cc = spawnSync(cxx, ['-std=c++17', '-w', '-Wno-invalid-offsetof', `-I${include}`, src, '-o', exe], {
      encoding: 'utf8',
    });
    if (cc.status === 0) {
      const run = spawnSync(exe, [], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`the probe failed to run: ${run.stderr}`);
      return {
        facts: new Map(
          run.stdout
            .trim()
            .split('\n')
            .map((l) => [l.slice(0, l.lastIndexOf(' ')), l.slice(l.lastIndexOf(' ') + 1)]),
        ),
        missing,
      };
    }
    const bad = new Set();
    for (const m of cc.stderr.matchAll(/probe\.cpp:(\d+):\d+: error/g)) {
      const i = Number(m[1]) - 1;
      if (lines[i]?.includes('std::cout')) bad.add(i);
    }
    if (bad.size === 0)
      throw new Error(`the probe does not compile against ${include}:\n${cc.stderr.slice(0, 2000)}`);
    for (const i of bad) {
      const key = /std::cout << "([^"]+) "/.exec(lines[i])?.[1];
      if (key) missing.push(key);
    }
    lines = lines.filter((_, i) => !bad.has(i));
  }
  throw new Error('the probe kept failing to compile');
}

/**
 * Checks the stand-in against the real headers in `realInclude`. Returns what was compared, what differs
 * (`{ key, standin, real }`) and what the real headers lack.
 */
export function compareWithStandIn(realInclude, { cxx = process.env.CXX || 'c++' } = {}) {
  const decl = standInDeclarations();
  const work = mkdtempSync(join(tmpdir(), 'tether-sdk-conformance-'));
  try {
    const standin = runProbe(STANDIN_INCLUDE, decl, work, cxx);
    const real = runProbe(realInclude, decl, work, cxx);
    const differences = [];
    for (const [key, value] of standin.facts) {
      if (!real.facts.has(key)) continue;
      if (real.facts.get(key) !== value) differences.push({ key, standin: value, real: real.facts.get(key) });
    }
    return { compared: real.facts.size, differences, missingInReal: real.missing };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
