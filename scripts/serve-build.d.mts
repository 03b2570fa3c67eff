/** Runs `electron-vite build` (out/main/serve.js among it); throws when it fails. */
export function buildServe(): void;
