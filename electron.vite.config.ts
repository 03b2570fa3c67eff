import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { zodChunk } from './scripts/zod-chunk.mjs';

/**
 * In `electron-vite dev` the React refresh preamble is an inline script, which the strict CSP meta
 * would block; main sets the same policy (relaxed for the dev server) as a response header instead.
 */
function dropCspMetaInDev(): Plugin {
  return {
    name: 'tether:drop-csp-meta-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*\/>/s, ''),
  };
}

/**
 * The Electron main entry package.json names: `out/main/bootstrap.cjs` (from src/main/bootstrap.cjs) and the
 * `threadpool.cjs` it requires (bin/threadpool.cjs, shared with the CLI launcher), copied next to the ESM
 * bundle. A CommonJS first file is the only place the thread-pool size is set before the pool starts.
 */
export function cjsBootstrap(): Plugin {
  return {
    name: 'tether:cjs-bootstrap',
    apply: 'build',
    generateBundle() {
      for (const [fileName, source] of [
        ['bootstrap.cjs', 'src/main/bootstrap.cjs'],
        ['threadpool.cjs', 'bin/threadpool.cjs'],
      ]) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(source), 'utf8') });
      }
    },
  };
}

/**
 * electron-vite build for the three Electron bundles; the renderer build is also what `serve` hosts.
 * - main: ESM, dependencies stay external (koffi/sharp are native and load from node_modules), entered
 *   through the CommonJS bootstrap (see {@link cjsBootstrap}).
 * - preload: ONE self-contained CommonJS file. A sandboxed preload cannot be ESM and its `require` only
 *   knows `electron` (and a few Node built-ins), so every other import (zod, the shared contract) is bundled.
 */
export default defineConfig({
  main: {
    plugins: [cjsBootstrap()],
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve('src/main/index.ts'), serve: resolve('src/main/serve.ts') },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), dropCspMetaInDev()],
    build: {
      outDir: resolve('out/renderer'),
      // Explicit: with a custom `output` (the zod chunk) the build came out unminified.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: { manualChunks: zodChunk },
      },
    },
  },
});
