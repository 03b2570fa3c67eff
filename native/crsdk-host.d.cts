/** Types of native/crsdk-host.cjs: where Cr_Core looks for CrAdapter/, and how Tether puts it there. */
export declare const ADAPTER_DIR_NAME: 'CrAdapter';
/** Where Cr_Core looks for CrAdapter/ when `execPath` is the running executable. */
export declare function adapterDirFor(execPath: string, platform?: NodeJS.Platform): string;
/** `<libDir>/CrAdapter` when the native build carries adapters, else null. */
export declare function adapterSource(libDir: string): string | null;
/** The host folder of a native build (native/build/lib → native/build/host). */
export declare function hostDirFor(libDir: string): string;
/** True when `dir` is a folder (links followed). */
export declare function isDir(dir: string): boolean;
/** Links CrAdapter beside an executable inside a node_modules tree; says where Cr_Core looks and if it is there. */
export declare function linkBesideDevExecutable(
  execPath: string,
  source: string | null,
  platform?: NodeJS.Platform,
): { adapterDir: string; present: boolean };
/** Links a folder (junction on Windows), replacing a stale link. */
export declare function linkDir(target: string, linkPath: string): void;
/** Prepares `<hostDir>/<node>` with CrAdapter beside it; returns the executable. */
export declare function prepareHost(hostDir: string, execPath: string, source: string): string;
