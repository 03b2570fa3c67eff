/** True when `out/main/serve.js` exists and no source it is built from is newer. */
export function serveBuildIsFresh(root: string): boolean;
