#!/usr/bin/env node
// Builds only the renderer bundle (what `serve` hosts at `/`) into out/renderer, with the same settings
// as the renderer section of electron.vite.config.ts — without building main/preload.
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(new URL('../..', import.meta.url).pathname);

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
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildRenderer();
}
