/** What every skip says, word for word. */
export declare const SKIP_MESSAGE: string;
/** Locates the Electron binary without downloading it. */
export declare function findElectronBinary(
  root: string,
  env?: NodeJS.ProcessEnv,
): { path: string | null; reason: string };
