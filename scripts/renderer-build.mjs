#!/usr/bin/env node
// Builds only the renderer bundle (what `serve` hosts at `/`) into out/renderer, with the same settings
// as the renderer section of electron.vite.config.ts — without building main/preload.
//   node scripts/renderer-build.mjs             build
//   node scripts/renderer-build.mjs --if-stale  build only when out/renderer is missing or older than its sources
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { zodChunk } from './zod-chunk.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const outIndex = resolve(root, 'out/renderer/index.html');

/** Builds the renderer; resolves when out/renderer is written. */
export async function buildRenderer({ quiet = false } = {}) {
  await build({
    configFile: false,
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react()],
    logLevel: quiet ? 'warn' : 'info',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome120',
      // Explicit: with a custom `output` (the zod chunk) this build came out unminified (965 kB boot bundle).
      minify: true,
      rollupOptions: {
        input: { index: resolve(root, 'src/renderer/index.html') },
        output: { manualChunks: zodChunk },
      },
    },
  });
}

/** Newest modification time of any file below `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when out/renderer is missing or older than src/renderer or src/shared. */
export function rendererIsStale() {
  if (!existsSync(outIndex)) return true;
  const built = statSync(outIndex).mtimeMs;
  return ['src/renderer', 'src/shared'].some((d) => newestMtime(resolve(root, d)) > built);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--if-stale') || rendererIsStale()) {
    console.log('Building the browser UI into out/renderer …');
    await buildRenderer({ quiet: true });
  }
}
