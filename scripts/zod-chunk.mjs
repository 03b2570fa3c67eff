// Rollup `manualChunks` for the renderer build (scripts/renderer-build.mjs and electron.vite.config.ts):
// zod and the module that configures it (jitless: the CSP forbids eval) share one chunk, so the configuration
// runs before any schema is built, whichever chunk (the boot bundle or a view loaded on demand) builds one.

/** The chunk `id` belongs in: `zod` for zod and src/renderer/zod-setup.ts, else Rollup's choice. */
export function zodChunk(id) {
  return /[\\/]node_modules[\\/]zod[\\/]/.test(id) || /[\\/]src[\\/]renderer[\\/]zod-setup\.ts$/.test(id)
    ? 'zod'
    : undefined;
}
