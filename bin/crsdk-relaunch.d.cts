/** Types of bin/crsdk-relaunch.cjs (the serve launcher's CrAdapter restart), for tests. */
export declare const HOST_ENV: 'TETHER_CRSDK_HOST';
export declare function nativeLibDir(
  root: string,
  env: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
): string | null;
export declare function requestedDriver(args: readonly string[]): string;
export declare function planRelaunch(input: {
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  execPath: string;
  root: string;
}): { libDir: string; source: string; adapterDir: string } | null;
export declare function relaunchWithAdapters(options?: {
  root: string;
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
}): boolean;
