/** Types of native/build.mjs (the `npm run build:native` script), for TypeScript callers such as tests. */
export declare const NATIVE_BUILD_DIR: string;
export declare const NATIVE_LIB_DIR: string;
export declare const STANDIN_TEST_BUILD_DIR: string;
export declare const BRIDGE_LIB: string;
/** Options of {@link buildNative}. */
export interface BuildOptions {
  force?: boolean;
  quiet?: boolean;
  test?: boolean;
  /** Sony's SDK folder; '' builds the stand-in; default `$CRSDK_DIR`. */
  crsdkDir?: string;
  /** Build folder (libraries in `<outDir>/lib`); default native/build. */
  outDir?: string;
}
/** Result of a build. */
export interface BuildResult {
  libDir: string;
  built: boolean;
  standin: boolean;
}
export declare function buildNative(options?: BuildOptions): Promise<BuildResult>;
export declare function buildStandIn(
  options?: Omit<BuildOptions, 'crsdkDir' | 'outDir'>,
): Promise<BuildResult>;
export declare function builtSdk(outDir?: string): string | null;
export declare function sdkLayout(dir: string): { include: string; lib: string; adapters: string | null };
