/** Types of native/build.mjs (the `npm run build:native` script), for TypeScript callers such as tests. */
export declare const NATIVE_LIB_DIR: string;
export declare const BRIDGE_LIB: string;
export declare function buildNative(options?: { force?: boolean; quiet?: boolean; test?: boolean }): Promise<{
  libDir: string;
  built: boolean;
  standin: boolean;
}>;
