/** Types of native/gphoto2/build-vusb.mjs, for TypeScript callers such as tests. */
export interface VusbBuild {
  dir: string;
  version: string;
  /** `<dir>/lib/libgphoto2.so.6`. */
  library: string;
  /** Folder of the camlibs (ptp2.so, directory.so): CAMLIBS. */
  camlibs: string;
  /** Folder holding only vusb.so: IOLIBS. */
  iolibs: string;
  /** The seeded virtual card of `--env`. */
  vcameraDir: string;
}
export declare const CONFIGURE_FLAGS: readonly string[];
export declare const BUILD_DEPS: readonly string[];
export declare function cacheRoot(env?: NodeJS.ProcessEnv): string;
export declare function recipeHash(): string;
export declare function locateVusbBuild(env?: NodeJS.ProcessEnv): VusbBuild | null;
export declare function buildVusb(options?: { installDependencies?: boolean; quiet?: boolean }): VusbBuild;
export declare function seedVirtualCard(
  dir: string,
  options?: { count?: number; width?: number; height?: number },
): Promise<string>;
export declare function vusbEnv(build: VusbBuild, vcameraDir?: string): Record<string, string>;
