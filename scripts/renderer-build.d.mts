/** Rollup `manualChunks`: zod and the module that configures it share one chunk (see renderer-build.mjs). */
export function zodChunk(id: string): string | undefined;
/** Builds the renderer into out/renderer. */
export function buildRenderer(options?: { quiet?: boolean }): Promise<void>;
/** True when out/renderer is missing or older than its sources. */
export function rendererIsStale(): boolean;
