import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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
 * electron-vite build for the three Electron bundles; the renderer build is also what `serve` hosts.
 * - main: ESM, dependencies stay external (koffi/sharp are native and load from node_modules).
 * - preload: ONE self-contained CommonJS file. A sandboxed preload cannot be ESM and its `require` only
 *   knows `electron` (and a few Node built-ins), so every other import (zod, the shared contract) is bundled.
 */
export default defineConfig({
  main: {
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
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
