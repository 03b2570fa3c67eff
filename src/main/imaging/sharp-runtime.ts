import koffi from 'koffi';
import sharpLib, { type Sharp } from 'sharp';
import { createLogger } from '../core/logger';

/**
 * The one place the process configures sharp/libvips, and the only module that imports `sharp` at run
 * time: everything else takes `sharp` from here.
 *
 * Why (measured with bench/soak.ts and /proc/self/smaps, see the notes in that bench): the RSS that grows
 * during a long shoot is not live memory. JS heap and `external` stay flat; what grows is glibc's
 * per-thread malloc arenas, which keep the pages libvips freed after each multi-megapixel decode/encode
 * (the libuv pool threads each get an arena and glibc gives freed space in them back to the OS only at
 * the top of the heap). `malloc_trim(0)` hands them back (a 24 MP render loop: 406 → 172 MB), and
 * libvips' operation cache adds retained images of its own without ever hitting (every pipeline here
 * is a new image). So: the operation cache is off, and after image work the heap is trimmed at most
 * once per {@link TRIM_INTERVAL_MS}, on a koffi worker thread so the event loop never waits for it.
 */

/** How often, at most, freed native memory is handed back to the OS while image work is going on. */
export const TRIM_INTERVAL_MS = 5_000;

const log = createLogger('imaging');

// Every pipeline in the studio works on a new image (a frame, a shot, a thumbnail): the operation cache
// can never hit and only keeps memory alive.
sharpLib.cache(false);

type TrimFn = { async(pad: number, cb: (err: unknown, res: number) => void): void };

let trimFn: TrimFn | null | undefined;
let timer: NodeJS.Timeout | null = null;
let trims = 0;
let pipelines = 0;

/** glibc's `malloc_trim`, or null where there is no glibc (macOS, Windows, musl). */
function loadTrim(): TrimFn | null {
  if (trimFn !== undefined) return trimFn;
  trimFn = null;
  const report = process.report?.getReport?.() as { header?: { glibcVersionRuntime?: string } } | undefined;
  const header = report?.header;
  if (process.platform === 'linux' && header?.glibcVersionRuntime) {
    try {
      trimFn = koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as unknown as TrimFn;
    } catch (err) {
      log.warn(`malloc_trim unavailable, native memory is not trimmed: ${(err as Error).message}`);
    }
  }
  return trimFn;
}

/** Hands freed native heap memory back to the OS now (on a worker thread). Resolves true when it ran. */
export function trimNativeHeap(): Promise<boolean> {
  const fn = loadTrim();
  if (!fn) return Promise.resolve(false);
  return new Promise((resolve) => {
    fn.async(0, (err) => {
      if (err) log.warn(`malloc_trim failed: ${String(err)}`);
      else trims++;
      resolve(!err);
    });
  });
}

/** Records that image work ran; a trim follows within {@link TRIM_INTERVAL_MS} (coalesced). */
export function noteImageWork(): void {
  if (timer || !loadTrim()) return;
  timer = setTimeout(() => {
    timer = null;
    void trimNativeHeap();
  }, TRIM_INTERVAL_MS);
  timer.unref();
}

/** How many trims ran (diagnostics, tests). */
export function nativeTrimCount(): number {
  return trims;
}

/** How many pipelines `sharp(...)` started in this process (diagnostics, tests: "nothing was rendered"). */
export function pipelinesStarted(): number {
  return pipelines;
}

/** `sharp(...)`, configured for the process; every pipeline it starts schedules a trim. */
export const sharp = Object.assign((...args: unknown[]) => {
  pipelines++;
  noteImageWork();
  return (sharpLib as unknown as (...a: unknown[]) => Sharp)(...args);
}, sharpLib) as typeof sharpLib;
