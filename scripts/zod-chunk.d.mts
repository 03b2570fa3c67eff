/** Rollup `manualChunks`: zod and the module that configures it share one chunk (see zod-chunk.mjs). */
export function zodChunk(id: string): string | undefined;
